import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { DISPATCH_UPCASTERS, DispatchIntegrationEventData, DispatchIntegrationEventType, DispatchIntegrationEventTypes as Dispatch, INTEGRATION_EVENT_CONTRACTS } from '@aftersales/contracts';
import { IntegrationEventOf, readIntegrationEvent } from '@aftersales/platform';
import { Upcasters } from '@aftersales/eventsourcing';
import { ComplaintWorkOrderEvent, applyDispatchEvent } from './dispatch-work-orders';

const dispatchEvent = <K extends DispatchIntegrationEventType>(type: K, data: DispatchIntegrationEventData[K], occurredAt = '2026-03-03T03:00:00.000Z') =>
  anEnvelope({ type, data, occurredAt }) as IntegrationEventOf<K>;

const ORDER = '0190f5c2-0000-7000-8000-0000000000d1';
const COMPLAINT = '0190f5c2-0000-7000-8000-0000000000c1';
const OUTLET = '0190f5c2-0000-7000-8000-0000000000e1';
const product = { model: 'PX-300', productLine: 'PX-300', serialNumber: 'SN-1' };
const created = (complaintId: string | null) =>
  dispatchEvent(Dispatch.WorkOrderCreated, { workOrderId: ORDER, source: complaintId ? 'qa_disposition' : 'phone', caseId: complaintId ? 'case-1' : null, complaintId, customerId: 'C-1', product, outlet: null, createdAt: '2026-03-03T03:00:00.000Z' });

const fold = (events: readonly ComplaintWorkOrderEvent[]) => events.reduce<ReturnType<typeof applyDispatchEvent>>((record, e) => applyDispatchEvent(record, e), null);

describe("intake's record of the complaint's work order (dispatch v1 events)", () => {
  it('DI-1, DI-3: created, assigned, overdue until the check-in', () => {
    const assigned = [
      created(COMPLAINT),
      dispatchEvent(Dispatch.TechnicianAssigned, { workOrderId: ORDER, technicianId: 'tech-1', plannedOn: '2026-03-03', productLine: 'PX-300', certificateNo: 'C-1', arrivalDueAt: '2026-03-03T15:00:00.000Z' }),
      dispatchEvent(Dispatch.ArrivalMissed, { workOrderId: ORDER, technicianId: 'tech-1', dueAt: '2026-03-03T15:00:00.000Z' }),
    ];
    expect(fold(assigned)).toMatchObject({ complaintId: COMPLAINT, status: 'assigned', technicianId: 'tech-1', arrivalDueAt: '2026-03-03T15:00:00.000Z', arrivalOverdue: true });
    const arrived = [...assigned, dispatchEvent(Dispatch.ArrivedOnSite, { workOrderId: ORDER, technicianId: 'tech-1', arrivedAt: '2026-03-03T16:00:00.000Z', late: true })];
    expect(fold(arrived)).toMatchObject({ status: 'on_site', arrivalOverdue: false, arrivedAt: '2026-03-03T16:00:00.000Z', arrivedLate: true });
  });

  it('DI-5, DI-6, DI-8: signed off, settled, closed, then the follow-up call', () => {
    const record = fold([
      created(COMPLAINT),
      dispatchEvent(Dispatch.SignedOff, { workOrderId: ORDER, kind: 'signed', satisfaction: 5, digest: 'sha256:00' }),
      dispatchEvent(Dispatch.Settled, { workOrderId: ORDER, chargedTotalMinor: 100, currency: 'CNY', receiptNumber: 'R-1', freeItems: 0, chargedItems: 1 }),
      dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'closed' }),
      dispatchEvent(Dispatch.FollowUpCompleted, { workOrderId: ORDER, outcome: 'reached', satisfaction: 2, opensComplaint: true, late: false }),
    ]);
    expect(record).toMatchObject({ status: 'closed', signOff: 'signed', satisfaction: 2, followUp: 'reached' });
  });

  it('DI-2: given to an outlet, the complaint shows it assigned to that outlet; its technician keeps it assigned', () => {
    const record = fold([
      created(COMPLAINT),
      dispatchEvent(Dispatch.OutletAssigned, { workOrderId: ORDER, outletId: OUTLET, outletName: 'Suzhou point', scope: 'minor_repair', assignedAt: '2026-03-03T03:00:00.000Z' }),
    ]);
    expect(record).toMatchObject({ status: 'assigned', outletId: OUTLET, outletName: 'Suzhou point', technicianId: null });
  });

  it('DI-3: a remote attempt shows while it runs; resolved, the order is resolved remotely (no visit) before its sign-off, not resolved it waits for a technician with the arrival owed', () => {
    const started = [created(COMPLAINT), dispatchEvent(Dispatch.RemoteAttemptStarted, { workOrderId: ORDER, startedAt: '2026-03-03T03:00:00.000Z' })];
    expect(fold(started)).toMatchObject({ status: 'remote_attempt', remoteAttempt: 'in_progress' });
    const resolved = fold([...started, dispatchEvent(Dispatch.RemoteAttemptCompleted, { workOrderId: ORDER, resolved: true, arrivalDueAt: null, completedAt: '2026-03-03T04:00:00.000Z' })]);
    expect(resolved).toMatchObject({ status: 'resolved_remotely', remoteAttempt: 'resolved', arrivalDueAt: null });
    const unresolved = [...started, dispatchEvent(Dispatch.RemoteAttemptCompleted, { workOrderId: ORDER, resolved: false, arrivalDueAt: '2026-03-03T16:00:00.000Z', completedAt: '2026-03-03T04:00:00.000Z' })];
    expect(fold(unresolved)).toMatchObject({ status: 'created', remoteAttempt: 'unresolved', arrivalDueAt: '2026-03-03T16:00:00.000Z' });
  });

  it('an order no complaint asked for (a phone request) is not recorded', () => {
    expect(fold([created(null), dispatchEvent(Dispatch.WorkOrderClosed, { workOrderId: ORDER, outcome: 'cancelled' })])).toBeNull();
  });

  it('WorkOrderCreated v1 (published before v2, ADR 017) is read through the upcasters; an order taken at an outlet (v2) is not recorded', () => {
    const v1 = anEnvelope({ type: Dispatch.WorkOrderCreated, schemaVersion: 1, data: { workOrderId: ORDER, source: 'qa_disposition', caseId: 'case-1', complaintId: COMPLAINT, customerId: 'C-1', product, createdAt: '2026-03-03T03:00:00.000Z' } });
    const read = readIntegrationEvent(INTEGRATION_EVENT_CONTRACTS, v1, new Upcasters(DISPATCH_UPCASTERS));
    expect(read).toMatchObject({ schemaVersion: 2, data: { outlet: null } });
    expect(applyDispatchEvent(null, read as ComplaintWorkOrderEvent)).toMatchObject({ complaintId: COMPLAINT, status: 'created' });
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
    expect(applyDispatchEvent(null, atOutlet)).toBeNull();
  });
});
