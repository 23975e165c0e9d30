import { INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { ManualClock } from '@aftersales/eventsourcing';
import { DeadlineSchedulerHost, ProjectionHost, VALIDATION_FAILED, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { complaintBody } from './testing/complaint-body';

/**
 * Certification evidence on the standalone (AU-3..AU-6): the archive schedule generated and a
 * submission recorded, the missing ones flagged by the deadline scheduler; a nonconformity taken to
 * its effectiveness check; the evidence pack of March read from the archive as JSON, CSV, XLSX and a
 * PDF whose Chinese labels come back out of its text; the disclosure without personal data; KPIs.
 */
const SECRET = 'e'.repeat(40);
const token = (roles: string[], subject: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const AUDITOR = token(['auditor'], 'audit-1');
const ADMIN = token(['admin'], 'admin-1');

const REPO = resolve(__dirname, '../../..');

/** The PDF's text, extracted by pdf-parse (pdf.js) in a process of its own (tools/evidence/pdf-text.mjs says why). */
async function pdfText(pdf: Buffer, dir: string): Promise<string> {
  const file = join(dir, 'evidence.pdf');
  writeFileSync(file, pdf);
  return (await promisify(execFile)(process.execPath, [join(REPO, 'tools/evidence/pdf-text.mjs'), file], { cwd: REPO })).stdout;
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A binary body (PDF, XLSX) as a Buffer. */
function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('certification evidence over HTTP (standalone, AU-3..AU-6)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-03T02:00:00.000Z');
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-evidence-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock }));
    await app.init();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('AU-3 generates the expected submissions once, records one, and flags each missing one once', async () => {
    const range = { region: 'cn-east', from: '2026-03-01', to: '2026-04-01' };
    await http().post('/api/v1/audit/archive-submissions/schedule').set('authorization', AUDITOR).send(range).expect(403);
    const bad = await http().post('/api/v1/audit/archive-submissions/schedule').set('authorization', ADMIN).send({ ...range, to: '2027-06-01' }).expect(400);
    expect(bad.body).toMatchObject({ code: VALIDATION_FAILED, fieldErrors: [{ field: 'to', code: 'out_of_range' }] });
    const first = (await http().post('/api/v1/audit/archive-submissions/schedule').set('authorization', ADMIN).send(range).expect(200)).body;
    expect(first.created).toBe(6);
    expect(first.items.map((i: { kind: string; period: { key: string } }) => `${i.kind}:${i.period.key}`)).toContain('work_orders:2026-03');
    expect((await http().post('/api/v1/audit/archive-submissions/schedule').set('authorization', ADMIN).send(range).expect(200)).body.created).toBe(0);

    const workOrders = first.items.find((i: { kind: string }) => i.kind === 'work_orders');
    expect(workOrders).toMatchObject({ status: 'expected', dueAt: '2026-04-02T16:00:00.000Z', scheduleVersion: 'archive-schedule/2026.1', submission: null });
    clock.set('2026-04-01T02:00:00.000Z');
    const submitted = (await http().post(`/api/v1/audit/archive-submissions/${workOrders.archiveSubmissionId}/submit`).set('authorization', ADMIN).send({ document: { title: '2026年3月派工单', reference: 'ARC-2026-03-WO' } }).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'submitted', submission: { submittedBy: 'admin-1', submittedAt: '2026-04-01T02:00:00.000Z', late: false } });
    await http().post(`/api/v1/audit/archive-submissions/${workOrders.archiveSubmissionId}/submit`).set('authorization', ADMIN).send({ document: { title: 'again', reference: 'x' } }).expect(409);

    // Past every due date: the five not submitted are flagged missing, once each.
    clock.set('2026-04-06T00:00:00.000Z');
    await app.get(ProjectionHost).caughtUp();
    const overdue = async () => (await http().get('/api/v1/audit/archive-submissions?region=cn-east&status=expected').set('authorization', AUDITOR).expect(200)).body;
    await eventually(async () => {
      await app.get(DeadlineSchedulerHost).tickAll();
      await app.get(ProjectionHost).caughtUp();
      return (await overdue()).items.every((i: { deadlines: { state: string }[] }) => i.deadlines[0].state === 'missed');
    }, 'the missing submissions flagged');
    expect((await overdue()).total).toBe(5);
  });

  it('AU-4, AU-5, AU-6 evidence of March from the archive: pack as JSON, CSV, XLSX and PDF, disclosure without personal data, KPIs', async () => {
    // Two complaints in March: one acknowledged on time, one never (its acknowledgement missed).
    clock.set('2026-03-03T02:00:00.000Z');
    const ids: string[] = [];
    for (const serial of ['SN-E-1', 'SN-E-2']) {
      const body = complaintBody({ product: { model: 'PX-200', serialNumber: serial } });
      ids.push((await http().post('/api/v1/complaints').set('authorization', CS).send(body).expect(201)).body.complaintId);
    }
    await http().post(`/api/v1/complaints/${ids[0]}/acknowledge`).set('authorization', CS).send({}).expect(200);

    // AU-4: a nonconformity → corrective action → effectiveness check.
    clock.set('2026-03-20T02:00:00.000Z');
    const raised = (await http().post('/api/v1/audit/nonconformities').set('authorization', ADMIN).send({ region: 'cn-east', clause: 'GB/T 27922 5.3', finding: '投诉受理确认超时', severity: 'minor' }).expect(201)).body;
    await http().post(`/api/v1/audit/nonconformities/${raised.nonconformityId}/effectiveness-check`).set('authorization', ADMIN).send({ effective: true, note: 'n' }).expect(409);
    await http().post(`/api/v1/audit/nonconformities/${raised.nonconformityId}/corrective-action`).set('authorization', ADMIN).send({ action: '受理确认加提醒', ownerId: 'ops-1', dueOn: '2026-03-31' }).expect(200);
    const closed = (await http().post(`/api/v1/audit/nonconformities/${raised.nonconformityId}/effectiveness-check`).set('authorization', ADMIN).send({ effective: true, note: '抽查10单' }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', actions: [{ round: 1, check: { effective: true, late: false } }] });

    clock.set('2026-04-06T00:00:00.000Z');
    const pack = async () => (await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-03').set('authorization', AUDITOR).expect(200)).body;
    await eventually(async () => (await pack()).complaints.length === 2 && (await pack()).nonconformities.length === 1, 'the complaints and the nonconformity archived');
    const body = await pack();
    const acknowledgements = body.commitments.filter((c: { kind: string }) => c.kind === 'acknowledge');
    expect(acknowledgements.map((c: { caseStream: string; outcome: string }) => [c.caseStream, c.outcome]).sort()).toEqual([
      [`intake.complaint-${ids[0]}`, 'kept'],
      [`intake.complaint-${ids[1]}`, 'missed'],
    ]);
    expect(body.commitmentSummary.find((s: { kind: string }) => s.kind === 'acknowledge')).toMatchObject({ due: 2, kept: 1, missed: 1 });
    expect(body.versions.map((v: { context: string; kind: string }) => `${v.context}:${v.kind}`)).toEqual(expect.arrayContaining(['intake:policy', 'intake:calendar', 'audit:calendar']));
    expect(body.nonconformities).toEqual([expect.objectContaining({ clause: 'GB/T 27922 5.3', status: 'closed', effective: true })]);

    // The PDF: its text, extracted with a PDF library, holds the Chinese labels; the font is subset.
    const pdf = (await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-03&format=pdf').set('authorization', AUDITOR).buffer(true).parse(binary).expect(200).expect('content-type', 'application/pdf')).body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(400_000);
    const text = await pdfText(pdf, dataDir);
    for (const label of ['认证审核证据包', '服务承诺履行情况', '投诉处理记录', '满意度结果', '纠正预防措施关闭情况', '退货处理记录', '在用政策与日历版本', '审核不符合项及纠正措施', '受理确认', '按时履行', '未履行', '投诉受理确认超时']) {
      expect(text).toContain(label);
    }

    const xlsx = (await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-03&format=xlsx').set('authorization', AUDITOR).buffer(true).parse(binary).expect(200)).body as Buffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['汇总 summary', 'commitments', 'complaints', 'satisfaction', 'capas', 'returns', 'versions', 'nonconformities']);
    expect(workbook.getWorksheet('complaints')?.rowCount).toBe(2 + 2);

    const csv = await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-03&format=csv&section=complaints').set('authorization', AUDITOR).expect(200).expect('content-type', /text\/csv/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^\ufeff?投诉 complaint,受理 received,/);
    expect(csv.text).toContain(ids[1]);

    // AU-5: counts only; no case, person or customer.
    const disclosure = (await http().get('/api/v1/audit/evidence/disclosure?period=2026-03&region=cn-east').set('authorization', AUDITOR).expect(200)).body;
    expect(disclosure.rows.find((r: { kind: string }) => r.kind === 'acknowledge')).toEqual({ period: '2026-03', region: 'cn-east', kind: 'acknowledge', due: 2, keptOnTime: 1, keptLate: 0, missed: 1, defectRate: 0.5 });
    for (const personal of [...ids, 'cs-1', 'C-10086', '华东机械']) expect(JSON.stringify(disclosure)).not.toContain(personal);

    // AU-6: the region's and the complaint owner's KPIs (neither complaint was reported up: 1 of 4 commitments kept).
    const kpis = (await http().get('/api/v1/audit/evidence/kpis?period=2026-03&region=cn-east').set('authorization', AUDITOR).expect(200)).body;
    expect(kpis.rows[0]).toMatchObject({ scope: 'region', key: 'cn-east', timeliness: { numerator: 1, denominator: 4, rate: 0.25 }, repeatRate: { denominator: 2 } });
    expect(kpis.rows.find((r: { scope: string; key: string }) => r.scope === 'person' && r.key === 'cs-1')).toMatchObject({ timeliness: { numerator: 1, denominator: 4 } });
  });

  it('refuses bad input with 4xx and stable codes, and readers other than auditor and admin', async () => {
    const invalid = await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-13').set('authorization', AUDITOR).expect(400);
    expect(invalid.body).toMatchObject({ code: VALIDATION_FAILED, fieldErrors: [expect.objectContaining({ field: 'period' })] });
    const week = await http().get('/api/v1/audit/evidence/kpis?region=nowhere&period=2025-W53').set('authorization', AUDITOR).expect(400);
    expect(week.body.fieldErrors.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual(['region:unknown_region', 'period:invalid_period']);
    await http().get('/api/v1/audit/evidence/pack?region=cn-east&period=2026-03').set('authorization', CS).expect(403);
    await http().post('/api/v1/audit/nonconformities').set('authorization', AUDITOR).send({}).expect(403);
  });
});
