/** What finance-ratio's use cases share (one import for each use-case file): the HTTP conventions and the documented answers. */
export { ALERT_HANDLERS, CUSTOMER_NOT_FOUND, FinanceEndpoint, IDEMPOTENCY_KEY, LEDGER_READERS, LEDGER_WRITERS, MANAGERS, PURCHASE_WRITERS, READERS } from './finance-ratio.http';
export {
  AlertPageResponse,
  AlertResponse,
  CostEntryResponse,
  CostReportResponse,
  ImportPurchasesResponse,
  RatioResponse,
  RecordPurchasesResponse,
  RewardPenaltyPageResponse,
  RewardPenaltyResponse,
} from './finance-ratio.response.dto';
