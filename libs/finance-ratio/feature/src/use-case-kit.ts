/** What finance-ratio's use cases share (one import for each use-case file): the HTTP conventions and the documented answers. */
export { ALERT_HANDLERS, CUSTOMER_NOT_FOUND, FinanceEndpoint, IDEMPOTENCY_KEY, PURCHASE_WRITERS, READERS } from './finance-ratio.http';
export { AlertPageResponse, AlertResponse, ImportPurchasesResponse, RatioResponse, RecordPurchasesResponse } from './finance-ratio.response.dto';
