/**
 * `npm run test:infra` set-up: where Docker exists and EVENTSTORE_URL is not set, start
 * EventStoreDB with testcontainers (insecure dev mode) so its adapter's contract suite runs
 * (ARCHITECTURE.md "Infrastructure": "Where Docker exists, testcontainers starts all of these").
 * Without Docker (these machines) nothing starts and the suite says why it skipped.
 */
import type { StartedTestContainer } from 'testcontainers';

declare global {
  var __eventStoreContainer: StartedTestContainer | undefined;
}

export const EVENTSTORE_IMAGE = 'eventstore/eventstore:24.10';

export default async function globalSetup(): Promise<void> {
  if (process.env.EVENTSTORE_URL || process.env.TESTCONTAINERS_DISABLED) return;
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    process.env.EVENTSTORE_SKIP_REASON = 'EVENTSTORE_URL is not set and no Docker engine is reachable for testcontainers';
    return;
  }
  const container = await new GenericContainer(EVENTSTORE_IMAGE)
    .withEnvironment({ EVENTSTORE_INSECURE: 'true', EVENTSTORE_RUN_PROJECTIONS: 'None', EVENTSTORE_MEM_DB: 'true' })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .withStartupTimeout(120_000)
    .start();
  globalThis.__eventStoreContainer = container;
  process.env.EVENTSTORE_URL = `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
}
