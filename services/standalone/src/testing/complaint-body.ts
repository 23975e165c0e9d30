import type { Schemas } from './client/client';

/**
 * The body of POST /api/v1/complaints the standalone's end-to-end suites start from: an appearance
 * complaint received Tue 3 March 2026, 10:00 in Shanghai, for goods received the day before, so
 * the default policy accepts it free. Top-level fields of `overrides` replace the defaults.
 */
export function complaintBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'hotline',
    receivedAt: '2026-03-03T10:00:00+08:00',
    customer: { id: 'C-10086', name: '华东机械有限公司', tier: 'standard' },
    region: 'cn-east',
    product: { model: 'PX-200', serialNumber: 'SN-2026-000123', contractNumber: 'HT-2026-0042' },
    deliveredOn: '2026-02-27',
    goodsReceivedOn: '2026-03-02',
    shippedQuantity: 10,
    defectiveQuantity: 1,
    category: 'appearance',
    defect: { location: 'front panel', nature: 'scratch', firstSeenOn: '2026-03-02', attachments: ['att-photo-1'] },
    usedAsInstructed: true,
    requestedResolution: 'exchange',
    description: '面板有明显划痕，开箱即发现。',
    ...overrides,
  };
}

/** The same complaint as the typed client sends it: the document's RegisterComplaintDto. */
export function registration(overrides: Partial<Schemas['RegisterComplaintDto']> = {}): Schemas['RegisterComplaintDto'] {
  return { ...(complaintBody() as unknown as Schemas['RegisterComplaintDto']), ...overrides };
}
