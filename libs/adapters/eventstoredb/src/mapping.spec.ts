import { EventEnvelope, PreparedEvent, WrongExpectedRevisionError, prepareAppend } from '@aftersales/eventsourcing';
import { anEvent } from '@aftersales/eventsourcing/testing';
import { ANY, NO_STREAM, START, STREAM_EXISTS, WrongExpectedVersionError } from '@eventstore/db-client';
import {
  EVENT_ID_STREAM_PREFIX,
  RecordedEventFields,
  actualRevisionOf,
  hasEnvelopeMetadata,
  isDeliverable,
  readPositionAfter,
  toEnvelope,
  toEsdbExpectedRevision,
  toEventMetadata,
  translateAppendError,
} from './mapping';

/** A recorded event as the client hands it back after `prepared` was appended as JSON. */
function recorded(prepared: PreparedEvent, overrides: Partial<RecordedEventFields> = {}): RecordedEventFields {
  return {
    streamId: 'intake.complaint-1',
    id: prepared.id,
    type: prepared.type,
    revision: 4n,
    // What JSON.stringify on append and JSON.parse on read make of them.
    data: JSON.parse(JSON.stringify(prepared.data)),
    metadata: JSON.parse(JSON.stringify(toEventMetadata(prepared))),
    position: { commit: 2n ** 60n + 5n, prepare: 2n ** 60n + 5n },
    ...overrides,
  };
}

