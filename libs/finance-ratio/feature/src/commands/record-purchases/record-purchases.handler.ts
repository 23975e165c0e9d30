import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { CalendarRegistry } from '@aftersales/calendar';
import { ApiError, CALENDARS, FieldError, VALIDATION_FAILED } from '@aftersales/platform';
import { PURCHASE_FIELD_CODES, PurchaseColumn, PurchaseRowValues, checkRow, groupRows } from '../../purchases/purchase-fields';
import { DocumentOutcome, PurchaseRecorder } from '../../purchases/purchase-recorder';
import { RecordPurchases } from './record-purchases.command';
import { PurchaseDocumentDto } from './record-purchases.request.dto';

/** The JSON field of each checked column. */
const FIELD_OF: Record<PurchaseColumn, string> = {
  document_number: 'documentNumber',
  document_date: 'documentDate',
  customer_id: 'customerId',
  region: 'region',
  contract_number: 'contractNumber',
  sales_rep_id: 'salesRepId',
  currency: 'currency',
  sku: 'sku',
  quantity: 'quantity',
  unit_price: 'unitPrice',
};
const LINE_COLUMNS: readonly PurchaseColumn[] = ['sku', 'quantity', 'unit_price'];

function rowsOf(document: PurchaseDocumentDto): PurchaseRowValues[] {
  return document.lines.map((line) => ({
    document_number: document.documentNumber,
    document_date: document.documentDate,
    customer_id: document.customerId,
    region: document.region,
    contract_number: document.contractNumber ?? '',
    sales_rep_id: document.salesRepId ?? '',
    currency: document.currency,
    sku: line.sku,
    quantity: String(line.quantity),
    unit_price: line.unitPrice,
  }));
}

/**
 * A batch of purchase documents (FR-1's denominator): every document checked first (currency,
 * amounts exact in its minor units, region), and nothing recorded when any is refused (400 with
 * each offending field's path); then recorded per customer, idempotent by document number.
 */
@CommandHandler(RecordPurchases)
export class RecordPurchasesHandler implements ICommandHandler<RecordPurchases> {
  constructor(
    private readonly recorder: PurchaseRecorder,
    @Inject(CALENDARS) private readonly calendars: CalendarRegistry,
  ) {}

  async execute({ caller, request }: RecordPurchases): Promise<DocumentOutcome[]> {
    const knowsRegion = (r: string) => this.calendars.hasRegion(r);
    const errors: FieldError[] = [];
    const rows: PurchaseRowValues[] = [];
    const lineOfRow: { d: number; l: number }[] = [];
    request.documents.forEach((document, d) => {
      const documentErrors = new Set<string>();
      rowsOf(document).forEach((row, l) => {
        for (const { column, code } of checkRow(row, knowsRegion)) {
          const field = LINE_COLUMNS.includes(column) ? `documents[${d}].lines[${l}].${FIELD_OF[column]}` : `documents[${d}].${FIELD_OF[column]}`;
          if (documentErrors.has(field)) continue;
          documentErrors.add(field);
          errors.push({ field, code, message: `${FIELD_OF[column]}: ${code}` });
        }
        rows.push(row);
        lineOfRow.push({ d, l });
      });
    });
    if (errors.length === 0) {
      const { byCustomer, inconsistencies } = groupRows(rows);
      // One document number sent twice in a batch must say the same (else which one counts?).
      for (const { index, column } of inconsistencies) {
        const { d } = lineOfRow[index];
        const field = `documents[${d}].${FIELD_OF[column]}`;
        if (!errors.some((e) => e.field === field)) errors.push({ field, code: PURCHASE_FIELD_CODES.INCONSISTENT_DOCUMENT, message: `document ${rows[index].document_number} is sent twice with different ${FIELD_OF[column]}` });
      }
      if (errors.length === 0) return this.recorder.record(caller, byCustomer, 'api');
    }
    throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', errors);
  }
}
