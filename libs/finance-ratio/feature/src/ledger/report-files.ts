import ExcelJS from 'exceljs';
import { CostReport, formatMinor } from '@aftersales/finance-ratio-domain';

const HEADER = ['group', 'currency', 'parts', 'labour', 'freight', 'write_off', 'total', 'entries'];

function cells(report: CostReport): (string | number)[][] {
  return report.rows.map((r) => [r.key, r.currency, formatMinor(BigInt(r.parts), r.currency), formatMinor(BigInt(r.labour), r.currency), formatMinor(BigInt(r.freight), r.currency), formatMinor(BigInt(r.writeOff), r.currency), formatMinor(BigInt(r.total), r.currency), r.entries]);
}

function csvField(value: string | number): string {
  const text = String(value);
  // Quoted when needed; a leading =, +, - or @ would be a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The report as CSV: amounts as decimal strings of their currency (exact), one row per group and currency. */
export function costReportCsv(report: CostReport): string {
  return [HEADER, ...cells(report)].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The report as an XLSX workbook (exceljs): amounts as text cells with the currency's decimals, so
 * no spreadsheet float touches them; a totals sheet per currency.
 */
export async function costReportXlsx(report: CostReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('report');
  sheet.addRow([`Quality cost by ${report.groupBy}, ${report.from} to ${report.to}`]);
  sheet.addRow(HEADER);
  for (const row of cells(report)) sheet.addRow(row);
  const totals = workbook.addWorksheet('totals');
  totals.addRow(['currency', 'total', 'entries']);
  for (const t of report.totals) totals.addRow([t.currency, formatMinor(BigInt(t.total), t.currency), t.entries]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