describe('EventStoreDB mapping', () => {
  describe('envelope ↔ event metadata', () => {
    it('ADR 016: carries the trace context in the metadata, and reads an event without one (older, or tracing off) without it', () => {
      const traceContext = { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', tracestate: 'vendor=1' };
      const [traced, untraced] = prepareAppend('intake.complaint-1', [
        anEvent('intake.ComplaintRegistered', { n: 1 }, { traceContext }),
        anEvent('intake.ComplaintRegistered', { n: 2 }),
      ]);
      expect(toEventMetadata(traced).traceContext).toEqual(traceContext);
      expect(toEnvelope(recorded(traced)).traceContext).toEqual(traceContext);
      expect(toEventMetadata(untraced)).not.toHaveProperty('traceContext');
      expect(toEnvelope(recorded(untraced))).not.toHaveProperty('traceContext');
      const garbled = { ...JSON.parse(JSON.stringify(toEventMetadata(untraced))), traceContext: { traceparent: 'not-a-traceparent' } };
      expect(toEnvelope(recorded(untraced, { metadata: garbled }))).not.toHaveProperty('traceContext');
    });

    it('round-trips every envelope field through JSON metadata, with the log position as the global position', () => {
      const [prepared] = prepareAppend('intake.complaint-1', [
        anEvent('intake.ComplaintRegistered', { text: '水泵漏水', list: [1, null] }, {
          id: '01936F3E-7C4A-7B5E-9F00-0123456789AB',
          schemaVersion: 2,
          causationId: 'cmd-9',
          policyVersion: 'default-2026.1',
          actor: { id: 'u-7', role: 'qa' },
        }),
      ]);
      expect(toEnvelope(recorded(prepared))).toEqual<EventEnvelope>({
        id: '01936f3e-7c4a-7b5e-9f00-0123456789ab',
        type: 'intake.ComplaintRegistered',
        schemaVersion: 2,
        stream: 'intake.complaint-1',
        revision: 4n,
        position: 2n ** 60n + 5n,
        occurredAt: '2026-03-02T08:30:00.000Z',
        tenantId: 'acme',
        region: 'cn-east',
        actor: { id: 'u-7', role: 'qa' },
        correlationId: 'corr-1',
        causationId: 'cmd-9',
        policyVersion: 'default-2026.1',
        data: { text: '水泵漏水', list: [1, null] },
      });
    });

    it("carries EventStoreDB's own correlation and causation keys, and omits a causation that is null", () => {
      const [caused, uncaused] = prepareAppend('s', [anEvent('t', {}, { causationId: 'c-1' }), anEvent('t', {})]);
      expect(toEventMetadata(caused)).toMatchObject({ $correlationId: 'corr-1', $causationId: 'c-1', causationId: 'c-1' });
      expect(toEventMetadata(uncaused)).not.toHaveProperty('$causationId');
      expect(toEventMetadata(uncaused)).toMatchObject({ causationId: null, policyVersion: null, schemaVersion: 1 });
    });

    it('keeps data that is not an object: null, a number, a string', () => {
      for (const data of [null, 42, 'text', [1, 2]]) {
        const [prepared] = prepareAppend('s', [anEvent('t', data)]);
        expect(toEnvelope(recorded(prepared)).data).toEqual(data);
      }
    });

    it('refuses an event without our metadata, and one without a log position', () => {
      const [prepared] = prepareAppend('s', [anEvent()]);
      expect(() => toEnvelope(recorded(prepared, { metadata: undefined }))).toThrow(/no aftersales envelope metadata/);
      expect(() => toEnvelope(recorded(prepared, { metadata: { $correlationId: 'x' } }))).toThrow(/no aftersales envelope metadata/);
      expect(() => toEnvelope(recorded(prepared, { metadata: new Uint8Array([1, 2]) }))).toThrow(/no aftersales envelope metadata/);
      expect(() => toEnvelope(recorded(prepared, { position: undefined }))).toThrow(/22\.6 or later/);
    });

    it('tells our metadata from what other clients write (readAll passes over the latter)', () => {
      const [prepared] = prepareAppend('s', [anEvent()]);
      expect(hasEnvelopeMetadata(recorded(prepared).metadata)).toBe(true);
      // Written by an older version of ours without the optional fields: still ours.
      const { causationId: _c, policyVersion: _p, ...older } = toEventMetadata(prepared);
      expect(hasEnvelopeMetadata(older)).toBe(true);
      for (const foreign of [undefined, null, 'text', [], {}, { $correlationId: 'x' }, new Uint8Array([1]), { ...older, actor: 'u-1' }, { ...older, schemaVersion: '1' }]) {
        expect(hasEnvelopeMetadata(foreign)).toBe(false);
      }
    });
  });

  describe('expected revision', () => {
    it('maps the sentinels one to one and an exact revision to the same bigint', () => {
      expect(toEsdbExpectedRevision('s', 'no_stream')).toBe(NO_STREAM);
      expect(toEsdbExpectedRevision('s', 'stream_exists')).toBe(STREAM_EXISTS);
      expect(toEsdbExpectedRevision('s', 'any')).toBe(ANY);
      expect(toEsdbExpectedRevision('s', 0n)).toBe(0n);
      expect(toEsdbExpectedRevision('s', 2n ** 62n)).toBe(2n ** 62n);
    });

    it('refuses a negative revision with the coded invalid-append error', () => {
      expect(() => toEsdbExpectedRevision('s', -1n)).toThrow(expect.objectContaining({ code: 'EVENTSTORE.INVALID_APPEND' }));
    });

    it("reads the server's current revision, no stream (or -1 from older servers) as null", () => {
      expect(actualRevisionOf(NO_STREAM)).toBeNull();
      expect(actualRevisionOf(-1n)).toBeNull();
      expect(actualRevisionOf(0n)).toBe(0n);
      expect(actualRevisionOf(7n)).toBe(7n);
    });
  });

  describe('append errors', () => {
    it("turns WrongExpectedVersionError into the port's conflict with our expected value and the actual revision", () => {
      const esdb = new WrongExpectedVersionError(undefined, { streamName: 'intake.c-1', expected: 1n, current: 2n });
      const err = translateAppendError(esdb, 'intake.c-1', 1n);
      expect(err).toBeInstanceOf(WrongExpectedRevisionError);
      expect(err).toMatchObject({ code: 'EVENTSTORE.WRONG_EXPECTED_REVISION', stream: 'intake.c-1', expected: 1n, actual: 2n });

      const missing = new WrongExpectedVersionError(undefined, { streamName: 'intake.c-2', expected: STREAM_EXISTS, current: NO_STREAM });
      expect(translateAppendError(missing, 'intake.c-2', 'stream_exists')).toMatchObject({ expected: 'stream_exists', actual: null });
    });

    it('passes any other error through unchanged', () => {
      const other = new Error('connection reset');
      expect(translateAppendError(other, 's', 'any')).toBe(other);
    });
  });

  describe('reading $all', () => {
    it('starts from the beginning for no, zero or a negative position, else at the position itself', () => {
      expect(readPositionAfter(undefined)).toBe(START);
      expect(readPositionAfter(null)).toBe(START);
      expect(readPositionAfter(0n)).toBe(START);
      expect(readPositionAfter(-5n)).toBe(START);
      expect(readPositionAfter(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
    });

    it("delivers our streams only: never system streams or events, nor the adapter's id streams", () => {
      expect(isDeliverable('intake.complaint-1', 'intake.ComplaintRegistered')).toBe(true);
      expect(isDeliverable('$stats-127.0.0.1:2113', '$statsCollected')).toBe(false);
      expect(isDeliverable('intake.complaint-1', '$>')).toBe(false);
      expect(isDeliverable(`${EVENT_ID_STREAM_PREFIX}0193`, 'aftersales.EventIdReserved')).toBe(false);
    });

    it('filters by stream prefix, without mixing streams that merely start alike', () => {
      expect(isDeliverable('intake.c-1', 't', ['intake.'])).toBe(true);
      expect(isDeliverable('intakeX.c-1', 't', ['intake.'])).toBe(false);
      expect(isDeliverable('qa.case-1', 't', ['intake.', 'qa.'])).toBe(true);
      expect(isDeliverable('qa.case-1', 't', [])).toBe(false);
    });
  });
});
