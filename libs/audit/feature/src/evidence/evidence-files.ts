import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { CommitmentKind, CommitmentOutcome, DisclosureRow, EvidencePack, KpiRow, Ratio } from '@aftersales/audit-domain';

/**
 * The evidence pack (AU-4), the disclosure (AU-5) and the KPIs (AU-6) as files: CSV, XLSX (exceljs)
 * and PDF (pdfkit). Labels are Chinese with the English beside them; the PDF embeds Noto Sans SC
 * from the npm package @embedpdf/fonts-sc (no system font assumed, nothing fetched), subset by
 * pdfkit to the glyphs the document uses.
 */

export const EVIDENCE_SECTIONS = ['commitments', 'complaints', 'satisfaction', 'capas', 'returns', 'versions', 'nonconformities'] as const;
export type EvidenceSection = (typeof EVIDENCE_SECTIONS)[number];

export const LABELS = {
  title: '认证审核证据包 Certification evidence pack',
  region: '区域 Region',
  period: '期间 Period',
  asOf: '统计时间 As of',
  summary: '服务承诺汇总 Commitments summary',
  commitments: '服务承诺履行情况 Commitments and whether they were kept',
  complaints: '投诉处理记录 Complaint handling records',
  satisfaction: '满意度结果 Satisfaction results',
  capas: '纠正预防措施关闭情况 CAPA closure',
  returns: '退货处理记录 Return handling records',
  versions: '在用政策与日历版本 Policy and calendar versions in force',
  nonconformities: '审核不符合项及纠正措施 Audit nonconformities and corrective actions',
  disclosure: '服务缺陷公示 Service defect disclosure',
  kpis: '服务质量指标 Service KPIs',
} as const;

export const KIND_LABELS: Record<CommitmentKind, string> = { acknowledge: '受理确认', report_up: '上报', arrival: '上门到达', follow_up: '回访', return_note: '退货单' };
export const OUTCOME_LABELS: Record<CommitmentOutcome, string> = { kept: '按时履行', late: '逾期履行', missed: '未履行', open: '未到期', cancelled: '已撤销' };

type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly (string | number | boolean | null)[])[] };

const yes = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

