import { PurchaseDocument, isCurrency, isLocalDate, parseAmount } from '@aftersales/finance-ratio-domain';

/**
 * The checks of one purchase field, shared by the JSON batch (fieldErrors by path) and the file
 * import (row errors by row and column), so both refuse the same values with the same codes.
 */

/** The columns of an import file, in the header's words (any order; unknown columns are refused). */
export const PURCHASE_COLUMNS = ['document_number', 'document_date', 'customer_id', 'region', 'contract_number', 'sales_rep_id', 'currency', 'sku', 'quantity', 'unit_price'] as const;
export type PurchaseColumn = (typeof PURCHASE_COLUMNS)[number];
const OPTIONAL: readonly PurchaseColumn[] = ['contract_number', 'sales_rep_id'];

/** The codes of a row error or a field error of a purchase. */
export const PURCHASE_FIELD_CODES = {
  REQUIRED: 'required',
  TOO_LONG: 'too_long',
  INVALID_DATE: 'invalid_date',
  UNKNOWN_CURRENCY: 'unknown_currency',
  UNKNOWN_REGION: 'unknown_region',
  NOT_A_QUANTITY: 'not_a_positive_integer',
  NOT_A_DECIMAL: 'not_a_decimal',
  TOO_MANY_DECIMALS: 'too_many_decimals',
  NEGATIVE: 'negative',
  TOO_LARGE: 'too_large',
  /** Two rows (or documents) with one document number disagree on the document's own fields. */
  INCONSISTENT_DOCUMENT: 'inconsistent_document',
  UNKNOWN_COLUMN: 'unknown_column',
  MISSING_COLUMN: 'missing_column',
} as const;

const MAX_ID = 64;
export const MAX_QUANTITY = 1_000_000;

/** One line as a caller sends it: a unit price as a decimal string of the document's currency. */
export type PurchaseRowValues = Readonly<Record<PurchaseColumn, string>>;

/** The problem of one value of a row, or null; `unit_price` is checked against the row's currency. */
export function checkColumn(column: PurchaseColumn, value: string, row: PurchaseRowValues, knowsRegion: (region: string) => boolean): string | null {
  const v = value.trim();
  if (v === '') return OPTIONAL.includes(column) ? null : PURCHASE_FIELD_CODES.REQUIRED;
  switch (column) {
    case 'document_date':
      return isLocalDate(v) ? null : PURCHASE_FIELD_CODES.INVALID_DATE;
    case 'currency':
      return isCurrency(v) ? null : PURCHASE_FIELD_CODES.UNKNOWN_CURRENCY;
    case 'region':
      return v.length > MAX_ID ? PURCHASE_FIELD_CODES.TOO_LONG : knowsRegion(v) ? null : PURCHASE_FIELD_CODES.UNKNOWN_REGION;
    case 'quantity':
      return /^\d{1,7}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_QUANTITY ? null : PURCHASE_FIELD_CODES.NOT_A_QUANTITY;
    case 'unit_price': {
      if (!isCurrency(row.currency.trim())) return null; // the currency's own error says it
      const minor = parseAmount(v, row.currency.trim());
      return typeof minor === 'bigint' ? null : minor;
    }
    default:
      return v.length > MAX_ID ? PURCHASE_FIELD_CODES.TOO_LONG : null;
  }
}

/** Every problem of a row, by column. */
export function checkRow(row: PurchaseRowValues, knowsRegion: (region: string) => boolean): { column: PurchaseColumn; code: string }[] {
  return PURCHASE_COLUMNS.flatMap((column) => {
    const code = checkColumn(column, row[column] ?? '', row, knowsRegion);
    return code ? [{ column, code }] : [];
  });
}

/** A document's own fields (every row of the document repeats them). */
const DOCUMENT_COLUMNS: readonly PurchaseColumn[] = ['customer_id', 'document_date', 'region', 'contract_number', 'sales_rep_id', 'currency'];

/** The purchase documents of valid rows, by customer: rows of one document number are its lines, in order. */
export interface GroupedRows {
  readonly byCustomer: ReadonlyMap<string, PurchaseDocument[]>;
  /** Rows that disagree with the first row of their document on a document field. */
  readonly inconsistencies: readonly { readonly index: number; readonly column: PurchaseColumn }[];
}

export function groupRows(rows: readonly PurchaseRowValues[]): GroupedRows {
  const documents = new Map<string, { first: PurchaseRowValues; customerId: string; doc: PurchaseDocument & { lines: PurchaseDocument['lines'][number][] } }>();
  const inconsistencies: { index: number; column: PurchaseColumn }[] = [];
  rows.forEach((row, index) => {
    const t = (c: PurchaseColumn) => (row[c] ?? '').trim();
    const number = t('document_number');
    let entry = documents.get(number);
    if (!entry) {
      entry = {
        first: row,
        customerId: t('customer_id'),
        doc: { documentNumber: number, documentDate: t('document_date'), region: t('region'), contractNumber: t('contract_number') || null, salesRepId: t('sales_rep_id') || null, currency: t('currency'), lines: [] },
      };
      documents.set(number, entry);
    } else {
      const first = entry.first;
      const differs = DOCUMENT_COLUMNS.find((c) => (first[c] ?? '').trim() !== t(c));
      if (differs) {
        inconsistencies.push({ index, column: differs });
        return;
      }
    }
    const unitPriceMinor = parseAmount(t('unit_price'), t('currency')) as bigint;
    const quantity = Number(t('quantity'));
    entry.doc.lines.push({ sku: t('sku'), quantity, unitPriceMinor: unitPriceMinor.toString(), amountMinor: (unitPriceMinor * BigInt(quantity)).toString() });
  });
  const byCustomer = new Map<string, PurchaseDocument[]>();
  for (const { customerId, doc } of documents.values()) byCustomer.set(customerId, [...(byCustomer.get(customerId) ?? []), doc]);
  return { byCustomer, inconsistencies };
}
