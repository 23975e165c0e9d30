import { loadCalendarRegistry } from '@aftersales/calendar';
import { DEFAULT_QA_POLICY_YAML, parseQaPolicy } from './policy';
import { CaseSubject } from './quality-case';

/** Shared by this lib's specs: the default QA policy, the shipped calendars, and a subject to vary. */
export const policy = parseQaPolicy(DEFAULT_QA_POLICY_YAML, 'default');
export const calendars = loadCalendarRegistry();
/** Region cn-east: Asia/Shanghai, Chinese public holidays and make-up working days (调休). */
export const shanghai = calendars.forRegion('cn-east');
export const context = { policy, policyDigest: 'sha256:test', calendar: shanghai };

/** The default policy document with one exact edit; fails loudly when `from` is not in it, so no test passes on an unedited document. */
export function editedPolicyYaml(from: string, to: string): string {
  if (!DEFAULT_QA_POLICY_YAML.includes(from)) throw new Error(`the default QA policy has no ${JSON.stringify(from)}`);
  return DEFAULT_QA_POLICY_YAML.replace(from, to);
}

export function subject(overrides: Partial<CaseSubject> = {}): CaseSubject {
  return {
    customerId: 'cust-1',
    customerName: '华东机械有限公司',
    product: { model: 'PX-200', serialNumber: 'SN-0001', partNumber: 'P-77', contractNumber: 'HT-2026-001', productLine: null },
    category: 'performance',
    defectNature: 'motor overheats',
    defectLocation: 'motor housing',
    defectiveQuantity: 1,
    requestedResolution: 'exchange',
    description: 'Motor overheats after 20 minutes',
    ...overrides,
  };
}

/** given/when/then, errorOf and single: the decider specs' vocabulary, one for every context. */
export { errorOf, scenario, single } from '@aftersales/eventsourcing/testing';
