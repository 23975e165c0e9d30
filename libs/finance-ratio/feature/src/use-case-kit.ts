/** What finance-ratio's use cases share (one import for each use-case file): the aggregate, its view and answer, the HTTP conventions. */
export { RATIO_ALERTS, RatioAlertCommandHandler } from './ratio-alert.aggregate';
export type { RatioAlerts } from './ratio-alert.aggregate';
export type { RatioAlertView } from './ratio-alert-view';
export { RatioAlertCommandRoute, RatioAlertEndpoint, HANDLERS, IDEMPOTENCY_KEY, NOT_FOUND, READERS } from './finance-ratio.http';
export { RatioAlertPageResponse, RatioAlertResponseDto, RatioAlertTimelineResponse } from './ratio-alert.response.dto';
