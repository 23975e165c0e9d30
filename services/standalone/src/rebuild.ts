import 'reflect-metadata';
import { EVENT_STORE, EventStore } from '@aftersales/eventsourcing';
import { ConfigError, ProjectionHost } from '@aftersales/platform';
import { createStandaloneApp } from './app';

/**
 * `npm run rebuild -- <projection>` (ADR 010): replays one projection of the standalone's data dir
 * from the start of the log into emptied documents, with a progress bar, while the app is not
 * running (PGlite has one process). Without a name it lists the projections.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const { app } = await createStandaloneApp({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  await app.init();
  const host = app.get(ProjectionHost);
  try {
    if (!name || name.startsWith('-')) {
      process.stdout.write(`projections: ${host.list().map((p) => `${p.name} (v${p.version})`).join(', ')}\nusage: npm run rebuild -- <projection>\n`);
      return;
    }
    await host.caughtUp();
    const started = Date.now();
    if (!(await host.rebuild(name))) throw new UsageError(`no projection named ${name}; known: ${host.list().map((p) => p.name).join(', ')}`);
    const head = (await app.get<EventStore>(EVENT_STORE).headPosition()) ?? 0n;
    const bar = () => {
      const state = host.list().find((p) => p.name === name);
      const at = BigInt(state?.position ?? '0');
      const share = head === 0n ? 1 : Math.min(1, Number((at * 1000n) / head) / 1000);
      const filled = Math.round(share * 30);
      process.stderr.write(`\rrebuilding ${name} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${(share * 100).toFixed(1)}%`);
      return state?.caughtUp === true;
    };
    const timer = setInterval(bar, 250);
    await host.caughtUp();
    clearInterval(timer);
    bar();
    process.stderr.write(`\nrebuilt ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await app.close();
  }
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  process.stderr.write(`rebuild: ${err instanceof ConfigError || err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
