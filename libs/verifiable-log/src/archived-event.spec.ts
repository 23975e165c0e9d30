import { canonicalizeEx } from 'json-canonicalize';
import { CANONICALIZATION, ArchivedEvent, canonicalBytes, contextOfStream, eventLeafHash } from './archived-event';

const event: ArchivedEvent = {
  id: '0190f0c2-0000-7000-8000-000000000001',
  type: 'intake.ComplaintRegistered',
  schemaVersion: 1,
  stream: 'intake.complaint-abc',
  revision: '0',
  occurredAt: '2026-03-03T01:00:00.000Z',
  tenantId: 'acme',
  region: 'cn-east',
  actor: { id: 'cs-1', role: 'customer_service' },
  correlationId: 'corr-1',
  causationId: null,
  policyVersion: null,
  data: { customerName: '华东机械', amountMinor: 12000, lines: [{ sku: 'A', qty: 2 }] },
};

describe('AU-2 canonical bytes of an archived event (RFC 8785, versioned)', () => {
  it('AU-2 the RFC 8785 examples: number forms (§3.2.2.3) and key order by UTF-16 code units (§3.2.3)', () => {
    const numbers = [0, -0, 1e30, 4.5, 0.002, 0.000001, 1e-7, 333333333.3333333, 9007199254740991, -1e-324];
    expect(canonicalizeEx(numbers, { strictUndefined: true })).toBe('[0,0,1e+30,4.5,0.002,0.000001,1e-7,333333333.3333333,9007199254740991,0]');
    const keys = { '€': 1, '\r': 2, '\ufb33': 3, '1': 4, '😀': 5, '\u0080': 6, 'ö': 7 };
    expect(canonicalizeEx(keys, { strictUndefined: true })).toBe('{"\\r":2,"1":4,"\u0080":6,"ö":7,"€":1,"😀":5,"\ufb33":3}');
    expect(canonicalizeEx({ s: '\u000f\n"\\/' }, { strictUndefined: true })).toBe('{"s":"\\u000f\\n\\"\\\\/"}');
  });

  it('AU-2 the same event gives the same bytes whatever its key order; the version is inside them', () => {
    const shuffled = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(event).reverse()))) as ArchivedEvent;
    expect(canonicalBytes(shuffled).equals(canonicalBytes(event))).toBe(true);
    expect(canonicalBytes(event).toString('utf8')).toMatch(new RegExp(`^\\{"canonicalization":"${CANONICALIZATION}","event":\\{"actor":`));
  });

  it('AU-2 one byte changed anywhere changes the leaf hash', () => {
    const altered = { ...event, data: { ...(event.data as object), amountMinor: 12001 } };
    expect(eventLeafHash(altered).equals(eventLeafHash(event))).toBe(false);
  });

  it('AU-2 an unknown canonicalization version and a value that is not JSON are refused', () => {
    expect(() => canonicalBytes(event, 'aftersales-event-jcs/0')).toThrow(/not known/);
    expect(() => canonicalBytes({ ...event, data: { x: undefined } })).toThrow();
    expect(() => canonicalBytes({ ...event, data: { x: Number.NaN } })).toThrow();
  });

  it('the context of a stream is its prefix', () => {
    expect(contextOfStream('qa.case-1')).toBe('qa');
    expect(contextOfStream('finance-ratio.ratio-alert-9')).toBe('finance-ratio');
  });
});
