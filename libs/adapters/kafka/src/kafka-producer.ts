import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { errorTypes } from './kafka-error-types';

/** Broker errors after which the idempotent producer's state is unusable: kafkajs treats them as fatal (tulios/kafkajs#598). */
const PRODUCER_FATAL = new Set(['UNKNOWN_PRODUCER_ID', 'OUT_OF_ORDER_SEQUENCE_NUMBER', 'INVALID_PRODUCER_EPOCH']);

/**
 * The bus's one idempotent producer: acks from all in-sync replicas and one request in flight, so
 * broker-side retries neither duplicate nor reorder. Keys are partitioned with Kafka's
 * Java-compatible murmur2, so every client agrees on placement. A send the broker refuses for the
 * producer's state (PRODUCER_FATAL) replaces the producer, so the caller's retry starts a new
 * producer session instead of failing forever.
 */
export class KafkaProducer {
  private producer: Producer;
  private ready: Promise<void> | null = null;

  constructor(
    private readonly kafka: Kafka,
    /** Told when a send finds its topic gone (UNKNOWN_TOPIC_OR_PARTITION, e.g. the broker's data wiped). */
    private readonly onTopicGone: (topic: string) => void,
  ) {
    this.producer = this.newProducer();
  }

  /** Sends the records in one request; rejects as the broker or kafkajs did, after any recovery above. */
  async send(topic: string, messages: Message[]): Promise<void> {
    await this.connect();
    const producer = this.producer;
    try {
      await producer.send({ topic, acks: -1, messages });
    } catch (err) {
      const types = errorTypes(err);
      if (types.has('UNKNOWN_TOPIC_OR_PARTITION')) this.onTopicGone(topic);
      if ([...types].some((t) => PRODUCER_FATAL.has(t))) this.replace(producer);
      throw err;
    }
  }

  /** Disconnects the producer, if it was ever connected. */
  disconnect(): Promise<void> {
    return this.ready ? this.producer.disconnect() : Promise.resolve();
  }

  private newProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** Connects once; a failed connect is tried again by the next send. */
  private connect(): Promise<void> {
    if (!this.ready) {
      const ready = this.producer.connect();
      this.ready = ready;
      ready.catch(() => {
        if (this.ready === ready) this.ready = null;
      });
    }
    return this.ready;
  }

  /** A new idempotent producer (a new producer id on connect); the broken one is disconnected. */
  private replace(broken: Producer): void {
    if (this.producer !== broken) return;
    this.kafka.logger().warn('replacing the idempotent producer after a producer-state error');
    this.producer = this.newProducer();
    this.ready = null;
    void broken.disconnect().catch(() => undefined);
  }
}
