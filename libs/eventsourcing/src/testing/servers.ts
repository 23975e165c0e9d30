import { spawnSync } from 'node:child_process';

export type ServerProbe = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Runs `script` (node -e) in a child process and reports whether it exited 0: synchronous, so a test
 * file can decide between running and skipping its suites while jest collects it, even though the
 * connect it checks is asynchronous. `env` and `args` reach the script as usual.
 */
export function probeInChildProcess(script: string, options: { env?: Record<string, string>; args?: readonly string[]; timeoutMs?: number } = {}): ServerProbe {
  const probe = spawnSync(process.execPath, ['-e', script, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 10_000,
  });
  if (probe.status === 0) return { ok: true };
  return { ok: false, reason: probe.stderr.trim() || probe.error?.message || `probe exited with ${probe.status}` };
}

/**
 * The `describe` for suites that need real servers (ARCHITECTURE.md "Testing layers"): `describe`
 * when nothing is missing; under CI, where `.ci/run` starts the servers, a suite whose one test fails
 * with what is missing; elsewhere `describe.skip`, after a loud warning with `hint`.
 */
export function describeWhenServersAnswer(missing: readonly string[], hint: string): jest.Describe {
  if (missing.length === 0) return describe;
  const reason = missing.join('; ');
  if (process.env.CI) {
    return ((name: string) =>
      describe(name, () => {
        it(`needs its servers (${hint})`, () => {
          throw new Error(reason);
        });
      })) as unknown as jest.Describe;
  }
  console.warn(`\n*** SKIPPING suites: ${reason}. ${hint} ***\n`);
  return describe.skip;
}
