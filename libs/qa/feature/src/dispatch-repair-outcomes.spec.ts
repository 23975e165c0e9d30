import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { DISPATCH_UPCASTERS, DispatchIntegrationEventData, DispatchIntegrationEventType, DispatchIntegrationEventTypes as Dispatch, INTEGRATION_EVENT_CONTRACTS } from '@aftersales/contracts';
import { IntegrationEventOf, readIntegrationEvent } from '@aftersales/platform';
import { Upcasters } from '@aftersales/eventsourcing';
import { RepairOutcomeEvent, applyRepairEvent } from './dispatch-repair-outcomes';

const dispatchEvent = <K extends DispatchIntegrationEventType>(type: K, data: DispatchIntegrationEventData[K], occurredAt = '2026-03-03T03:00:00.000Z') =>
  anEnvelope({ type, data, occurredAt }) as IntegrationEventOf<K>;

const ORDER = '0190f5c2-0000-7000-8000-0000000000d1';
const CASE = '0190f5c2-0000-7000-8000-0000000000a1';
const OUTLET = '0190f5c2-0000-7000-8000-0000000000e1';
const product = { model: 'PX-300', productLine: 'PX-300', serialNumber: 'SN-1' };
const created = (caseId: string | null) =>
  dispatchEvent(Dispatch.WorkOrderCreated, { workOrderId: ORDER, source: caseId ? 'qa_disposition' : 'phone', caseId, complaintId: null, customerId: 'C-1', product, outlet: null, createdAt: '2026-03-03T03:00:00.000Z' });

const fold = (events: readonly RepairOutcomeEvent[]) => events.reduce<ReturnType<typeof applyRepairEvent>>((outcome, e) => applyRepairEvent(outcome, e), null);

describe("QA's record of the case's on-site repair (dispatch v1 events)", () => {
  it('DI-3, DI-5, DI-6, DI-8: the repair outcome on the case, step by step', () => {
    const events = [
      created(CASE),
      dispatchEvent(Dispatch.TechnicianAssigned, { workOrderId: ORDER, technicianId: 'tech-1', plannedOn: '2026-03-03', productLine: 'PX-300', certificateNo: 'C-1', arrivalDueAt: '2026-03-03T15:00:00.000Z' }),
      dispatchEvent(Dispatch.ArrivalMissed, { workOrderId: ORDER, technicianId: 'tech-1', dueAt: '2026-03-03T15:00:00.000Z' }),
      dispatchEvent(Dispatch.ArrivedOnSite, { workOrderId: ORDER, technicianId: 'tech-1', arrivedAt: '2026-03-03T16:00:00.000Z', late: true }),
      dispatchEvent(Dispatch.SignedOff, { workOrderId: ORDER, kind: 'refused', satisfaction: null, digest: 'sha256:00' }),
      dispatchEvent(Dispatch.Settled, { workOrderId: ORDER, chargedTotalMinor: 33000, currency: 'CNY', receiptNumber: 'R-1', freeItems: 1, chargedItems: 2 }, '2026-03-03T18:00:00.000Z'),
      dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'closed' }, '2026-03-03T19:00:00.000Z'),
      dispatchEvent(Dispatch.FollowUpCompleted, { workOrderId: ORDER, outcome: 'reached', satisfaction: 4, opensComplaint: false, late: false }),
    ];
    expect(fold(events.slice(0, 2))).toMatchObject({ caseId: CASE, status: 'assigned', technicianId: 'tech-1', arrivalMissed: false });
    expect(fold(events)).toMatchObject({
      status: 'closed',
      arrivalMissed: true,
      arrivedLate: true,
      signOff: 'refused',
      signOffSatisfaction: null,
      chargedTotalMinor: 33000,
      currency: 'CNY',
      receiptNumber: 'R-1',
      settledAt: '2026-03-03T18:00:00.000Z',
      endedAt: '2026-03-03T19:00:00.000Z',
      followUpSatisfaction: 4,
    });
  });

  it('DI-2, DI-3: the case shows the outlet the order was given to, and the remote attempt and its outcome', () => {
    const assigned = fold([created(CASE), dispatchEvent(Dispatch.OutletAssigned, { workOrderId: ORDER, outletId: OUTLET, outletName: 'Suzhou point', scope: 'minor_repair', assignedAt: '2026-03-03T03:00:00.000Z' })]);
    expect(assigned).toMatchObject({ status: 'assigned', outletId: OUTLET, outletName: 'Suzhou point' });
    const started = [created(CASE), dispatchEvent(Dispatch.RemoteAttemptStarted, { workOrderId: ORDER, startedAt: '2026-03-03T03:00:00.000Z' })];
    expect(fold(started)).toMatchObject({ status: 'remote_attempt', remoteAttempt: 'in_progress' });
    const completed = (resolved: boolean) => dispatchEvent(Dispatch.RemoteAttemptCompleted, { workOrderId: ORDER, resolved, arrivalDueAt: resolved ? null : '2026-03-03T16:00:00.000Z', completedAt: '2026-03-03T04:00:00.000Z' });
    expect(fold([...started, completed(false)])).toMatchObject({ status: 'created', remoteAttempt: 'unresolved' });
    const resolved = [...started, completed(true)];
    expect(fold(resolved)).toMatchObject({ status: 'resolved_remotely', remoteAttempt: 'resolved', arrivedAt: null });
    // Then sign-off and close as any order: the remote outcome stays on the case.
    expect(fold([...resolved, dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'closed' })])).toMatchObject({ status: 'closed', remoteAttempt: 'resolved' });
  });

  it('a work order not made from a case is not recorded; a cancelled one ends cancelled', () => {
    expect(fold([created(null), dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'closed' })])).toBeNull();
    expect(fold([created(CASE), dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'cancelled' })])).toMatchObject({ status: 'cancelled' });
  });

  it('WorkOrderCreated v1 (published before v2, ADR 017) is read through the upcasters; an order taken at an outlet (v2) is not recorded', () => {
    const v1 = anEnvelope({ type: Dispatch.WorkOrderCreated, schemaVersion: 1, data: { workOrderId: ORDER, source: 'qa_disposition', caseId: CASE, complaintId: null, customerId: 'C-1', product, createdAt: '2026-03-03T03:00:00.000Z' } });
    const read = readIntegrationEvent(INTEGRATION_EVENT_CONTRACTS, v1, new Upcasters(DISPATCH_UPCASTERS));
    expect(read).toMatchObject({ schemaVersion: 2, data: { outlet: null } });
    expect(applyRepairEvent(null, read as RepairOutcomeEvent)).toMatchObject({ caseId: CASE, status: 'created' });
    expect(() => readIntegrationEvent(INTEGRATION_EVENT_CONTRACTS, v1)).toThrow(/cannot be read/);
    const atOutlet = dispatchEvent(Dispatch.WorkOrderCreated, {
      workOrderId: ORDER,
      source: 'outlet',
      caseId: null,
      complaintId: null,
      customerId: 'C-1',
      product,
      outlet: { outletId: '0190f5c2-0000-7000-8000-0000000000e1', scope: 'minor_repair', charge: 'free' },
      createdAt: '2026-03-03T03:00:00.000Z',
    });
    expect(applyRepairEvent(null, atOutlet)).toBeNull();
  });
});
