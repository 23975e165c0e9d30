import { Admin, Kafka } from 'kafkajs';
import { MESSAGING, PartitionLag, dlqTopic } from '@aftersales/eventsourcing';
import { errorTypes } from './kafka-error-types';
import { waitForLeaders } from './leader-polling';

/**
 * The brokers refused to create a topic with the configured replication factor (fewer brokers than
 * replicas). Trying again cannot help until the setting or the cluster changes: it is not retriable,
 * and the bus logs it once.
 */
export class InvalidReplicationFactorError extends Error {
  readonly code = MESSAGING.INVALID_REPLICATION_FACTOR;
  readonly retriable = false;
  constructor(
    readonly topic: string,
    readonly replicationFactor: number,
    setting: string,
    cause: unknown,
  ) {
    super(
      `cannot create topic ${topic} with ${replicationFactor} replicas: the Kafka cluster has fewer brokers than that ` +
        `(INVALID_REPLICATION_FACTOR); set ${setting} to at most the number of brokers`,
      { cause },
    );
  }
}

export interface TopicLayout {
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Named by InvalidReplicationFactorError (e.g. `KAFKA_REPLICATION_FACTOR`). */
  readonly replicationFactorSetting: string;
}

/**
 * Creates the bus's topics through the admin API (never broker auto-creation), so every topic and
 * its `.dlq` get the configured partitions and replication. Remembers what it created, so a busy
 * publisher asks the broker once per topic, until forget() says the topic is gone.
 */
export class TopicAdmin {
  private admin: Promise<Admin> | null = null;
  private readonly topics = new Map<string, Promise<void>>();
  private reportedReplicationFactor = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly layout: TopicLayout,
  ) {}

  /** Creates the topics that do not exist yet, and the `.dlq` of each that is not one itself. */
  async ensureTopics(names: readonly string[]): Promise<void> {
    const wanted = new Set<string>();
    for (const name of names) {
      if (name === '') throw new Error('a topic needs a name');
      wanted.add(name);
      if (!name.endsWith('.dlq')) wanted.add(dlqTopic(name));
    }
    await Promise.all([...wanted].map((name) => this.ensureTopic(name)));
  }

  /** The broker no longer has the topic (e.g. its data was wiped): the next ensureTopics creates it again. */
  forget(topic: string): void {
    this.topics.delete(topic);
  }

  /**
   * A group's lag on each partition of `topics`: the high watermark minus its committed offset, or
   * minus the low watermark where it committed nothing (a new group starts at the beginning).
   */
  async lag(group: string, topics: readonly string[]): Promise<PartitionLag[]> {
    const admin = await this.adminClient();
    const committed = await admin.fetchOffsets({ groupId: group, topics: [...topics] });
    const lags = await Promise.all(
      topics.map(async (topic) => {
        const ends = await admin.fetchTopicOffsets(topic);
        const ofGroup = committed.find((c) => c.topic === topic)?.partitions ?? [];
        return ends.map(({ partition, high, low }) => {
          const offset = ofGroup.find((p) => p.partition === partition)?.offset ?? '-1';
          const from = Number(offset) >= 0 ? Number(offset) : Number(low);
          return { topic, partition, lag: Math.max(0, Number(high) - from) };
        });
      }),
    );
    return lags.flat().sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  }

  /** Disconnects the admin client, if one was ever connected. */
  disconnect(): Promise<void> {
    return this.admin ? this.admin.catch(() => null).then((admin) => admin?.disconnect()) : Promise.resolve();
  }

  private adminClient(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = null));
    }
    return this.admin;
  }

  /** One createTopics per topic: kafkajs rejects a whole request if only some of its topics exist already. */
  private ensureTopic(topic: string): Promise<void> {
    let ready = this.topics.get(topic);
    if (!ready) {
      ready = this.adminClient().then(async (admin) => {
        // Asking first keeps a restart quiet: kafkajs logs a create of an existing topic as an error.
        if ((await admin.listTopics()).includes(topic)) return;
        try {
          await admin.createTopics({
            topics: [{ topic, numPartitions: this.layout.partitions, replicationFactor: this.layout.replicationFactor }],
            waitForLeaders: false,
          });
        } catch (err) {
          if (!errorTypes(err).has('INVALID_REPLICATION_FACTOR')) throw err;
          throw this.refusedReplication(topic, err);
        }
        await waitForLeaders(admin, topic);
      });
      this.topics.set(topic, ready);
      ready.catch(() => this.topics.delete(topic));
    }
    return ready;
  }

  /** Logged once per bus: every topic after the first is refused for the same reason. */
  private refusedReplication(topic: string, cause: unknown): InvalidReplicationFactorError {
    const { replicationFactor, replicationFactorSetting } = this.layout;
    const refused = new InvalidReplicationFactorError(topic, replicationFactor, replicationFactorSetting, cause);
    if (!this.reportedReplicationFactor) {
      this.reportedReplicationFactor = true;
      this.kafka.logger().error(refused.message, { topic, replicationFactor });
    }
    return refused;
  }
}
