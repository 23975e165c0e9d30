import { describeCheckpointStoreContract } from '@aftersales/eventsourcing/testing';
import { MemoryCheckpointStore } from './memory-checkpoint-store';

describeCheckpointStoreContract('memory', async () => ({
  store: new MemoryCheckpointStore(),
  teardown: async () => undefined,
}));
