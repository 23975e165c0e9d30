/**
 * Run by pglite.int-spec.ts as a child process (`node --import tsx`): appends in waves of
 * concurrent appends, so they are group-committed, and prints one line per append as soon as it
 * resolved, until the parent kills it with SIGKILL. Whatever it printed must survive the kill.
 */
import { newEventId } from '@aftersales/eventsourcing';
import { openPgliteEventStore } from '../open';

async function main(): Promise<void> {
  const [dataDir, schema] = process.argv.slice(2);
  const { store } = await openPgliteEventStore({ dataDir, schema });
  process.stdout.write('open\n');
  for (let wave = 0; ; wave++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const id = newEventId();
        await store.append(
          `crash.s-${i % 5}`,
          [
            {
              id,
              type: 'test.Crashed',
              occurredAt: '2026-03-02T08:30:00.000Z',
              tenantId: 'acme',
              region: 'cn-east',
              actor: { id: 'user-1', role: 'customer_service' },
              correlationId: 'corr-1',
              data: { wave, i },
            },
          ],
          { expectedRevision: 'any' },
        );
        process.stdout.write(`resolved ${id}\n`);
      }),
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
