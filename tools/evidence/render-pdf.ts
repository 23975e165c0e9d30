/**
 * Renders page 1 of an evidence-pack PDF (AU-4) to PNG with poppler's pdftoppm, for a person to look
 * at the Chinese text:
 *   npm run -s evidence:png                           # a sample pack, built here with no server
 *   npm run -s evidence:png -- --pdf pack.pdf         # a pack downloaded from GET /api/v1/audit/evidence/pack?format=pdf
 *   npm run -s evidence:png -- --out /tmp/evidence    # where the PDF and PNG go (default: a new temp dir)
 * Needs pdftoppm (Debian: apt-get install poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RecordEvent, evidencePack, readRecord } from '@aftersales/audit-domain';
import { packPdf } from '../../libs/audit/feature/src/evidence/evidence-files';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A month of a region's record: two complaints, a work order with its sign-off and follow-up, a CAPA. */
function sampleRecord(): RecordEvent[] {
  const base = { region: 'cn-east', actor: { id: 'cs-1', role: 'customer_service' }, policyVersion: null as string | null };
  let n = 0;
  const ev = (stream: string, type: string, occurredAt: string, data: object, policyVersion: string | null = null): RecordEvent => ({ ...base, id: `sample-${++n}`, stream, type, occurredAt, data, policyVersion });
  const C1 = 'intake.complaint-0192f1de-7c1a-7cc2-9a4e-000000000001';
  const C2 = 'intake.complaint-0192f1de-7c1a-7cc2-9a4e-000000000002';
  const W1 = 'dispatch.work-order-0192f1de-7c1a-7cc2-9a4e-000000000003';
  return [
    ev(C1, 'intake.ComplaintRegistered', '2026-03-03T02:00:00.000Z', { complaintId: C1.slice(17), facts: { receivedAt: '2026-03-03T02:00:00.000Z', category: 'appearance', severity: 'minor' }, ownerId: 'cs-1', repeatOf: null, highPriority: false, deadlines: [{ obligation: 'acknowledge', dueAt: '2026-03-03T10:00:00.000Z' }, { obligation: 'report_up', dueAt: '2026-03-04T10:00:00.000Z' }], calendarVersion: 'cn-east@chinese-days@1.5.7' }, 'intake/2026.1'),
    ev(C1, 'intake.ComplaintAcknowledged', '2026-03-03T03:00:00.000Z', { complaintId: C1.slice(17) }),
    ev(C1, 'intake.ComplaintEscalated', '2026-03-04T02:00:00.000Z', { complaintId: C1.slice(17) }),
    ev(C1, 'intake.ComplaintClosed', '2026-03-12T02:00:00.000Z', { complaintId: C1.slice(17), resolutionSummary: '更换面板，客户确认' }),
    ev(C2, 'intake.ComplaintRegistered', '2026-03-16T02:00:00.000Z', { complaintId: C2.slice(17), facts: { receivedAt: '2026-03-16T02:00:00.000Z', category: 'quality', severity: 'major' }, ownerId: 'cs-2', repeatOf: { complaintId: C1.slice(17) }, highPriority: true, deadlines: [{ obligation: 'acknowledge', dueAt: '2026-03-16T10:00:00.000Z' }, { obligation: 'report_up', dueAt: '2026-03-17T10:00:00.000Z' }], calendarVersion: 'cn-east@chinese-days@1.5.7' }, 'intake/2026.1'),
    ev(W1, 'dispatch.WorkOrderCreated', '2026-03-05T01:00:00.000Z', { workOrderId: W1.slice(20), revisitOf: null }),
    ev(W1, 'dispatch.TechnicianAssigned', '2026-03-05T02:00:00.000Z', { workOrderId: W1.slice(20), technicianId: 'tech-7', arrivalDueAt: '2026-03-06T02:00:00.000Z', reassigned: false }),
    ev(W1, 'dispatch.ArrivedOnSite', '2026-03-06T03:00:00.000Z', { workOrderId: W1.slice(20), late: true }),
    ev(W1, 'dispatch.SignedOff', '2026-03-06T06:00:00.000Z', { workOrderId: W1.slice(20), signOff: { kind: 'signed', satisfaction: 4 } }),
    ev('qa.capa-0192f1de-7c1a-7cc2-9a4e-000000000004', 'qa.CapaOpened', '2026-03-08T02:00:00.000Z', { capaId: 'capa-4', caseId: 'case-9', required: true, dueAt: '2026-03-31T16:00:00.000Z', plan: { ownerId: 'qa-1' } }, 'qa/2026.2'),
  ];
}

async function main(): Promise<void> {
  const out = resolve(option('out') ?? mkdtempSync(join(tmpdir(), 'evidence-')));
  mkdirSync(out, { recursive: true });
  const pdf = join(out, 'evidence-pack.pdf');
  const given = option('pdf');
  if (given) copyFileSync(given, pdf);
  else {
    const asOf = '2026-04-06T00:00:00.000Z';
    const period = { key: '2026-03', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' };
    const pack = evidencePack(readRecord(sampleRecord(), asOf), 'cn-east', period, asOf, [
      { nonconformityId: 'nc-1', raisedAt: '2026-03-20T02:00:00.000Z', clause: 'GB/T 27922 5.3', finding: '上门超时未记录原因', status: 'closed', correctiveAction: '派工系统强制填写超时原因', effective: true },
    ]);
    await writeFile(pdf, await packPdf(pack));
  }
  try {
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'evidence-pack-page1')]);
  } catch (err) {
    console.error(`pdftoppm failed (${(err as Error).message}); install poppler-utils (Debian: apt-get install poppler-utils)`);
    process.exit(1);
  }
  console.log(`${pdf}\n${join(out, 'evidence-pack-page1.png')}`);
}

void main();
