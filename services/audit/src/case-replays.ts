import type { Provider } from '@nestjs/common';
import { provideAggregate } from '@aftersales/platform';
import type { ReplayRegistration } from '@aftersales/audit';
import { COMPLAINTS, complaintAggregate } from '@aftersales/intake';
import { CAPAS, CASES, QA_AGGREGATE_PROVIDERS, RETURN_INSPECTIONS } from '@aftersales/qa';
import { WORK_ORDERS, workOrderAggregate } from '@aftersales/dispatch';
import { RETURN_REQUESTS, returnRequestAggregate } from '@aftersales/warehouse-returns';

/**
 * AU-2 in distributed mode (ADR 019): the audit service runs none of the other contexts' modules,
 * so its composition root provides their aggregate definitions itself, the same deciders, views
 * and obligation rules the contexts run, over audit's own stores (only `replay` is ever called:
 * nothing here writes or reads another context's store). A context's cases become replayable here
 * by its line, as in the standalone's context-modules.ts.
 */
export const CASE_REPLAYS: readonly ReplayRegistration[] = [
  { kind: 'complaint', aggregate: COMPLAINTS },
  { kind: 'qa-case', aggregate: CASES },
  { kind: 'capa', aggregate: CAPAS },
  { kind: 'return-inspection', aggregate: RETURN_INSPECTIONS },
  { kind: 'work-order', aggregate: WORK_ORDERS },
  { kind: 'return-request', aggregate: RETURN_REQUESTS },
];

export const CASE_REPLAY_PROVIDERS: readonly Provider[] = [
  provideAggregate(COMPLAINTS, complaintAggregate),
  ...QA_AGGREGATE_PROVIDERS,
  provideAggregate(WORK_ORDERS, workOrderAggregate),
  provideAggregate(RETURN_REQUESTS, returnRequestAggregate),
];
