import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { ApiError, CALENDARS } from '@aftersales/platform';
import { FINANCE_RATIO, PurchaseSource } from '@aftersales/finance-ratio-domain';
import { PURCHASE_FIELD_CODES, PurchaseRowValues, checkRow, groupRows } from '../../purchases/purchase-fields';
import { UnreadableFile, formatOf, readPurchaseFile } from '../../purchases/purchase-file';
import { PurchaseRecorder } from '../../purchases/purchase-recorder';
import { ImportPurchases, ImportResult } from './import-purchases.command';

type RowError = ImportResult['rowErrors'][number];

function unreadable(reason: string): ApiError {
  return new ApiError(400, FINANCE_RATIO.UNREADABLE_FILE, `the upload is not a purchase file this import reads (${reason})`, undefined, { reason });
}

/**
 * A CSV or XLSX file of purchase lines (one row per line; the rows of a document repeat its
 * number and fields). Every row is checked first and reported by row, column and code. A file with
 * any bad row records nothing, unless the caller asks for the valid rows only: then every document
 * whose rows are all valid is recorded, and the others are reported.
 */
@CommandHandler(ImportPurchases)
export class ImportPurchasesHandler implements ICommandHandler<ImportPurchases> {
  constructor(
    private readonly recorder: PurchaseRecorder,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, file, validRowsOnly }: ImportPurchases): Promise<ImportResult> {
    if (!file) throw unreadable('no_file');
    const format = formatOf(file.originalname, file.mimetype);
    if (!format) throw unreadable('unknown_format');
    let table: Awaited<ReturnType<typeof readPurchaseFile>>;
    try {
      table = await readPurchaseFile(format, file.buffer);
    } catch (err) {
      if (err instanceof UnreadableFile) throw unreadable(err.reason);
      throw err;
    }
    if (table.headerErrors.length > 0) throw this.rejected([...table.headerErrors], table.rows.length);
    if (table.rows.length === 0) throw unreadable('empty');

    const knowsRegion = (r: string) => this.calendars.hasRegion(r);
    const rowErrors: RowError[] = [];
    const bad = new Set<string>();
    for (const { row, values } of table.rows) {
      const problems = checkRow(values, knowsRegion);
      for (const { column, code } of problems) rowErrors.push({ row, column, code });
      if (problems.length > 0) bad.add(values.document_number.trim());
    }
    // Rows of one document must agree on its fields; a document that disagrees is refused whole.
    const numbered = table.rows.filter((r) => !bad.has(r.values.document_number.trim()));
    const { inconsistencies } = groupRows(numbered.map((r) => r.values));
    for (const { index, column } of inconsistencies) {
      rowErrors.push({ row: numbered[index].row, column, code: PURCHASE_FIELD_CODES.INCONSISTENT_DOCUMENT });
      bad.add(numbered[index].values.document_number.trim());
    }
    if (rowErrors.length > 0 && !validRowsOnly) throw this.rejected(rowErrors, table.rows.length);
    const good: PurchaseRowValues[] = table.rows.filter((r) => !bad.has(r.values.document_number.trim())).map((r) => r.values);
    const documents = good.length === 0 ? [] : await this.recorder.record(caller, groupRows(good).byCustomer, format satisfies PurchaseSource);
    rowErrors.sort((a, b) => a.row - b.row);
    return { documents, rows: table.rows.length, rowErrors };
  }

  private rejected(rowErrors: RowError[], rows: number): ApiError {
    rowErrors.sort((a, b) => a.row - b.row);
    return new ApiError(400, FINANCE_RATIO.IMPORT_REJECTED, `${rowErrors.length} problem(s) in the file; nothing was recorded (see details.rowErrors)`, undefined, { rows, rowErrors });
  }
}
