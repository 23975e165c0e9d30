import { loadCalendarRegistry } from '@aftersales/calendar';
import { ComplaintFacts } from './complaint';
import { DEFAULT_POLICY_YAML } from './policy/default-policy';
import { parsePolicy } from './policy/policy';

/** Shared by this lib's specs: the default policy, the shipped calendars, and facts to vary. */
export const policy = parsePolicy(DEFAULT_POLICY_YAML, 'default');
export const calendars = loadCalendarRegistry();
export const shanghai = calendars.forRegion('cn-east');
export const context = { policy, policyDigest: 'sha256:test', calendar: shanghai };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? Partial<NonNullable<T[K]>> | T[K] : T[K] };

export function facts(overrides: DeepPartial<ComplaintFacts> = {}): ComplaintFacts {
  const base: ComplaintFacts = {
    channel: 'hotline',
    receivedAt: '2026-03-03T02:00:00.000Z',
    customer: { id: 'cust-1', name: '华东机械有限公司', tier: 'standard' },
    region: 'cn-east',
    product: { model: 'PX-200', serialNumber: 'SN-0001', partNumber: 'P-77', contractNumber: 'HT-2026-001', productLine: null, component: null, partClass: 'main' },
    deliveredOn: '2026-02-26',
    goodsReceivedOn: '2026-03-02',
    shippedQuantity: 10,
    defectiveQuantity: 1,
    category: 'appearance',
    severity: 'minor',
    defect: { location: 'front panel', nature: 'scratch', firstSeenOn: '2026-03-02', attachments: [] },
    usedAsInstructed: true,
    suspectedCause: 'unknown',
    requestedResolution: 'exchange',
    description: 'Front panel scratched on arrival',
    warrantyCard: null,
    deadOnArrival: null,
    ownerId: null,
  };
  return {
    ...base,
    ...overrides,
    customer: { ...base.customer, ...(overrides.customer ?? {}) },
    product: { ...base.product, ...(overrides.product ?? {}) },
    defect: { ...base.defect, ...(overrides.defect ?? {}) },
  } as ComplaintFacts;
}