function sectionTable(pack: EvidencePack, section: EvidenceSection): Table {
  switch (section) {
    case 'commitments':
      return {
        header: ['承诺 kind', '案件 case', '开始 opened', '期限 due', '履行 met', '结果 outcome', '责任人 responsible', '班组 team', '政策版本 policy'],
        rows: pack.commitments.map((c) => [`${KIND_LABELS[c.kind]} ${c.kind}`, c.caseStream, c.openedAt, c.dueAt, c.metAt, `${OUTCOME_LABELS[c.outcome]} ${c.outcome}`, c.responsibleId, c.team, c.policyVersion]),
      };
    case 'complaints':
      return {
        header: ['投诉 complaint', '受理 received', '类别 category', '严重度 severity', '优先 priority', '重复 repeat', '负责人 owner', '受理结论 acceptance', '确认 acknowledged', '升级 escalations', '状态 status', '结束 ended', '处理结果 resolution'],
        rows: pack.complaints.map((c) => [c.complaintId, c.receivedAt, c.category, c.severity, yes(c.highPriority), yes(c.repeat), c.ownerId, c.acceptance, c.acknowledgedAt, c.escalations, c.status, c.endedAt, c.resolution]),
      };
    case 'satisfaction':
      return {
        header: ['工单 work order', '来源 source', '时间 at', '满意度 score', '结果 outcome', '引发投诉 opens complaint', '技师 technician', '班组 team'],
        rows: pack.satisfaction.map((s) => [s.workOrderId, s.source === 'sign_off' ? '签收 sign_off' : '回访 follow_up', s.at, s.satisfaction, s.outcome, yes(s.opensComplaint), s.technicianId, s.team]),
      };
    case 'capas':
      return {
        header: ['CAPA', '质量案件 case', '开启 opened', '期限 due', '必需 required', '负责人 owner', '验证 verifications', '通过 passed', '逾期 overdue', '关闭 closed', '按时关闭 on time'],
        rows: pack.capas.map((c) => [c.capaId, c.caseId, c.openedAt, c.dueAt, yes(c.required), c.ownerId, c.verifications, c.passedVerifications, yes(c.overdue), c.closedAt, yes(c.closedOnTime)]),
      };
    case 'returns':
      return {
        header: ['退货 return', '客户 customer', '原因 reason', '来源 source', '质量案件 case', '申请 opened', '状态 status', '拒绝 refusal', '批准 approved', '检验 inspection', '入库单 receipt note', '入库 booked', '数量 quantity', '费用承担 costs borne by', '退货单寄出 return note sent'],
        rows: pack.returns.map((r) => [r.returnRequestId, r.customerId, r.reason, r.source, r.caseId, r.openedAt, r.status, r.refusal ? `${r.refusal.kind}: ${r.refusal.explanation}` : null, r.approvedAt, r.inspection, r.receiptNoteNumber, r.bookedAt, r.bookedQuantity, r.costsBorneBy, r.returnNoteSentAt]),
      };
    case 'versions':
      return {
        header: ['上下文 context', '类型 kind', '版本 version', '事件数 events', '首次 first seen', '最后 last seen'],
        rows: pack.versions.map((v) => [v.context, v.kind === 'policy' ? '政策 policy' : '日历 calendar', v.version, v.events, v.firstSeen, v.lastSeen]),
      };
    case 'nonconformities':
      return {
        header: ['不符合项 nonconformity', '提出 raised', '条款 clause', '发现 finding', '状态 status', '纠正措施 corrective action', '有效 effective'],
        rows: pack.nonconformities.map((n) => [n.nonconformityId, n.raisedAt, n.clause, n.finding, n.status, n.correctiveAction, yes(n.effective)]),
      };
  }
}

function summaryTable(pack: EvidencePack): Table {
  return {
    header: ['承诺 kind', '到期 due', '按时 kept', '逾期 late', '未履行 missed', '未到期 open', '撤销 cancelled'],
    rows: pack.commitmentSummary.map((s) => [`${KIND_LABELS[s.kind]} ${s.kind}`, s.due, s.kept, s.late, s.missed, s.open, s.cancelled]),
  };
}

const pct = (r: Ratio | null) => (r === null || r.rate === null ? '' : `${(r.rate * 100).toFixed(2)}% (${r.numerator}/${r.denominator})`);

export function disclosureTable(rows: readonly DisclosureRow[]): Table {
  return {
    header: ['期间 period', '区域 region', '承诺 kind', '到期 due', '按时 kept on time', '逾期 kept late', '未履行 missed', '缺陷率 defect rate'],
    rows: rows.map((r) => [r.period, r.region, `${KIND_LABELS[r.kind]} ${r.kind}`, r.due, r.keptOnTime, r.keptLate, r.missed, r.defectRate]),
  };
}

export function kpiTable(rows: readonly KpiRow[]): Table {
  return {
    header: ['范围 scope', '对象 key', '及时率 timeliness', '重复率 repeat rate', '满意度 satisfaction', '评分数 scores', '投诉率 complaint rate', '调换率 exchange ratio'],
    rows: rows.map((r) => [r.scope, r.key, pct(r.timeliness), pct(r.repeatRate), r.satisfaction.mean, r.satisfaction.scores, pct(r.complaintRate), pct(r.exchangeRatio)]),
  };
}

/** A text cell a spreadsheet would take for a formula (=, +, -, @ leading, not a number) is quoted with `'` (CSV injection). */
function safeText(value: string): string {
  return /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
}

/** A table as CSV (csv-stringify; RFC 4180 quoting), with a UTF-8 byte-order mark so spreadsheets read the Chinese. */
export function tableCsv(table: Table): Buffer {
  const text = stringify([table.header as string[], ...table.rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'string' ? safeText(v) : String(v))))], { record_delimiter: '\r\n' });
  return Buffer.from(`\ufeff${text}`, 'utf8');
}

