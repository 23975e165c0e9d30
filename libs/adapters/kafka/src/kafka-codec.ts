import { KafkaMessage, Message } from 'kafkajs';
import { BusMessage, MESSAGE_CONTENT_TYPE, decodeMessage as decodeRecord, encodeMessage as encodeRecord } from '@aftersales/eventsourcing';

/**
 * How a BusMessage looks on a Kafka topic: the shared codec of the MessageBus port
 * (libs/eventsourcing/src/message-codec.ts: key = stream id, value = the envelope as JSON with
 * `revision`/`position` as decimal strings, the envelope's metadata again as headers), mapped to
 * kafkajs' record types. The in-process bus copies messages through the same codec, so standalone
 * delivers exactly what Kafka would.
 */
export const CONTENT_TYPE = MESSAGE_CONTENT_TYPE;
export { MessageDecodeError } from '@aftersales/eventsourcing';

export function encodeMessage(message: BusMessage): Message {
  const { key, value, headers } = encodeRecord(message);
  return { key, value, headers: { ...headers } };
}

/** The BusMessage a record carries; throws MessageDecodeError for a record the codec did not write. */
export function decodeMessage(record: Pick<KafkaMessage, 'key' | 'value'> & Partial<Pick<KafkaMessage, 'headers'>>): BusMessage {
  return decodeRecord({ key: record.key, value: record.value, headers: record.headers });
}
