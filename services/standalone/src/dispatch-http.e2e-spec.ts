import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_STORE, DocumentStore, EVENT_STORE, EventStore, MESSAGE_BUS, ManualClock, MessageBus } from '@aftersales/eventsourcing';
import { DISPATCH_TOPIC, QA_TOPIC, QaIntegrationEventTypes } from '@aftersales/contracts';
import { REPAIR_OUTCOMES_COLLECTION, toQaIntegrationEvent } from '@aftersales/qa';
import { DISPATCH_WORK_ORDERS_COLLECTION, complaintIdForDispatchEvent } from '@aftersales/intake';
import { WARRANTY_FACTS_COLLECTION, toDispatchIntegrationEvent } from '@aftersales/dispatch';
import { caseIdForComplaint } from '@aftersales/qa-domain';
import { DEFAULT_DISPATCH_POLICY_YAML, workOrderIdForCase } from '@aftersales/dispatch-domain';
import { ConsumerHost, DeadlineSchedulerHost, ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { complaintBody } from './testing/complaint-body';
import { Schemas, apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * End-to-end over HTTP on the standalone app: dispatch (DI-1..DI-9, TR-2) fed by QA's on-site
 * repair disposition through the in-process bus, with a short arrival policy (1 hour) so the
 * arrival deadline can be missed on the test's clock.
 */
const SECRET = 'd'.repeat(40);
const TENANT = 'acme';
const token = (roles: string[], subject: string, outletId?: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: TENANT, outletId })}`;
const CS = token(['customer_service'], 'cs-1');
const QA = token(['qa'], 'qa-1');
const DISPATCHER = token(['dispatcher'], 'disp-1');
const ADMIN = token(['admin'], 'admin-1');
const AUDITOR = token(['auditor'], 'audit-1');
const TECH = token(['technician'], 'tech-ok');
const OTHER_TECH = token(['technician'], 'tech-other');

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('dispatch over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  // Tuesday 3 March 2026, 11:00 in Shanghai.
  const clock = new ManualClock('2026-03-03T03:00:00.000Z');
  const api = (auth = DISPATCHER) => apiClient(baseUrlOf(app), auth);
  const store = () => app.get<EventStore>(EVENT_STORE);
  const onOrder = (id: string) => ({ params: { path: { id } } });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-dispatch-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    const policyFile = join(dataDir, 'dispatch-policy.yaml');
    writeFileSync(policyFile, DEFAULT_DISPATCH_POLICY_YAML.replace('withinHours: 12', 'withinHours: 1').replace('version: "2026.1"', 'version: "short"'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000', DISPATCH_POLICY_FILE: policyFile }, { clock }));
    await app.listen(0, '127.0.0.1');
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
    // TR-2: one technician whose pump qualification expired the day before, one qualified.
    for (const [technicianId, expiresOn] of [
      ['tech-expired', '2026-03-02'],
      ['tech-ok', '2027-12-31'],
      ['tech-other', '2027-12-31'],
    ] as const) {
      await ok(api(ADMIN).POST('/api/v1/technicians', { body: { technicianId, name: technicianId, region: 'cn-east' } }));
      await ok(
        api(ADMIN).POST('/api/v1/technicians/{technicianId}/qualifications', {
          params: { path: { technicianId } },
          body: { productLine: 'PX-300', certificateNo: `CERT-${technicianId}`, issuedOn: '2025-03-01', expiresOn },
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('DI-1..DI-8, TR-2: from QA\'s on-site repair disposition to the follow-up call', async () => {
    // A complaint QA takes up (QA-1), decides ours and on-site repair (QA-5).
    const registered = await ok(api(CS).POST('/api/v1/complaints', { body: complaintBody({ product: { model: 'PX-300', serialNumber: 'SN-DI-1' } }) as unknown as Schemas['RegisterComplaintDto'] }));
    const caseId = caseIdForComplaint(TENANT, registered.complaintId);
    await eventually(async () => (await api(QA).GET('/api/v1/qa/cases/{id}', onOrder(caseId))).response.status === 200, 'the QA case');
    await ok(api(QA).POST('/api/v1/qa/cases/{id}/determination', { ...onOrder(caseId), body: { responsibility: 'ours', ourCause: 'technical', summary: 'Seal out of tolerance', evidenceRefs: ['lab-1'] } }));
    await ok(api(QA).POST('/api/v1/qa/cases/{id}/disposition', { ...onOrder(caseId), body: { disposition: 'on_site_repair', note: 'Replace the shaft seal on site' } }));

    // DI-1: the work order appears, once, even with the disposition delivered twice more.
    const workOrderId = workOrderIdForCase(TENANT, caseId);
    const listed = async () => ok(api().GET('/api/v1/work-orders', { params: { query: { caseId } } }));
    await eventually(async () => (await listed()).total === 1, 'the work order from the disposition');
    const stored = await store().readStream(`qa.case-${caseId}`);
    const disposition = stored.find((e) => toQaIntegrationEvent(e)?.type === QaIntegrationEventTypes.DispositionDecided);
    if (!disposition) throw new Error('no disposition stored');
    const published = { ...disposition, type: QaIntegrationEventTypes.DispositionDecided as string, data: toQaIntegrationEvent(disposition)?.data };
    const bus = app.get<MessageBus>(MESSAGE_BUS);
    await bus.publish(QA_TOPIC, [{ key: disposition.stream, event: published }]);
    await bus.publish(QA_TOPIC, [{ key: disposition.stream, event: { ...published, id: '0190f5c2-0000-7000-8000-00000000d15b' } }]);
    // A marker after the copies, on the same key (so the same partition, in order): once its work
    // order is there, the copies have been handled. It names another complaint, so the complaint
    // below shows its own work order only.
    const markerCase = '0190f5c2-0000-7000-8000-00000000ca5e';
    await bus.publish(QA_TOPIC, [{ key: disposition.stream, event: { ...published, id: '0190f5c2-0000-7000-8000-00000000d15c', data: { ...(published.data as object), caseId: markerCase, complaintId: '0190f5c2-0000-7000-8000-00000000c0de' } } }]);
    await eventually(async () => (await api().GET('/api/v1/work-orders/{id}', onOrder(workOrderIdForCase(TENANT, markerCase)))).response.status === 200, 'the marker\'s work order');
    let order = await ok(api().GET('/api/v1/work-orders/{id}', onOrder(workOrderId)));
    expect(order).toMatchObject({ status: 'created', source: { kind: 'qa_disposition', caseId, complaintId: registered.complaintId }, product: { model: 'PX-300', serialNumber: 'SN-DI-1' }, requestedWork: 'Replace the shaft seal on site' });
    expect((await store().readStream(`dispatch.work-order-${workOrderId}`)).map((e) => e.type)).toEqual(['dispatch.WorkOrderCreated']);
    expect((await listed()).total).toBe(1);

    // TR-2: the suggestions rank the qualified first and say why the expired one cannot be assigned.
    const suggested = await ok(api().GET('/api/v1/dispatch/suggestions', { params: { query: { workOrderId, plannedOn: '2026-03-03' } } }));
    expect(suggested.candidates.map((c) => [c.technicianId, c.qualified])).toEqual([
      ['tech-ok', true],
      ['tech-other', true],
      ['tech-expired', false],
    ]);
    expect(suggested.candidates[2].reasons[0]).toBe('no qualification for PX-300 in force on 2026-03-03: cannot be assigned');

    // DI-3: the customer agreed to a remote attempt, which did not fix it: the arrival is owed from
    // now (1 hour), and intake shows the remote outcome on the complaint (published, DI-3).
    await ok(api().POST('/api/v1/work-orders/{id}/remote-attempt', { ...onOrder(workOrderId), body: { customerAgreedBy: 'Li Wei' } }));
    await ok(api().POST('/api/v1/work-orders/{id}/remote-attempt-outcome', { ...onOrder(workOrderId), body: { resolved: false, note: 'Needs the seal replaced' } }));
    const onComplaint = async () => (await ok(api(CS).GET('/api/v1/complaints/{id}', onOrder(registered.complaintId)))).workOrder;
    await eventually(async () => (await onComplaint())?.remoteAttempt === 'unresolved', 'the remote outcome on the complaint');
    expect(await onComplaint()).toMatchObject({ workOrderId, status: 'created', remoteAttempt: 'unresolved', arrivalDueAt: '2026-03-03T04:00:00.000Z' });

    // TR-2: the expired qualification is refused with a stable code; nothing is recorded.
    const refused = await api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(workOrderId), body: { technicianId: 'tech-expired', plannedOn: '2026-03-03' } });
    expect([refused.response.status, refused.error?.code]).toEqual([422, 'DISPATCH.TECHNICIAN_NOT_QUALIFIED']);
    order = await ok(api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(workOrderId), body: { technicianId: 'tech-ok', plannedOn: '2026-03-03' } }));
    // DI-3 with the short policy: arrival within 1 wall-clock hour of the assignment.
    expect(order).toMatchObject({
      status: 'assigned',
      technicianId: 'tech-ok',
      assignment: { qualification: { productLine: 'PX-300', certificateNo: 'CERT-tech-ok', expiresOn: '2027-12-31' }, arrivalBasis: 'wall' },
      deadlines: [{ obligation: 'arrival', dueAt: '2026-03-03T04:00:00.000Z', state: 'open' }],
      overdue: false,
    });
    // Another technician does not learn the order exists.
    const foreign = await api(OTHER_TECH).GET('/api/v1/work-orders/{id}', onOrder(workOrderId));
    expect([foreign.response.status, foreign.error?.code]).toEqual([404, 'DISPATCH.WORK_ORDER_NOT_FOUND']);
    expect((await api(OTHER_TECH).POST('/api/v1/work-orders/{id}/accept', { ...onOrder(workOrderId), body: {} })).response.status).toBe(404);
    expect((await ok(api(OTHER_TECH).GET('/api/v1/work-orders', { params: { query: {} } }))).items.map((i) => i.workOrderId)).not.toContain(workOrderId);

    await ok(api(TECH).POST('/api/v1/work-orders/{id}/accept', { ...onOrder(workOrderId), body: {} }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/travel', { ...onOrder(workOrderId), body: {} }));

    // DI-3: the arrival deadline passes: missed exactly once, and the order shows overdue.
    const scheduler = app.get(DeadlineSchedulerHost);
    clock.set('2026-03-03T04:30:00.000Z');
    await app.get(ProjectionHost).caughtUp();
    const misses = async () => (await store().readStream(`dispatch.work-order-${workOrderId}`)).filter((e) => e.type === 'dispatch.WorkOrderDeadlineMissed');
    await eventually(async () => {
      await scheduler.tickAll();
      return (await misses()).length > 0;
    }, 'the missed arrival');
    await scheduler.tickAll();
    await scheduler.tickAll();
    expect((await misses()).map((e) => e.data)).toEqual([{ workOrderId, obligation: 'arrival', dueAt: '2026-03-03T04:00:00.000Z', responsibleId: 'tech-ok' }]);
    expect(await ok(api().GET('/api/v1/work-orders/{id}', onOrder(workOrderId)))).toMatchObject({ overdue: true, deadlines: [{ obligation: 'arrival', state: 'missed' }] });
    await eventually(async () => (await ok(api().GET('/api/v1/work-orders', { params: { query: { overdue: true, caseId } } }))).total === 1, 'listed overdue');
    // Intake shows the work order's status on the complaint, from dispatch's published events.
    await eventually(async () => (await onComplaint())?.arrivalOverdue === true, 'the overdue arrival on the complaint');
    expect(await onComplaint()).toMatchObject({ workOrderId, status: 'assigned', technicianId: 'tech-ok', arrivalDueAt: '2026-03-03T04:00:00.000Z', arrivedAt: null });

    // DI-3: the check-in with the reported location meets it late.
    order = await ok(api(TECH).POST('/api/v1/work-orders/{id}/check-in', { ...onOrder(workOrderId), body: { latitude: 31.2304, longitude: 121.4737 } }));
    expect(order).toMatchObject({ status: 'on_site', checkIn: { at: '2026-03-03T04:30:00.000Z', late: true, location: { kind: 'coordinates', latitude: 31.2304 } }, overdue: false });

    // DI-4: the job flow, each step by its role; extra work refused until the customer consents.
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/diagnose', { ...onOrder(workOrderId), body: { note: 'Shaft seal worn' } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/parts', { ...onOrder(workOrderId), body: { movement: 'issued', partNumber: 'SEAL-9', quantity: 2 } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/extra-work', { ...onOrder(workOrderId), body: { description: 'Replace the worn impeller too', estimateMinor: 30000 } }));
    const noConsent = await api(TECH).POST('/api/v1/work-orders/{id}/extra-work-done', { ...onOrder(workOrderId), body: { extraWorkNo: 1 } });
    expect([noConsent.response.status, noConsent.error?.code]).toEqual([422, 'DISPATCH.EXTRA_WORK_NEEDS_CONSENT']);
    const waiting = await api(TECH).POST('/api/v1/work-orders/{id}/repair', { ...onOrder(workOrderId), body: {} });
    expect([waiting.response.status, waiting.error?.code]).toEqual([409, 'DISPATCH.EXTRA_WORK_AWAITS_CONSENT']);
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/extra-work-consent', { ...onOrder(workOrderId), body: { extraWorkNo: 1, granted: true, customerName: 'Li Wei' } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/extra-work-done', { ...onOrder(workOrderId), body: { extraWorkNo: 1, note: 'Impeller replaced' } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/parts', { ...onOrder(workOrderId), body: { movement: 'used', partNumber: 'SEAL-9', quantity: 1 } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/parts', { ...onOrder(workOrderId), body: { movement: 'returned', partNumber: 'SEAL-9', quantity: 1 } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/repair', { ...onOrder(workOrderId), body: {} }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/self-check', { ...onOrder(workOrderId), body: {} }));
    expect((await api(TECH).POST('/api/v1/work-orders/{id}/lead-check', { ...onOrder(workOrderId), body: {} })).response.status).toBe(403);
    await ok(api(DISPATCHER).POST('/api/v1/work-orders/{id}/lead-check', { ...onOrder(workOrderId), body: {} }));
    await ok(api(QA).POST('/api/v1/work-orders/{id}/final-qc', { ...onOrder(workOrderId), body: { note: '100% checked' } }));
    clock.set('2026-03-03T06:00:00.000Z');
    order = await ok(api(TECH).POST('/api/v1/work-orders/{id}/hand-over', { ...onOrder(workOrderId), body: {} }));
    // DI-8: the follow-up call is due 3 days after hand-over.
    expect(order).toMatchObject({ status: 'handed_over', deadlines: [{ obligation: 'arrival', state: 'met_late' }, { obligation: 'follow_up', dueAt: '2026-03-06T06:00:00.000Z', state: 'open' }] });
    expect(order.steps.map((s) => s.step)).toEqual(['accept', 'travel', 'diagnose', 'repair', 'self_check', 'lead_check', 'final_qc', 'hand_over']);

    // DI-5: the sign-off binds the content; a change after it invalidates it.
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/charges', { ...onOrder(workOrderId), body: { description: 'Seal (warranty)', kind: 'free', amountMinor: 0, currency: 'CNY' } }));
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/charges', { ...onOrder(workOrderId), body: { description: 'Impeller', kind: 'charged', amountMinor: 28000, currency: 'CNY' } }));
    const signed = await ok(api(TECH).POST('/api/v1/work-orders/{id}/sign-off', { ...onOrder(workOrderId), body: { kind: 'signed', signerName: 'Li Wei', comment: 'Quick and tidy', satisfaction: 5 } }));
    expect(signed.signOff).toMatchObject({ valid: true, content: { kind: 'signed', satisfaction: 5 } });
    expect(signed.signOff?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const changed = await ok(api(DISPATCHER).POST('/api/v1/work-orders/{id}/charges', { ...onOrder(workOrderId), body: { description: 'Call-out fee', kind: 'charged', amountMinor: 5000, currency: 'CNY' } }));
    expect(changed.signOff).toMatchObject({ valid: false, digest: signed.signOff?.digest });
    const unsigned = await api(DISPATCHER).POST('/api/v1/work-orders/{id}/settlement', { ...onOrder(workOrderId), body: { freeItemsConfirmed: true, receiptNumber: 'RCPT-1' } });
    expect([unsigned.response.status, unsigned.error?.code]).toEqual([409, 'DISPATCH.SIGN_OFF_REQUIRED']);
    const resigned = await ok(api(TECH).POST('/api/v1/work-orders/{id}/sign-off', { ...onOrder(workOrderId), body: { kind: 'signed', signerName: 'Li Wei', satisfaction: 4 } }));
    expect(resigned.signOff?.digest).not.toBe(signed.signOff?.digest);

    // DI-6: settlement in integer minor units with a receipt number.
    const noReceipt = await api(DISPATCHER).POST('/api/v1/work-orders/{id}/settlement', { ...onOrder(workOrderId), body: { freeItemsConfirmed: true } });
    expect([noReceipt.response.status, noReceipt.error?.code]).toEqual([422, 'DISPATCH.RECEIPT_NUMBER_REQUIRED']);
    order = await ok(api(DISPATCHER).POST('/api/v1/work-orders/{id}/settlement', { ...onOrder(workOrderId), body: { freeItemsConfirmed: true, receiptNumber: 'RCPT-2026-0001' } }));
    expect(order).toMatchObject({ status: 'settled', settlement: { chargedTotalMinor: 33000, currency: 'CNY', receiptNumber: 'RCPT-2026-0001', freeItems: 1, chargedItems: 2 } });

    // DI-7, DI-4: closing needs the report; the parts balance (2 issued, 1 used, 1 returned).
    const unreported = await api(DISPATCHER).POST('/api/v1/work-orders/{id}/close', { ...onOrder(workOrderId) });
    expect([unreported.response.status, unreported.error?.code]).toEqual([409, 'DISPATCH.REPORT_REQUIRED']);
    await ok(api(TECH).POST('/api/v1/work-orders/{id}/report', { ...onOrder(workOrderId), body: { cause: 'Worn seal and impeller', fix: 'Both replaced', parts: 'SEAL-9 x1, impeller', customerOpinion: 'Satisfied' } }));
    expect(await ok(api(DISPATCHER).POST('/api/v1/work-orders/{id}/close', { ...onOrder(workOrderId) }))).toMatchObject({ status: 'closed', parts: [{ partNumber: 'SEAL-9', variance: 0 }] });

    // DI-8: the follow-up call, a low rating: a complaint is passed on.
    clock.set('2026-03-04T02:00:00.000Z');
    order = await ok(api(CS).POST('/api/v1/work-orders/{id}/follow-up', { ...onOrder(workOrderId), body: { outcome: 'reached', satisfaction: 2, notes: 'Noise since the repair' } }));
    expect(order).toMatchObject({ followUp: { satisfaction: 2, opensComplaint: true, late: false }, complaintsPassedOn: 1, overdue: false });
    expect(order.deadlines).toEqual([
      { obligation: 'arrival', dueAt: '2026-03-03T04:00:00.000Z', state: 'met_late' },
      { obligation: 'follow_up', dueAt: '2026-03-06T06:00:00.000Z', state: 'met' },
    ]);

    // Intake registers the complaint dispatch passed on; its 4-hour report-up clock starts at the call.
    const passedOn = (await store().readStream(`dispatch.work-order-${workOrderId}`)).find((e) => e.type === 'dispatch.ComplaintFoundOnSite');
    if (!passedOn) throw new Error('no complaint passed on');
    const complaintId = complaintIdForDispatchEvent(TENANT, passedOn.id);
    await eventually(async () => (await api(CS).GET('/api/v1/complaints/{id}', onOrder(complaintId))).response.status === 200, 'the complaint in intake');
    const complaint = await ok(api(CS).GET('/api/v1/complaints/{id}', onOrder(complaintId)));
    expect(complaint).toMatchObject({ channel: 'on_site', customerId: 'C-10086', model: 'PX-300' });
    expect(complaint.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ obligation: 'report_up', dueAt: '2026-03-04T06:00:00.000Z' })]));

    // The complaint shows the work order closed and the call; QA sees the repair outcome on the case.
    await eventually(async () => (await onComplaint())?.followUp === 'reached', 'the follow-up call on the complaint');
    expect(await onComplaint()).toMatchObject({ workOrderId, status: 'closed', arrivalOverdue: false, arrivedAt: '2026-03-03T04:30:00.000Z', arrivedLate: true, signOff: 'signed', satisfaction: 2 });
    const repairOnCase = async () => (await ok(api(QA).GET('/api/v1/qa/cases/{id}', onOrder(caseId)))).repair;
    await eventually(async () => (await repairOnCase())?.followUpSatisfaction === 2, 'the repair outcome on the QA case');
    const repair = await repairOnCase();
    expect(repair).toMatchObject({
      workOrderId,
      status: 'closed',
      technicianId: 'tech-ok',
      remoteAttempt: 'unresolved',
      arrivalMissed: true,
      arrivedLate: true,
      signOff: 'signed',
      signOffSatisfaction: 4,
      chargedTotalMinor: 33000,
      currency: 'CNY',
      receiptNumber: 'RCPT-2026-0001',
    });
    // A redelivered event changes nothing: WorkOrderCreated again under a new id (past the inboxes),
    // then a marker on the same key (same partition, in order) to know both consumers handled it.
    const created = (await store().readStream(`dispatch.work-order-${workOrderId}`)).find((e) => e.type === 'dispatch.WorkOrderCreated');
    if (!created) throw new Error('no work order created');
    const createdPublished = { ...created, ...toDispatchIntegrationEvent(created) };
    const markerOrder = '0190f5c2-0000-7000-8000-0000000000f1';
    const markerCaseId = '0190f5c2-0000-7000-8000-0000000000f2';
    await bus.publish(DISPATCH_TOPIC, [{ key: created.stream, event: { ...createdPublished, id: '0190f5c2-0000-7000-8000-0000000000f0' } }]);
    await bus.publish(DISPATCH_TOPIC, [
      { key: created.stream, event: { ...createdPublished, id: '0190f5c2-0000-7000-8000-0000000000f3', position: created.position + 1000n, data: { ...(createdPublished.data as object), workOrderId: markerOrder, caseId: markerCaseId, complaintId: markerCaseId } } },
    ]);
    const documents = app.get<DocumentStore>(DOCUMENT_STORE);
    await eventually(async () => (await documents.collection(DISPATCH_WORK_ORDERS_COLLECTION).get(markerOrder)) !== null && (await documents.collection(REPAIR_OUTCOMES_COLLECTION).get(markerOrder)) !== null, 'the marker in intake and QA');
    expect(await onComplaint()).toMatchObject({ status: 'closed', followUp: 'reached' });
    expect(await repairOnCase()).toEqual(repair);

    const timeline = await ok(api(AUDITOR).GET('/api/v1/work-orders/{id}/timeline', onOrder(workOrderId)));
    expect(timeline.events.map((e) => e.type)).toEqual(expect.arrayContaining(['dispatch.WorkOrderCreated', 'dispatch.TechnicianAssigned', 'dispatch.WorkOrderDeadlineMissed', 'dispatch.SignOffInvalidated', 'dispatch.Settled', 'dispatch.ComplaintFoundOnSite']));
    expect(timeline.events.filter((e) => e.type === 'dispatch.TechnicianAssigned')).toHaveLength(1);
  });

  it('refuses bad input with 400 and the offending fields, recording nothing', async () => {
    const before = (await ok(api().GET('/api/v1/work-orders', { params: { query: {} } }))).total;
    const valid = {
      region: 'cn-east',
      customer: { customerId: 'C-1' },
      product: { model: 'PX-300', productLine: 'PX-300' },
      requestedWork: 'Leak',
    };
    const cases: [string, Record<string, unknown>, string][] = [
      ['no product line', { ...valid, product: { model: 'PX-300' } }, 'product.productLine'],
      ['unknown region', { ...valid, region: 'mars' }, 'region'],
      ['empty requested work', { ...valid, requestedWork: '' }, 'requestedWork'],
      ['a required time without zone', { ...valid, customerRequiredBy: '2026-03-03T18:00:00' }, 'customerRequiredBy'],
      ['an unknown field', { ...valid, priority: 'high' }, 'priority'],
      ['customer not an object', { ...valid, customer: 'C-1' }, 'customer'],
    ];
    for (const [what, body, field] of cases) {
      const answer = await api().POST('/api/v1/work-orders', { body: body as unknown as Schemas['CreateWorkOrderDto'] });
      expect([what, answer.response.status, answer.error?.code]).toEqual([what, 400, 'REQUEST.VALIDATION_FAILED']);
      expect([what, (answer.error?.fieldErrors ?? []).map((f) => f.field)]).toEqual([what, expect.arrayContaining([field])]);
    }
    const created = await ok(api().POST('/api/v1/work-orders', { body: valid as Schemas['CreateWorkOrderDto'], headers: { 'Idempotency-Key': 'phone-call-1' } }));
    const again = await api().POST('/api/v1/work-orders', { body: valid as Schemas['CreateWorkOrderDto'], headers: { 'Idempotency-Key': 'phone-call-1' } });
    expect(again.data?.workOrderId).toBe(created.workOrderId);
    const id = created.workOrderId;
    const commandCases: [string, Promise<{ response: Response; error?: { code: string; fieldErrors?: { field: string }[] } }>, string][] = [
      ['planned date not a date', api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(id), body: { technicianId: 'tech-ok', plannedOn: '03/03/2026' } }), 'plannedOn'],
      ['amount with decimals', api().POST('/api/v1/work-orders/{id}/charges', { ...onOrder(id), body: { description: 'fee', kind: 'charged', amountMinor: 150.5, currency: 'CNY' } }), 'amountMinor'],
      ['currency in lower case', api().POST('/api/v1/work-orders/{id}/charges', { ...onOrder(id), body: { description: 'fee', kind: 'charged', amountMinor: 100, currency: 'cny' } }), 'currency'],
      ['no quantity', api(TECH).POST('/api/v1/work-orders/{id}/parts', { ...onOrder(id), body: { movement: 'issued', partNumber: 'S', quantity: 0 } }), 'quantity'],
      ['rating of 6', api(TECH).POST('/api/v1/work-orders/{id}/sign-off', { ...onOrder(id), body: { kind: 'signed', signerName: 'Li', satisfaction: 6 } }), 'satisfaction'],
      ['refusal without reason', api(TECH).POST('/api/v1/work-orders/{id}/sign-off', { ...onOrder(id), body: { kind: 'refused' } }), 'reason'],
      ['latitude out of range', api(TECH).POST('/api/v1/work-orders/{id}/check-in', { ...onOrder(id), body: { latitude: 91, longitude: 0 } }), 'latitude'],
      ['a bad order id', api().POST('/api/v1/work-orders/{id}/close', onOrder('not-a-uuid')), 'id'],
    ];
    for (const [what, call, field] of commandCases) {
      const answer = await call;
      expect([what, answer.response.status, answer.error?.code]).toEqual([what, 400, 'REQUEST.VALIDATION_FAILED']);
      expect([what, (answer.error?.fieldErrors ?? []).map((f) => f.field)]).toEqual([what, expect.arrayContaining([field])]);
    }
    expect((await store().readStream(`dispatch.work-order-${id}`)).map((e) => e.type)).toEqual(['dispatch.WorkOrderCreated']);
    await eventually(async () => (await ok(api().GET('/api/v1/work-orders', { params: { query: {} } }))).total === before + 1, 'the one order listed');
    const badTechnician = await api(ADMIN).POST('/api/v1/technicians/{technicianId}/qualifications', { params: { path: { technicianId: 'tech-ok' } }, body: { productLine: 'x', certificateNo: 'c', issuedOn: '2026-01-02', expiresOn: '2026-01-01' } });
    expect([badTechnician.response.status, badTechnician.error?.code]).toEqual([422, 'DISPATCH.QUALIFICATION_DATES_INVALID']);
  });

  it('DI-2 outlets: registered with region, scopes, address and contact; the open ones published to customers without a token', async () => {
    const outlet = (name: string, scopes: Schemas['RegisterOutletDto']['scopes']) =>
      ok(api(ADMIN).POST('/api/v1/outlets', { body: { name, region: 'cn-east', scopes, address: `${name} road 1`, contactPhone: '0512-5555', openingHours: 'Mon-Sat 9-18' } }));
    const open = await outlet('A Suzhou point', ['minor_repair', 'spare_parts']);
    const closing = await outlet('B Wuxi point', ['routine_maintenance']);
    await ok(api(ADMIN).POST('/api/v1/outlets/{id}/close', { params: { path: { id: closing.outletId } }, body: { reason: 'Moved' } }));
    const badScope = await api(ADMIN).POST('/api/v1/outlets', { body: { name: 'x', region: 'cn-east', scopes: ['tea'], address: 'a', contactPhone: '1' } as unknown as Schemas['RegisterOutletDto'] });
    expect([badScope.response.status, (badScope.error?.fieldErrors ?? []).map((f) => f.field)]).toEqual([400, ['scopes']]);
    const technicianCannot = await api(TECH).POST('/api/v1/outlets', { body: { name: 'x', region: 'cn-east', scopes: ['spare_parts'], address: 'a', contactPhone: '1' } });
    expect(technicianCannot.response.status).toBe(403);

    const published = async (tenantId: string) => {
      const res = await fetch(`${baseUrlOf(app)}/api/v1/outlets/public/${tenantId}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { items: Record<string, unknown>[]; total: number };
    };
    await eventually(async () => (await published(TENANT)).total === 1, 'the public list');
    expect((await published(TENANT)).items).toEqual([
      { outletId: open.outletId, name: 'A Suzhou point', region: 'cn-east', scopes: ['minor_repair', 'spare_parts'], address: 'A Suzhou point road 1', contactPhone: '0512-5555', openingHours: 'Mon-Sat 9-18' },
    ]);
    expect((await published('another-company')).total).toBe(0);
    const all = await ok(api(AUDITOR).GET('/api/v1/outlets', { params: { query: {} } }));
    expect(all.items.map((o) => [o.name, o.status])).toEqual([
      ['A Suzhou point', 'open'],
      ['B Wuxi point', 'closed'],
    ]);

    // A request at the outlet on a serial intake registered a complaint for (goods received
    // 2026-03-02, from its published ComplaintRegistered): free within the 12-month warranty.
    await ok(api(CS).POST('/api/v1/complaints', { body: complaintBody({ product: { model: 'PX-300', serialNumber: 'SN-OUTLET-1' } }) as unknown as Schemas['RegisterComplaintDto'] }));
    const request = (body: Partial<Schemas['TakeOutletRequestDto']>, outletId = open.outletId) =>
      api().POST('/api/v1/outlets/{id}/requests', {
        params: { path: { id: outletId } },
        body: { customer: { customerId: 'C-77' }, product: { model: 'PX-300', productLine: 'PX-300', serialNumber: 'SN-OUTLET-1' }, scope: 'minor_repair', requestedWork: 'Handle loose', cause: 'defect', ...body },
      });
    const facts = app.get<DocumentStore>(DOCUMENT_STORE).collection(WARRANTY_FACTS_COLLECTION);
    await eventually(async () => (await facts.find({ serialNumber: 'SN-OUTLET-1' })).length === 1, "intake's receipt date for the serial");
    const free = await request({});
    expect(free.response.status).toBe(201);
    expect(free.response.headers.get('location')).toMatch(new RegExp(`/api/v1/work-orders/${free.data?.workOrderId}$`));
    expect(free.data).toMatchObject({ status: 'assigned', source: { kind: 'outlet' }, outlet: { outletId: open.outletId, scope: 'minor_repair' }, freeRepair: { kind: 'free', warrantyEndsOn: '2027-03-01', receipt: { from: 'intake', goodsReceivedOn: '2026-03-02' } } });
    // Without a serial intake knows, the customer's proof counts: over the warranty, charged.
    const charged = await ok(request({ product: { model: 'PX-300', productLine: 'PX-300' }, goodsReceivedOn: '2024-01-10' }));
    expect(charged.freeRepair).toMatchObject({ kind: 'charged', reasons: [{ rule: 'DI-2', code: 'WARRANTY_EXPIRED' }], receipt: { from: 'request' } });
    const outOfScope = await request({ scope: 'routine_maintenance' });
    expect([outOfScope.response.status, outOfScope.error?.code]).toEqual([422, 'DISPATCH.OUTLET_SCOPE_MISMATCH']);
    const closed = await request({}, closing.outletId);
    expect([closed.response.status, closed.error?.code]).toEqual([409, 'DISPATCH.OUTLET_CLOSED']);
    // Published as WorkOrderCreated v2 with the outlet (ADR 017).
    const created = (await store().readStream(`dispatch.work-order-${charged.workOrderId}`))[0];
    expect(toDispatchIntegrationEvent(created)).toMatchObject({ schemaVersion: 2, data: { source: 'outlet', outlet: { outletId: open.outletId, scope: 'minor_repair', charge: 'charged' } } });

    // DI-2 outlet staff: a technician registered on the outlet is suggested first and assigned; one of ours is refused (TR-2 still applies).
    const unknownOutlet = await api(ADMIN).POST('/api/v1/technicians', { body: { technicianId: 'tech-nowhere', name: 'x', region: 'cn-east', outletId: '0190f5c2-0000-7000-8000-00000000dead' } });
    expect([unknownOutlet.response.status, unknownOutlet.error?.code]).toEqual([404, 'DISPATCH.OUTLET_NOT_FOUND']);
    expect(await ok(api(ADMIN).POST('/api/v1/technicians', { body: { technicianId: 'tech-outlet', name: 'tech-outlet', region: 'cn-east', employer: 'Suzhou partner', outletId: open.outletId } }))).toMatchObject({ outletId: open.outletId });
    await ok(api(ADMIN).POST('/api/v1/technicians/{technicianId}/qualifications', { params: { path: { technicianId: 'tech-outlet' } }, body: { productLine: 'PX-300', certificateNo: 'CERT-outlet', issuedOn: '2025-03-01', expiresOn: '2027-12-31' } }));
    const notStaff = await api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(charged.workOrderId), body: { technicianId: 'tech-ok', plannedOn: '2026-03-04' } });
    expect([notStaff.response.status, notStaff.error?.code]).toEqual([422, 'DISPATCH.TECHNICIAN_NOT_AT_OUTLET']);
    const suggestions = async () => (await ok(api().GET('/api/v1/dispatch/suggestions', { params: { query: { workOrderId: charged.workOrderId, plannedOn: '2026-03-04' } } }))).candidates;
    await eventually(async () => (await suggestions())[0]?.technicianId === 'tech-outlet', "the outlet's technician suggested first");
    expect((await suggestions())[0]).toMatchObject({ atOutlet: true, qualified: true, reasons: ["on the staff of the order's outlet A Suzhou point", expect.stringMatching(/^qualified/), expect.any(String), expect.any(String), expect.any(String)] });
    expect(await ok(api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(charged.workOrderId), body: { technicianId: 'tech-outlet', plannedOn: '2026-03-04' } }))).toMatchObject({ technicianId: 'tech-outlet', outlet: { outletId: open.outletId } });
  });

  it("DI-2 an outlet's own staff: their counter only, their outlet's orders only, assigned to their outlet's technicians; a technician moved to another outlet", async () => {
    const outlet = async (name: string, region = 'cn-east') =>
      (await ok(api(ADMIN).POST('/api/v1/outlets', { body: { name, region, scopes: ['minor_repair'], address: `${name} road 2`, contactPhone: '0512-6666' } }))).outletId;
    const kunshan = await outlet('C Kunshan point');
    const changzhou = await outlet('D Changzhou point');
    const closed = await outlet('E Jiangyin point');
    await ok(api(ADMIN).POST('/api/v1/outlets/{id}/close', { params: { path: { id: closed } }, body: { reason: 'Lease ended' } }));
    const beijing = await outlet('F Beijing point', 'cn-north');
    // The counter staff of C Kunshan (their token names the outlet), and one whose token names none.
    const STAFF = token(['outlet_staff'], 'counter-c', kunshan);
    const NO_OUTLET = token(['outlet_staff'], 'counter-x');
    expect(await ok(api(STAFF).GET('/api/v1/me'))).toEqual({ id: 'counter-c', roles: ['outlet_staff'], tenantId: TENANT, outletId: kunshan });
    for (const [technicianId, outletId] of [
      ['tech-c', kunshan],
      ['tech-d', changzhou],
    ] as const) {
      await ok(api(ADMIN).POST('/api/v1/technicians', { body: { technicianId, name: technicianId, region: 'cn-east', outletId } }));
      await ok(api(ADMIN).POST('/api/v1/technicians/{technicianId}/qualifications', { params: { path: { technicianId } }, body: { productLine: 'PX-300', certificateNo: `CERT-${technicianId}`, issuedOn: '2025-03-01', expiresOn: '2027-12-31' } }));
    }
    const request = (auth: string, outletId: string, serialNumber: string) =>
      api(auth).POST('/api/v1/outlets/{id}/requests', {
        params: { path: { id: outletId } },
        body: { customer: { customerId: 'C-90' }, product: { model: 'PX-300', productLine: 'PX-300', serialNumber }, scope: 'minor_repair', requestedWork: 'Handle loose', cause: 'wear' },
      });
    const listed = async (auth: string) => (await ok(api(auth).GET('/api/v1/work-orders', { params: { query: { pageSize: 100 } } }))).items.map((o) => o.workOrderId);

    // At their own counter: 201, the order given to their outlet.
    const first = await request(STAFF, kunshan, 'SN-C-1');
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({ status: 'assigned', outlet: { outletId: kunshan }, source: { kind: 'outlet' } });
    if (!first.data) throw new Error('no work order from the request at Kunshan');
    const atKunshan = first.data.workOrderId;
    // At another outlet's counter, or with no outlet in the token: 403 with a stable code, nothing recorded.
    const elsewhere = await request(STAFF, changzhou, 'SN-C-2');
    expect([elsewhere.response.status, elsewhere.error?.code, elsewhere.error?.details]).toEqual([403, 'DISPATCH.NOT_YOUR_OUTLET', { outletId: changzhou, staffOutletId: kunshan }]);
    const noOutlet = await request(NO_OUTLET, kunshan, 'SN-C-2');
    expect([noOutlet.response.status, noOutlet.error?.code]).toEqual([403, 'DISPATCH.NOT_YOUR_OUTLET']);
    // The dispatcher keeps every counter.
    const atChangzhou = (await ok(request(DISPATCHER, changzhou, 'SN-D-1'))).workOrderId;
    const second = (await ok(request(STAFF, kunshan, 'SN-C-3'))).workOrderId;
    await eventually(async () => (await listed(DISPATCHER)).includes(second), 'the second Kunshan order listed');
    // Nothing of the refused requests: the projection, in order, shows the orders after them and no other of serial SN-C-2.
    const everything = await ok(api().GET('/api/v1/work-orders', { params: { query: { pageSize: 100 } } }));
    expect(everything.items.filter((o) => o.product.serialNumber === 'SN-C-2')).toEqual([]);

    // They read only the orders given to their outlet: another outlet's is 404 and absent from the list.
    expect(await ok(api(STAFF).GET('/api/v1/work-orders/{id}', onOrder(atKunshan)))).toMatchObject({ outlet: { outletId: kunshan } });
    const other = await api(STAFF).GET('/api/v1/work-orders/{id}', onOrder(atChangzhou));
    expect([other.response.status, other.error?.code]).toEqual([404, 'DISPATCH.WORK_ORDER_NOT_FOUND']);
    expect((await listed(STAFF)).sort()).toEqual([atKunshan, second].sort());
    expect(await listed(NO_OUTLET)).toEqual([]);
    expect((await ok(api(STAFF).GET('/api/v1/work-orders/{id}/timeline', onOrder(atKunshan)))).events.length).toBeGreaterThan(0);

    // They see their outlet's technicians only (those they may assign), and suggestions for their outlet's orders among them.
    const technicians = async (auth: string) => (await ok(api(auth).GET('/api/v1/technicians', { params: { query: { pageSize: 100 } } }))).items.map((t) => t.technicianId);
    await eventually(async () => (await technicians(STAFF)).includes('tech-c'), "Kunshan's technician listed to its staff");
    expect(await technicians(STAFF)).toEqual(['tech-c']);
    expect(await technicians(NO_OUTLET)).toEqual([]);
    expect(await technicians(DISPATCHER)).toEqual(expect.arrayContaining(['tech-c', 'tech-d']));
    const suggest = (auth: string, workOrderId: string) => api(auth).GET('/api/v1/dispatch/suggestions', { params: { query: { workOrderId, plannedOn: '2026-03-04' } } });
    expect((await ok(suggest(STAFF, atKunshan))).candidates.map((c) => [c.technicianId, c.atOutlet])).toEqual([['tech-c', true]]);
    const othersSuggested = await suggest(STAFF, atChangzhou);
    expect([othersSuggested.response.status, othersSuggested.error?.code]).toEqual([404, 'DISPATCH.WORK_ORDER_NOT_FOUND']);

    // They assign their outlet's orders to their outlet's technicians; another outlet's order is not theirs (404).
    const notOurs = await api(STAFF).POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(atKunshan), body: { technicianId: 'tech-d', plannedOn: '2026-03-04' } });
    expect([notOurs.response.status, notOurs.error?.code, notOurs.error?.details]).toEqual([422, 'DISPATCH.TECHNICIAN_NOT_AT_OUTLET', expect.objectContaining({ outletId: kunshan, technicianOutletId: changzhou })]);
    const theirOrder = await api(STAFF).POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(atChangzhou), body: { technicianId: 'tech-c', plannedOn: '2026-03-04' } });
    expect([theirOrder.response.status, theirOrder.error?.code]).toEqual([404, 'DISPATCH.WORK_ORDER_NOT_FOUND']);
    expect(await ok(api(STAFF).POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(atKunshan), body: { technicianId: 'tech-c', plannedOn: '2026-03-04' } }))).toMatchObject({
      technicianId: 'tech-c',
      outlet: { outletId: kunshan },
    });
    // Changzhou's order goes to its own technician before the move.
    await ok(api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(atChangzhou), body: { technicianId: 'tech-d', plannedOn: '2026-03-04' } }));

    // DI-2: the admin moves tech-d to Kunshan. Bad input first: 4xx with stable codes, nothing recorded.
    const move = (technicianId: string, body: Schemas['ChangeTechnicianOutletDto'], auth = ADMIN) =>
      api(auth).POST('/api/v1/technicians/{technicianId}/outlet', { params: { path: { technicianId } }, body });
    const refusals = await Promise.all([
      move('tech-d', { outletId: '0190f5c2-0000-7000-8000-00000000dead', reason: 'x' }),
      move('tech-d', { outletId: closed, reason: 'x' }),
      move('tech-d', { outletId: beijing, reason: 'x' }),
      move('tech-d', { outletId: changzhou, reason: 'x' }),
      move('tech-nobody', { outletId: kunshan, reason: 'x' }),
      move('tech-d', { outletId: kunshan, reason: 'x' }, DISPATCHER),
      move('tech-d', { outletId: kunshan, reason: 'x' }, STAFF),
    ]);
    expect(refusals.map((r) => [r.response.status, r.error?.code])).toEqual([
      [404, 'DISPATCH.OUTLET_NOT_FOUND'],
      [409, 'DISPATCH.OUTLET_CLOSED'],
      [422, 'DISPATCH.OUTLET_REGION_MISMATCH'],
      [409, 'DISPATCH.TECHNICIAN_AT_OUTLET_ALREADY'],
      [404, 'DISPATCH.TECHNICIAN_NOT_FOUND'],
      [403, 'AUTH.FORBIDDEN'],
      [403, 'AUTH.FORBIDDEN'],
    ]);
    const badBody = await move('tech-d', { outletId: 'not-a-uuid', reason: '' });
    expect([badBody.response.status, badBody.error?.code, badBody.error?.fieldErrors?.map((f) => f.field).sort()]).toEqual([400, 'REQUEST.VALIDATION_FAILED', ['outletId', 'reason']]);
    expect((await store().readStream('dispatch.technician-tech-d')).map((e) => e.type)).toEqual(['dispatch.TechnicianRegistered', 'dispatch.QualificationAdded']);

    expect(await ok(move('tech-d', { outletId: kunshan, reason: 'Kunshan is short of staff' }))).toMatchObject({ technicianId: 'tech-d', outletId: kunshan, qualifications: [{ productLine: 'PX-300' }] });
    const moved = (await store().readStream('dispatch.technician-tech-d')).at(-1);
    expect(moved).toMatchObject({ type: 'dispatch.TechnicianOutletChanged', data: { fromOutletId: changzhou, toOutletId: kunshan, reason: 'Kunshan is short of staff', changedBy: 'admin-1' } });

    // Now Kunshan's staff assign Kunshan's order to tech-d; Changzhou's next order no longer takes them.
    expect(await ok(api(STAFF).POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(second), body: { technicianId: 'tech-d', plannedOn: '2026-03-04' } }))).toMatchObject({ technicianId: 'tech-d' });
    const nextAtChangzhou = (await ok(request(DISPATCHER, changzhou, 'SN-D-2'))).workOrderId;
    const noLonger = await api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(nextAtChangzhou), body: { technicianId: 'tech-d', plannedOn: '2026-03-04' } });
    expect([noLonger.response.status, noLonger.error?.code]).toEqual([422, 'DISPATCH.TECHNICIAN_NOT_AT_OUTLET']);
    // The order assigned to them before the move stays theirs.
    expect(await ok(api(token(['technician'], 'tech-d')).GET('/api/v1/work-orders/{id}', onOrder(atChangzhou)))).toMatchObject({ technicianId: 'tech-d', outlet: { outletId: changzhou } });
    // The technicians list (the read model the suggestions rank from) shows where they are now.
    const listedAt = async () => (await ok(api().GET('/api/v1/technicians', { params: { query: { productLine: 'PX-300', pageSize: 100 } } }))).items.find((t) => t.technicianId === 'tech-d')?.outletId;
    await eventually(async () => (await listedAt()) === kunshan, 'the moved technician listed at Kunshan');
  });

  it('DI-3 remote first: resolved remotely, the order closes without a visit; not resolved, the arrival is owed from then', async () => {
    const phoneOrder = async () => (await ok(api().POST('/api/v1/work-orders', { body: { region: 'cn-east', customer: { customerId: 'C-88' }, product: { model: 'PX-300', productLine: 'PX-300' }, requestedWork: 'Controller fault' } }))).workOrderId;
    const remote = async (id: string) => ok(api().POST('/api/v1/work-orders/{id}/remote-attempt', { ...onOrder(id), body: { customerAgreedBy: 'Li Wei' } }));

    const resolvedId = await phoneOrder();
    await remote(resolvedId);
    const waiting = await api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(resolvedId), body: { technicianId: 'tech-ok', plannedOn: '2026-03-04' } });
    expect([waiting.response.status, waiting.error?.code]).toEqual([409, 'DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS']);
    const resolved = await ok(api().POST('/api/v1/work-orders/{id}/remote-attempt-outcome', { ...onOrder(resolvedId), body: { resolved: true, note: 'Controller reset remotely' } }));
    expect(resolved).toMatchObject({ status: 'handed_over', remoteAttempt: { state: 'resolved', customerAgreedBy: 'Li Wei', note: 'Controller reset remotely' }, deadlines: [{ obligation: 'follow_up', state: 'open' }] });
    await ok(api().POST('/api/v1/work-orders/{id}/sign-off', { ...onOrder(resolvedId), body: { kind: 'signed', signerName: 'Li Wei', satisfaction: 5 } }));
    await ok(api().POST('/api/v1/work-orders/{id}/settlement', { ...onOrder(resolvedId), body: { freeItemsConfirmed: true } }));
    expect(await ok(api().POST('/api/v1/work-orders/{id}/close', onOrder(resolvedId)))).toMatchObject({ status: 'closed', checkIn: null, technicianId: null });

    // Not resolved: the short policy's 1 wall-clock hour runs from the outcome; the assignment keeps it.
    const unresolvedId = await phoneOrder();
    await remote(unresolvedId);
    const failedAt = clock.now().getTime();
    const unresolved = await ok(api().POST('/api/v1/work-orders/{id}/remote-attempt-outcome', { ...onOrder(unresolvedId), body: { resolved: false } }));
    const dueAt = new Date(failedAt + 3_600_000).toISOString();
    expect(unresolved).toMatchObject({ status: 'created', remoteAttempt: { state: 'unresolved' }, deadlines: [{ obligation: 'arrival', dueAt, state: 'open' }] });
    clock.advance(30 * 60_000);
    const assigned = await ok(api().POST('/api/v1/work-orders/{id}/assignment', { ...onOrder(unresolvedId), body: { technicianId: 'tech-ok', plannedOn: '2026-03-04' } }));
    expect(assigned.deadlines).toEqual([{ obligation: 'arrival', dueAt, state: 'open' }]);
  });

  it('first-time fix: a second order on the same serial and fault is linked as a revisit; the first fix was not first-time', async () => {
    const order = { region: 'cn-east', customer: { customerId: 'C-9' }, product: { model: 'PX-300', productLine: 'PX-300', serialNumber: 'SN-FTF-1' }, requestedWork: 'Leak', faultCode: 'LEAK-SEAL' };
    const first = await ok(api().POST('/api/v1/work-orders', { body: order }));
    await eventually(async () => (await ok(api().GET('/api/v1/work-orders', { params: { query: {} } }))).items.some((o) => o.workOrderId === first.workOrderId), 'the first order listed');
    const other = await ok(api().POST('/api/v1/work-orders', { body: { ...order, faultCode: 'NOISE' } }));
    expect(other.revisitOf).toBeNull();
    const second = await ok(api().POST('/api/v1/work-orders', { body: order }));
    expect(second).toMatchObject({ revisitOf: first.workOrderId, faultCode: 'LEAK-SEAL', firstTimeFix: true });
    expect(await ok(api().GET('/api/v1/work-orders/{id}', onOrder(first.workOrderId)))).toMatchObject({ firstTimeFix: false, revisits: [second.workOrderId] });
  });
});
