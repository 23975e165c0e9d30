import { ApiError, FieldError, VALIDATION_FAILED } from '@aftersales/platform';
import { PURCHASE_FIELD_CODES } from '../purchases/purchase-fields';
import { isCurrency, parseAmount } from '@aftersales/finance-ratio-domain';

/** A decimal amount of a request as minor units, or a 400 naming the field (a signed amount when `signed`). */
export function minorUnitsOf(field: string, amount: string, currency: string, signed = false, currencyField: string | null = 'currency'): bigint {
  const errors: FieldError[] = [];
  if (currencyField && !isCurrency(currency)) errors.push({ field: currencyField, code: PURCHASE_FIELD_CODES.UNKNOWN_CURRENCY, message: `${currency} is not an ISO 4217 currency` });
  const negative = signed && amount.trim().startsWith('-');
  const parsed = errors.length === 0 ? parseAmount(negative ? amount.trim().slice(1) : amount, currency) : null;
  if (typeof parsed === 'string') errors.push({ field, code: parsed, message: `${field}: ${parsed}` });
  if (errors.length > 0 || typeof parsed !== 'bigint') throw ApiError.badRequest(VALIDATION_FAILED, 'the request is not valid; see fieldErrors', errors);
  return negative ? -parsed : parsed;
}
