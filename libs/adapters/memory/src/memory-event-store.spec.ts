import { describeEventStoreContract } from '@aftersales/eventsourcing/testing';
import { MemoryEventStore } from './memory-event-store';

describeEventStoreContract('memory', async () => {
  const store = new MemoryEventStore();
  return { store, teardown: () => store.close() };
});
