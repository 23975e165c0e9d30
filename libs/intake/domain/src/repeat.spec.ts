import { EarlierComplaint, findRepeat } from './repeat';
import { facts, policy } from './testing-fixtures';

const earlier = (overrides: Partial<EarlierComplaint>): EarlierComplaint => ({
  complaintId: 'c-old',
  status: 'closed',
  receivedAt: '2026-01-10T02:00:00.000Z',
  category: 'appearance',
  customerId: 'cust-1',
  model: 'PX-200',
  serialNumber: 'SN-0001',
  ...overrides,
});

describe('repeat detection (IN-10)', () => {
  it('IN-10 links the latest earlier complaint on the same serial and category', () => {
    const link = findRepeat(facts(), [earlier({ complaintId: 'a', receivedAt: '2025-12-01T00:00:00.000Z' }), earlier({ complaintId: 'b' })], policy);
    expect(link).toEqual({ complaintId: 'b', receivedAt: '2026-01-10T02:00:00.000Z', matchedOn: 'serial' });
  });

  it('IN-10 repeats only a closed case: an open one is the same case again, an invalid or withdrawn one was no fault', () => {
    for (const status of ['registered', 'acknowledged', 'forwarded', 'invalid', 'withdrawn']) expect(findRepeat(facts(), [earlier({ status })], policy)).toBeNull();
    expect(findRepeat(facts(), [earlier({ status: 'closed' })], policy)).not.toBeNull();
  });

  it('IN-10 ignores a case received after this one', () => {
    expect(findRepeat(facts(), [earlier({ receivedAt: '2026-03-03T02:00:00.001Z' })], policy)).toBeNull();
  });

  it('IN-10 ignores another category, another serial, and cases older than the look-back', () => {
    expect(findRepeat(facts(), [earlier({ category: 'performance' })], policy)).toBeNull();
    expect(findRepeat(facts(), [earlier({ serialNumber: 'SN-0002' })], policy)).toBeNull();
    expect(findRepeat(facts(), [earlier({ receivedAt: '2025-03-02T00:00:00.000Z' })], policy)).toBeNull();
  });

  it('IN-10 without a serial matches the same customer and model', () => {
    const noSerial = facts({ product: { serialNumber: null } });
    expect(findRepeat(noSerial, [earlier({ serialNumber: null })], policy)).toMatchObject({ matchedOn: 'customer_model' });
    expect(findRepeat(noSerial, [earlier({ serialNumber: null, customerId: 'cust-2' })], policy)).toBeNull();
    expect(findRepeat(noSerial, [earlier({ serialNumber: 'SN-0001' })], policy)).toBeNull();
  });
});