export function packSectionCsv(pack: EvidencePack, section: EvidenceSection): Buffer {
  return tableCsv(sectionTable(pack, section));
}

/** The pack as a workbook: a summary sheet, then a sheet per section. */
export async function packXlsx(pack: EvidencePack): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总 summary');
  summary.addRow([LABELS.title]);
  summary.addRow([LABELS.region, pack.region]);
  summary.addRow([LABELS.period, `${pack.period.key} (${pack.period.from} – ${pack.period.to})`]);
  summary.addRow([LABELS.asOf, pack.asOf]);
  summary.addRow([]);
  const s = summaryTable(pack);
  summary.addRow([...s.header]);
  for (const row of s.rows) summary.addRow([...row]);
  for (const section of EVIDENCE_SECTIONS) {
    const sheet = workbook.addWorksheet(section);
    const t = sectionTable(pack, section);
    sheet.addRow([LABELS[section]]);
    sheet.addRow([...t.header]);
    for (const row of t.rows) sheet.addRow(row.map((v) => (v === null ? '' : v)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function tableXlsx(title: string, table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('report');
  sheet.addRow([title]);
  sheet.addRow([...table.header]);
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? '' : v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- PDF ----

let fontBytes: Buffer | undefined;
/** Noto Sans SC Regular (OFL), from @embedpdf/fonts-sc: read once per process. */
export function cjkFont(): Buffer {
  if (!fontBytes) {
    const pkg = dirname(require.resolve('@embedpdf/fonts-sc'));
    fontBytes = readFileSync(join(pkg, '..', 'fonts', 'NotoSansHans-Regular.otf'));
  }
  return fontBytes;
}

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 36;

function pdfTable(doc: PDFKit.PDFDocument, title: string, table: Table): void {
  const width = A4_LANDSCAPE.width - 2 * MARGIN;
  const columns = table.header.length;
  const colWidth = width / columns;
  const line = (cells: readonly string[], size: number) => {
    doc.fontSize(size);
    const height = Math.max(...cells.map((c) => doc.heightOfString(c, { width: colWidth - 4 }))) + 4;
    if (doc.y + height > A4_LANDSCAPE.height - MARGIN) doc.addPage();
    const y = doc.y;
    cells.forEach((c, i) => doc.text(c, MARGIN + i * colWidth, y, { width: colWidth - 4 }));
    doc.x = MARGIN;
    doc.y = y + height;
  };
  if (doc.y > A4_LANDSCAPE.height - MARGIN - 60) doc.addPage();
  doc.moveDown(0.6).fontSize(12).text(title, MARGIN, doc.y);
  doc.moveDown(0.2);
  line(table.header, 7.5);
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(0.5).stroke();
  doc.y += 3;
  if (table.rows.length === 0) line(['（无 none）'], 7.5);
  for (const row of table.rows) line(row.map((v) => (v === null ? '' : String(v))), 7);
}

function renderPdf(build: (doc: PDFKit.PDFDocument) => void, info: { Title: string; Subject: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { ...info, Creator: 'aftersales audit' } });
  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

// rule AU-4: the evidence pack as a PDF whose Chinese renders with an embedded CJK font
export function packPdf(pack: EvidencePack): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      doc.fontSize(18).text(LABELS.title);
      doc.fontSize(10).text(`${LABELS.region}: ${pack.region}    ${LABELS.period}: ${pack.period.key} (${pack.period.from} – ${pack.period.to})    ${LABELS.asOf}: ${pack.asOf}`);
      pdfTable(doc, LABELS.summary, summaryTable(pack));
      for (const section of EVIDENCE_SECTIONS) pdfTable(doc, LABELS[section], sectionTable(pack, section));
    },
    { Title: `${LABELS.title} ${pack.region} ${pack.period.key}`, Subject: 'AU-4' },
  );
}
