import { TRUNCATED_ERROR_CHARS, deadLetterMessages, deadLetterOf, isTruncatedDeadLetter, truncateDeadLetter } from './dead-letter';
import { BusMessage, DeadLetter, readDeadLetter } from './message-bus';
import { DEAD_LETTER_EVENT_TYPE, encodeMessage, encodedSize } from './message-codec';
import { anEnvelope } from './testing/fixtures';

const failedAt = new Date('2026-04-01T12:00:00.000Z');
const message = (data: unknown = { n: 1 }): BusMessage => ({ key: 'case-1', event: anEnvelope({ stream: 'case-1', data }) });
const coded = (text: string) => Object.assign(new Error(text), { code: 'INTAKE.BROKEN' });

describe('deadLetterOf', () => {
  it('names the original topic, the group, the attempts and the failure (with its code)', () => {
    const m = message();
    expect(deadLetterOf('t', 'g', m, coded('bug'), 3, failedAt)).toEqual({
      originalTopic: 't',
      group: 'g',
      key: 'case-1',
      event: m.event,
      error: { message: 'bug', code: 'INTAKE.BROKEN' },
      attempts: 3,
      failedAt: '2026-04-01T12:00:00.000Z',
    });
    expect(deadLetterOf('t', 'g', m, 'a string', 1, failedAt).error).toEqual({ message: 'a string' });
    // A coded error's details come along (a contract violation's paths); empty ones are left out.
    const details = { type: 'intake.public.ComplaintClosed', problems: [{ path: '/outcome', message: 'must be one of resolved, withdrawn' }] };
    expect(deadLetterOf('t', 'g', m, Object.assign(coded('bad'), { details }), 1, failedAt).error).toEqual({ message: 'bad', code: 'INTAKE.BROKEN', details });
    expect(deadLetterOf('t', 'g', m, Object.assign(coded('bad'), { details: {} }), 1, failedAt).error).toEqual({ message: 'bad', code: 'INTAKE.BROKEN' });
    // The original coordinates, when the bus has them (Kafka's partition and offset).
    expect(deadLetterOf('t', 'g', m, 'x', 1, failedAt, { partition: 4, offset: '1207' })).toMatchObject({ originalTopic: 't', originalPartition: 4, originalOffset: '1207' });
    expect(deadLetterOf('t', 'g', m, 'x', 1, failedAt)).not.toHaveProperty('originalPartition');
  });
});

describe('truncateDeadLetter', () => {
  const letter = (error: unknown): DeadLetter => deadLetterOf('t', 'g', message({ blob: 'x'.repeat(100) }), error, 2, failedAt);

  it('drops the event data, keeps the coordinates and says why', () => {
    const whole = letter(coded('bug'));
    const truncated = truncateDeadLetter(whole, 5_000, 4_000, { partition: 2, offset: '17' });
    const { data: _data, ...envelope } = whole.event;
    expect(truncated).toEqual({
      originalTopic: 't',
      originalPartition: 2,
      originalOffset: '17',
      group: 'g',
      key: 'case-1',
      event: { ...envelope, data: null },
      error: { message: 'bug', code: 'INTAKE.BROKEN' },
      attempts: 2,
      failedAt: '2026-04-01T12:00:00.000Z',
      truncated: { bytes: 5_000, reason: "the dead letter encodes to 5000 bytes, over the 4000-byte publish limit: the event's data is left out" },
    });
    // The field order of the letter on the wire.
    expect(Object.keys(truncated)).toEqual(['originalTopic', 'originalPartition', 'originalOffset', 'group', 'key', 'event', 'error', 'attempts', 'failedAt', 'truncated']);
    expect(isTruncatedDeadLetter(truncated)).toBe(true);
    expect(isTruncatedDeadLetter(whole)).toBe(false);
  });

  it('leaves the coordinates out when unknown, and the code when there is none', () => {
    const truncated = truncateDeadLetter(letter(new Error('bug')), 5_000, 4_000);
    expect(truncated).not.toHaveProperty('originalPartition');
    expect(truncated).not.toHaveProperty('originalOffset');
    expect(truncated.error).toEqual({ message: 'bug' });
  });

  it("keeps the error's details, which say why", () => {
    const details = { problems: [{ path: '/complaintId', message: 'is required' }] };
    expect(truncateDeadLetter(letter(Object.assign(coded('bad'), { details })), 5_000, 4_000).error).toEqual({ message: 'bad', code: 'INTAKE.BROKEN', details });
  });

  it('shortens a long error message to TRUNCATED_ERROR_CHARS', () => {
    expect(TRUNCATED_ERROR_CHARS).toBe(2_000);
    expect(truncateDeadLetter(letter(new Error('e'.repeat(2_000))), 5_000, 4_000).error.message).toBe('e'.repeat(2_000));
    expect(truncateDeadLetter(letter(new Error('e'.repeat(2_001))), 5_000, 4_000).error.message).toBe(`${'e'.repeat(2_000)}… (shortened)`);
  });
});

describe('deadLetterMessages', () => {
  it('gives the whole letter when it fits, sized as encoded', () => {
    const letter = deadLetterOf('t', 'g', message(), new Error('bug'), 1, failedAt);
    const dead = deadLetterMessages(letter, 1_000_000);
    expect(dead.fits).toBe(true);
    expect(dead.full.key).toBe('case-1');
    expect(dead.full.event.type).toBe(DEAD_LETTER_EVENT_TYPE);
    expect(readDeadLetter(dead.full)).toEqual(letter);
    expect(dead.bytes).toBe(encodedSize(encodeMessage(dead.full)));
    expect(deadLetterMessages(letter, dead.bytes).fits).toBe(true);
    expect(deadLetterMessages(letter, dead.bytes - 1).fits).toBe(false);
  });

  it('builds the truncated letter on demand, under the limit that the whole one is over', () => {
    const letter = deadLetterOf('t', 'g', message({ blob: 'x'.repeat(3_000) }), new Error('e'.repeat(5_000)), 1, failedAt);
    const dead = deadLetterMessages(letter, 4_000, { partition: 1, offset: '0' });
    expect(dead.fits).toBe(false);
    const truncated = dead.truncated();
    expect(truncated.key).toBe('case-1');
    expect(encodedSize(encodeMessage(truncated))).toBeLessThanOrEqual(4_000);
    const carried = readDeadLetter(truncated);
    expect(carried && isTruncatedDeadLetter(carried)).toBe(true);
    expect(carried).toMatchObject({ originalPartition: 1, originalOffset: '0', event: { id: letter.event.id, data: null }, truncated: { bytes: dead.bytes } });
  });
});

describe('the trace context of a dead letter (ADR 016)', () => {
  it("is the original event's: the .dlq envelope and the letter's event keep where it was appended", () => {
    const traceContext = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
    const traced: BusMessage = { key: 'case-1', event: anEnvelope({ stream: 'case-1', traceContext }) };
    const { full } = deadLetterMessages(deadLetterOf('t', 'g', traced, 'x', 5, failedAt), 1_000_000);
    expect(full.event.traceContext).toEqual(traceContext);
    expect(readDeadLetter(full)?.event.traceContext).toEqual(traceContext);
    expect(deadLetterMessages(deadLetterOf('t', 'g', message(), 'x', 5, failedAt), 1_000_000).full.event).not.toHaveProperty('traceContext');
  });
});
