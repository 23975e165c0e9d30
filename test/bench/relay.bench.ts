/**
 * Relay throughput on Kafka, beside a raw kafkajs producer sending the same payloads to the same
 * broker in the same run:
 *
 *   KAFKA_BROKERS=127.0.0.1:39092 npx tsx test/bench/relay.bench.ts     (BENCH_RELAY_EVENTS=20000)
 *
 * relay: EventRelay reads a MemoryEventStore from the start (batches of 500), maps every event and
 * publishes each batch through KafkaMessageBus, storing a checkpoint after every acknowledgement.
 * raw: one kafkajs producer with the same settings (idempotent, acks -1, one request in flight,
 * murmur2 partitioner) sends the same envelopes, encoded the same way (key, JSON value, headers),
 * in batches of the same size to a topic with the same partition count. The ratio relay/raw is what
 * reading the store, mapping and checkpointing cost on top of the producer.
 * Without a broker it prints why and exits 0 (`npm run bench` also runs the store bench).
 */
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { BusMessage, EventEnvelope, EventRelay, NewEvent } from '@aftersales/eventsourcing';
import { MemoryCheckpointStore, MemoryEventStore } from '@aftersales/adapters-memory';
import { KafkaMessageBus, encodeMessage } from '@aftersales/adapters-kafka';
import { kafkaBrokers, kafkaUnavailableReason } from '@aftersales/adapters-kafka/testing';

const EVENTS = Number(process.env.BENCH_RELAY_EVENTS ?? 20_000);
const BATCH = 500;
const STREAMS = 200;
const PARTITIONS = 3;

function newEvent(n: number): NewEvent {
  return {
    type: 'bench.Registered',
    occurredAt: '2026-03-02T08:30:00.000Z',
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'user-1', role: 'customer_service' },
    correlationId: `corr-${n}`,
    data: { n, note: 'a payload of a realistic, small size', items: [1, 2, 3] },
  };
}

const map = (e: EventEnvelope) => ({ type: 'bench.public.Registered', data: e.data });

async function main(): Promise<void> {
  const brokers = kafkaBrokers();
  const reason = kafkaUnavailableReason(brokers);
  if (reason !== null) {
    console.log(`relay bench skipped: ${reason}. Start one with \`npm run infra:up\`.`);
    return;
  }
  const run = `bench-${Date.now()}`;
  const store = new MemoryEventStore();
  for (let n = 0; n < EVENTS; n += BATCH) {
    for (let s = 0; s < STREAMS; s++) {
      const events = [];
      for (let i = n + s; i < Math.min(n + BATCH, EVENTS); i += STREAMS) events.push(newEvent(i));
      if (events.length > 0) await store.append(`bench.case-${s}`, events, { expectedRevision: 'any' });
    }
  }
  const envelopes = await store.readAll();
  const messages: BusMessage[] = envelopes.map((e) => ({ key: e.stream, event: { ...e, ...map(e), schemaVersion: 1 } }));

  const bus = new KafkaMessageBus({ brokers, clientId: 'bench', partitions: PARTITIONS, logLevel: logLevel.NOTHING });
  const relayTopic = `${run}.relay`;
  const rawTopic = `${run}.raw`;
  await bus.ensureTopics([relayTopic, rawTopic]);
  // Warm-up: connections, producer id and metadata, outside the timings.
  await bus.publish(`${run}.warm`, messages.slice(0, BATCH));

  const relay = new EventRelay(store, new MemoryCheckpointStore(), bus, {
    name: 'bench',
    topic: relayTopic,
    streamPrefixes: ['bench.'],
    map,
    batchSize: BATCH,
  });
  const relayStart = performance.now();
  await relay.start();
  await relay.caughtUp();
  const relayMs = performance.now() - relayStart;
  await relay.stop();
  if (relay.published !== EVENTS) throw new Error(`relay published ${relay.published} of ${EVENTS}`);

  const producer = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  await producer.send({ topic: `${run}.warm`, acks: -1, messages: messages.slice(0, BATCH).map(encodeMessage) });
  const rawStart = performance.now();
  for (let from = 0; from < messages.length; from += BATCH) {
    await producer.send({ topic: rawTopic, acks: -1, messages: messages.slice(from, from + BATCH).map(encodeMessage) });
  }
  const rawMs = performance.now() - rawStart;
  await producer.disconnect();
  await bus.close();
  await store.close();

  const relayRate = EVENTS / (relayMs / 1000);
  const rawRate = EVENTS / (rawMs / 1000);
  console.log(`\nrelay bench: ${EVENTS} events, batches of ${BATCH}, ${PARTITIONS} partitions, broker ${brokers.join(',')}`);
  console.log(`  relay (EventRelay -> KafkaMessageBus)  ${relayRate.toFixed(0).padStart(8)} events/s  (${relayMs.toFixed(0)} ms)`);
  console.log(`  raw kafkajs producer, same payloads    ${rawRate.toFixed(0).padStart(8)} events/s  (${rawMs.toFixed(0)} ms)`);
  console.log(`  ratio relay/raw                        ${(relayRate / rawRate).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
