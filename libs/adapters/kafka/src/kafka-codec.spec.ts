import { DEAD_LETTER_HEADERS, MessageTooLargeError, decodeMessage as decodeRecord, chunkBySize, encodedSize, readRawDeadLetter, toRawDeadLetterRecord } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { decodeMessage, encodeMessage } from './kafka-codec';

describe('Kafka codec (the port codec on kafkajs records)', () => {
  it('writes key, JSON value and headers, and reads the envelope back with bigint revision/position', () => {
    const event = anEnvelope({ stream: 'intake.case-1', revision: 3n, position: 42n, data: { n: 1n, at: new Date('2026-01-01T00:00:00.000Z') } });
    const record = encodeMessage({ key: 'intake.case-1', event });
    expect(record.key).toBe('intake.case-1');
    expect(record.headers).toMatchObject({ id: event.id, type: event.type, revision: '3', position: '42', stream: 'intake.case-1' });
    const back = decodeMessage({ key: Buffer.from('intake.case-1'), value: Buffer.from(String(record.value)) });
    expect(back.event.revision).toBe(3n);
    expect(back.event.data).toEqual({ n: '1', at: '2026-01-01T00:00:00.000Z' });
  });

  it('keeps an undecodable record byte for byte in a raw dead letter, recognisable by x-dead-letter-raw', () => {
    const value = Buffer.from([0xff, 0x00, 0x7b, 0x22]);
    const original = { key: Buffer.from('k-1'), value, headers: { trace: Buffer.from('abc'), 'content-type': 'text/plain' } };
    expect(() => decodeMessage(original)).toThrow(expect.objectContaining({ code: 'MESSAGING.UNDECODABLE' }));
    const raw = toRawDeadLetterRecord(original, {
      id: 'dl-1',
      originalTopic: 'aftersales.intake.events',
      originalPartition: 2,
      originalOffset: '17',
      group: 'qa',
      error: { message: 'record value is not JSON', code: 'MESSAGING.UNDECODABLE' },
      failedAt: '2026-03-02T08:30:00.000Z',
    });
    expect(raw.key).toBe(original.key);
    expect(raw.value).toBe(value);
    expect(raw.headers[DEAD_LETTER_HEADERS.raw]).toBe('true');

    const letter = readRawDeadLetter(raw);
    expect(letter).toEqual({
      id: 'dl-1',
      originalTopic: 'aftersales.intake.events',
      originalPartition: 2,
      originalOffset: '17',
      group: 'qa',
      error: { message: 'record value is not JSON', code: 'MESSAGING.UNDECODABLE' },
      failedAt: '2026-03-02T08:30:00.000Z',
      record: { key: Buffer.from('k-1').toString('base64'), value: value.toString('base64'), headers: { trace: 'abc', 'content-type': 'text/plain' } },
    });
    // A consumer of the .dlq sees it as an envelope of its own type, not as an undecodable record.
    const seen = decodeRecord(raw);
    expect(seen.event.type).toBe('messaging.RawDeadLettered');
    expect(seen.event.id).toBe('dl-1');
    expect(readRawDeadLetter({ key: null, value: 'x', headers: {} })).toBeNull();
  });

  it('splits records into chunks under a byte limit, in order, and refuses one record over it', () => {
    const records = [1, 2, 3, 4, 5].map((n) => encodeMessage({ key: 'k', event: anEnvelope({ data: { n, blob: 'x'.repeat(300) } }) }));
    const one = encodedSize(records[0] as never);
    const chunks = chunkBySize(records as never[], one * 2, () => ({ id: '', type: '' }));
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunks.flat()).toEqual(records);
    expect(() => chunkBySize(records as never[], one - 1, (r: { headers: Record<string, string> }) => ({ id: r.headers.id, type: r.headers.type }))).toThrow(MessageTooLargeError);
  });
});
