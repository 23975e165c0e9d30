import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Language, label, negotiateLanguage } from '@aftersales/intake-domain';
import { Caller, Page } from '@aftersales/platform';
import { ComplaintView } from './complaint-view';
import { QaOutcome, QaOutcomes } from './qa-outcomes';
import { ComplaintWorkOrder, DispatchWorkOrders } from './dispatch-work-orders';
import { ComplaintPageResponse, ComplaintResponseDto } from './complaint.response.dto';

/**
 * A complaint as the API returns it: the view, without store internals, plus labels in the caller's
 * language, QA's outcome (null before QA has a case) and dispatch's work order (null before there is
 * one). Typed by the documented response class.
 */
export type ComplaintResponse = ComplaintResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function present(view: ComplaintView, language: Language, now: Date, qa: QaOutcome | null = null, workOrder: ComplaintWorkOrder | null = null): ComplaintResponse {
  const { _id: _unusedId, _position: _unusedPosition, dueSortKey: _unusedSortKey, earliestOwedDueAt: _unusedOwed, ...rest } = view as ComplaintView & { _position?: bigint };
  const owed = view.deadlines.flatMap((d) => (d.state === 'open' || d.state === 'missed' ? [{ dueAt: d.dueAt, state: d.state }] : []));
  const { _id: _unusedQaId, _position: _unusedQaPosition, tenantId: _unusedTenant, ...outcome } = (qa ?? {}) as QaOutcome & { _position?: bigint };
  return {
    ...rest,
    ...obligationsAt(owed, now),
    language,
    qa: qa ? outcome : null,
    workOrder: workOrder ? presentWorkOrder(workOrder) : null,
    labels: {
      status: label('status', view.status, language),
      category: label('category', view.category, language),
      channel: label('channel', view.channel, language),
      severity: label('severity', view.severity, language),
      customerTier: label('tier', view.customerTier, language),
      requestedResolution: label('requestedResolution', view.facts.requestedResolution, language),
      partClass: label('partClass', view.facts.product.partClass, language),
      suspectedCause: label('suspectedCause', view.facts.suspectedCause, language),
      acceptance: view.acceptance ? label('acceptance', view.acceptance.kind, language) : null,
      invalidityReason: view.invalidity ? label('invalidityReason', view.invalidity.reason, language) : null,
      ...Object.fromEntries((view.acceptance?.reasons ?? []).map((r) => [`reason.${r.code}`, label('reasonCode', r.code, language)])),
      ...Object.fromEntries(view.deadlines.map((d) => [`obligation.${d.obligation}`, label('obligation', d.obligation, language)])),
      ...Object.fromEntries(view.deadlines.map((d) => [`deadlineState.${d.obligation}`, label('deadlineState', d.state, language)])),
    },
  };
}

function presentWorkOrder(order: ComplaintWorkOrder): NonNullable<ComplaintResponse['workOrder']> {
  const { _id: _unusedId, _position: _unusedPosition, tenantId: _unusedTenant, complaintId: _unusedComplaint, ...rest } = order as ComplaintWorkOrder & { _position?: bigint };
  return rest;
}

/** Every complaint endpoint's response: the view with QA's outcome and labels in the caller's language, at the clock's time. */
@Injectable()
export class ComplaintPresenter {
  constructor(
    private readonly qaOutcomes: QaOutcomes,
    private readonly workOrders: DispatchWorkOrders,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async one(caller: Caller, view: ComplaintView): Promise<ComplaintResponseDto> {
    return (await this.present(caller, [view]))[0];
  }

  async page(caller: Caller, page: Page<ComplaintView>): Promise<ComplaintPageResponse> {
    return { ...page, items: await this.present(caller, page.items) };
  }

  private async present(caller: Caller, views: readonly ComplaintView[]): Promise<ComplaintResponseDto[]> {
    const ids = views.map((v) => v.complaintId);
    const [outcomes, orders] = await Promise.all([this.qaOutcomes.forComplaints(caller.user.tenantId, ids), this.workOrders.forComplaints(caller.user.tenantId, ids)]);
    const language = negotiateLanguage(caller.language);
    const now = this.clock.now();
    return views.map((v) => present(v, language, now, outcomes.get(v.complaintId) ?? null, orders.get(v.complaintId) ?? null));
  }
}
