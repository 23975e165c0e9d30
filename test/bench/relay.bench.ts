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
 * reading the store, mapping and checkpointing cost on top of the producer. Each side runs
 * BENCH_RELAY_ROUNDS times (default 3) on fresh topics, alternating which goes first; the report
 * gives every round, the medians and the ratio of the medians.
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
const ROUNDS = Number(process.env.BENCH_RELAY_ROUNDS ?? 3);

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
  const producer = new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  // Warm-up of both clients: connections, producer ids and metadata, outside the timings.
  await bus.publish(`${run}.warm`, messages.slice(0, BATCH));
  await producer.send({ topic: `${run}.warm`, acks: -1, messages: messages.slice(0, BATCH).map(encodeMessage) });

  async function timeRelay(round: number): Promise<number> {
    const topic = `${run}.relay-${round}`;
    await bus.ensureTopics([topic]);
    const relay = new EventRelay(store, new MemoryCheckpointStore(), bus, { name: `bench-${round}`, topic, streamPrefixes: ['bench.'], map, batchSize: BATCH });
    const start = performance.now();
    await relay.start();
    await relay.caughtUp();
    const ms = performance.now() - start;
    await relay.stop();
    if (relay.published !== EVENTS) throw new Error(`relay published ${relay.published} of ${EVENTS}`);
    return ms;
  }

  async function timeRaw(round: number): Promise<number> {
    const topic = `${run}.raw-${round}`;
    await bus.ensureTopics([topic]);
    const start = performance.now();
    for (let from = 0; from < messages.length; from += BATCH) {
      await producer.send({ topic, acks: -1, messages: messages.slice(from, from + BATCH).map(encodeMessage) });
    }
    return performance.now() - start;
  }

  // Alternating order (relay first in even rounds, raw first in odd ones), so neither side always
  // runs on a colder or a more loaded broker; medians, so one slow round does not decide.
  const relayMs: number[] = [];
  const rawMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      relayMs.push(await timeRelay(round));
      rawMs.push(await timeRaw(round));
    } else {
      rawMs.push(await timeRaw(round));
      relayMs.push(await timeRelay(round));
    }
  }
  await producer.disconnect();
  await bus.close();
  await store.close();

  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const rate = (ms: number) => EVENTS / (ms / 1000);
  const relayRate = rate(median(relayMs));
  const rawRate = rate(median(rawMs));
  const rounds = (xs: number[]) => xs.map((ms) => ms.toFixed(0)).join(', ');
  console.log(`\nrelay bench: ${EVENTS} events, batches of ${BATCH}, ${PARTITIONS} partitions, ${ROUNDS} rounds each (alternating order), broker ${brokers.join(',')}`);
  console.log(`  relay (EventRelay -> KafkaMessageBus)  median ${relayRate.toFixed(0).padStart(8)} events/s  (rounds: ${rounds(relayMs)} ms)`);
  console.log(`  raw kafkajs producer, same payloads    median ${rawRate.toFixed(0).padStart(8)} events/s  (rounds: ${rounds(rawMs)} ms)`);
  console.log(`  ratio of medians relay/raw             ${(relayRate / rawRate).toFixed(2)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
