import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../../..');

/**
 * `aftersales-verify` in a process of its own that cannot open a socket: no network, no database.
 * Asynchronous, so an app in the test's process keeps serving (a blocked event loop lets keep-alive
 * sockets expire).
 */
export function verifyOffline(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--require', join(REPO, 'services/audit/src/cli/testing/deny-network.cjs'), '--import', 'tsx', join(REPO, 'services/audit/src/cli/aftersales-verify.ts'), ...args],
      { cwd: REPO, env: { PATH: process.env.PATH ?? '' } },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, out }));
  });
}
