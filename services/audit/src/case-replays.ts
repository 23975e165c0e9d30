import type { Provider } from '@nestjs/common';
import { CalendarRegistry } from '@aftersales/calendar';
import { CALENDARS, provideAggregate } from '@aftersales/platform';
import type { ReplayRegistration } from '@aftersales/audit';
import { COMPLAINTS, complaintAggregate } from '@aftersales/intake';
import { CAPAS, CASES, LocalMonthOf, MONTH_OF, RETURN_INSPECTIONS, capaAggregate, caseAggregate, inspectionAggregate } from '@aftersales/qa';
import { WORK_ORDERS, workOrderAggregate } from '@aftersales/dispatch';

/**
 * AU-2 in distributed mode (ADR 018): the audit service runs none of the other contexts' modules,
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
];

export const CASE_REPLAY_PROVIDERS: readonly Provider[] = [
  provideAggregate(COMPLAINTS, complaintAggregate),
  // QA's views count months in the region's calendar (QA-7), as its module does.
  {
    provide: MONTH_OF,
    useFactory: (calendars: CalendarRegistry): LocalMonthOf => (region, instant) => calendars.forRegion(region).localDate(new Date(instant)).slice(0, 7),
    inject: [CALENDARS],
  },
  provideAggregate(CASES, caseAggregate, [MONTH_OF]),
  provideAggregate(CAPAS, capaAggregate, [MONTH_OF]),
  provideAggregate(RETURN_INSPECTIONS, inspectionAggregate),
  provideAggregate(WORK_ORDERS, workOrderAggregate),
];
