import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { PURCHASE_COLUMNS, PURCHASE_FIELD_CODES, PurchaseColumn, PurchaseRowValues } from './purchase-fields';

/** The most rows one file may hold (the import is decided in one request). */
export const MAX_IMPORT_ROWS = 20_000;

export type FileFormat = 'csv' | 'xlsx';

/** A file that is not a table this import reads: its reason, stable. */
export class UnreadableFile extends Error {
  constructor(readonly reason: 'not_csv' | 'not_xlsx' | 'empty' | 'too_many_rows' | 'unknown_format') {
    super(`the file cannot be read: ${reason}`);
  }
}

/** Rows as text by column name, numbered as a spreadsheet shows them (the header is row 1). */
export interface FileRows {
  readonly rows: readonly { readonly row: number; readonly values: PurchaseRowValues }[];
  readonly headerErrors: readonly { readonly row: number; readonly column: string; readonly code: string }[];
}

/** The format by file name or media type: `.csv`/`text/csv`, `.xlsx`/the OOXML type. */
export function formatOf(fileName: string, mediaType: string): FileFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || mediaType === 'text/csv') return 'csv';
  if (name.endsWith('.xlsx') || mediaType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  return null;
}

export async function readPurchaseFile(format: FileFormat, content: Buffer): Promise<FileRows> {
  const table = format === 'csv' ? readCsv(content) : await readXlsx(content);
  if (table.length === 0) throw new UnreadableFile('empty');
  if (table.length - 1 > MAX_IMPORT_ROWS) throw new UnreadableFile('too_many_rows');
  const header = table[0].map((h) => h.trim().toLowerCase());
  const headerErrors: FileRows['headerErrors'][number][] = [];
  header.forEach((name) => {
    if (name !== '' && !(PURCHASE_COLUMNS as readonly string[]).includes(name)) headerErrors.push({ row: 1, column: name, code: PURCHASE_FIELD_CODES.UNKNOWN_COLUMN });
  });
  for (const column of PURCHASE_COLUMNS) {
    if (!header.includes(column) && column !== 'contract_number' && column !== 'sales_rep_id') headerErrors.push({ row: 1, column, code: PURCHASE_FIELD_CODES.MISSING_COLUMN });
  }
  const rows = table.slice(1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const values = Object.fromEntries(PURCHASE_COLUMNS.map((c) => [c, cells[header.indexOf(c)] ?? ''])) as Record<PurchaseColumn, string>;
    return [{ row: i + 2, values }];
  });
  return { rows, headerErrors };
}

function readCsv(content: Buffer): string[][] {
  try {
    return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch {
    throw new UnreadableFile('not_csv');
  }
}

/** The first worksheet's cells as text: numbers as written (a price typed as 12.3 reads "12.3"), dates as YYYY-MM-DD. */
async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('not_xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('empty');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value && value.result !== undefined) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    return '';
  }
  return String(value);
}
