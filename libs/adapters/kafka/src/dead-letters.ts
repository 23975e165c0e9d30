import { Kafka, KafkaMessage, Message } from 'kafkajs';
import {
  BusMessage,
  Clock,
  MessageTooLargeError,
  RecordCoordinates,
  deadLetterMessages,
  deadLetterOf,
  describeFailure,
  dlqTopic,
  newEventId,
  toRawDeadLetterRecord,
} from '@aftersales/eventsourcing';
import { errorTypes } from './kafka-error-types';

/** What dead-lettering needs of its bus: a dead letter travels like any message. */
export interface DeadLetterRoute {
  /** The bus's publish (codec, size limit, topic creation). */
  publish(topic: string, messages: readonly BusMessage[]): Promise<void>;
  /** Throws once the bus is closed. */
  assertOpen(): void;
  ensureTopics(names: readonly string[]): Promise<void>;
  /** Records as they are, in one request. */
  send(topic: string, messages: Message[]): Promise<void>;
}

/** Puts what a consumer gives up on, on `<topic>.dlq`, and tells the operator's log. */
export class DeadLetters {
  constructor(
    private readonly kafka: Kafka,
    private readonly route: DeadLetterRoute,
    /** Stamps DeadLetter.failedAt. */
    private readonly clock: Clock,
    private readonly maxBatchBytes: number,
  ) {}

  /**
   * Publishes the dead letter on `<topic>.dlq`; one too large to publish whole (the event's data
   * plus the letter's own fields over maxBatchBytes, or refused by the broker as too large) goes as
   * a TruncatedDeadLetter instead, so a big message cannot keep its partition from moving on.
   */
  async deadLetter(topic: string, group: string, message: BusMessage, error: unknown, attempts: number, where?: RecordCoordinates): Promise<void> {
    const dead = deadLetterMessages(deadLetterOf(topic, group, message, error, attempts, this.clock.now(), where), this.maxBatchBytes, where);
    // An operator learns of a poison message from the log, not only from the `.dlq` topic.
    this.kafka.logger().error('handler kept failing; the message goes to the dead-letter topic', {
      topic,
      group,
      dlq: dlqTopic(topic),
      eventId: message.event.id,
      eventType: message.event.type,
      attempts,
      error: describeFailure(error),
      ...where,
    });
    if (dead.fits) {
      try {
        await this.route.publish(dlqTopic(topic), [dead.full]);
        return;
      } catch (err) {
        if (!(err instanceof MessageTooLargeError) && !errorTypes(err).has('MESSAGE_TOO_LARGE')) throw err;
      }
    }
    const truncated = dead.truncated();
    this.kafka.logger().warn('dead letter too large to publish whole; publishing it without the event data', {
      topic,
      group,
      eventId: message.event.id,
      eventType: message.event.type,
      bytes: dead.bytes,
      ...where,
    });
    await this.route.publish(dlqTopic(topic), [truncated]);
  }

  /**
   * A record that does not decode: no DeadLetter can carry it (it has no envelope), so it goes on
   * `<topic>.dlq` as it was (key, value, headers) plus `x-dead-letter-*` headers, marked raw
   * (message-codec.ts), and the DLQ replay can put it back byte for byte.
   */
  async deadLetterRaw(topic: string, partition: number, group: string, record: KafkaMessage, error: unknown): Promise<void> {
    this.route.assertOpen();
    const dlq = dlqTopic(topic);
    const raw = toRawDeadLetterRecord(
      { key: record.key, value: record.value, headers: record.headers },
      {
        id: newEventId(),
        originalTopic: topic,
        originalPartition: partition,
        originalOffset: record.offset,
        group,
        error: describeFailure(error),
        failedAt: this.clock.now().toISOString(),
      },
    );
    await this.route.ensureTopics([dlq]);
    await this.route.send(dlq, [{ key: raw.key, value: raw.value, headers: raw.headers }]);
  }
}
