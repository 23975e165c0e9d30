import { COMPLAINT_STREAM_PREFIX } from './intake/intake-events.v1';
import { QA_CAPA_STREAM_PREFIX, QA_CASE_STREAM_PREFIX, QA_INSPECTION_STREAM_PREFIX } from './qa/qa-events.v1';
import { DISPATCH_WORK_ORDER_STREAM_PREFIX } from './dispatch/dispatch-events.v1';
import { WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX } from './warehouse-returns/warehouse-returns-events.v1';

/**
 * The case files an auditor can ask for (AU-2 evidence bundles, replay): a kind names the stream
 * prefix of the aggregate that is the case; the case's id is the rest of the stream name. A
 * context makes its cases auditable by adding its kind here, with no change to the audit service.
 */
export const CASE_KINDS: Readonly<Record<string, string>> = {
  complaint: COMPLAINT_STREAM_PREFIX,
  'qa-case': QA_CASE_STREAM_PREFIX,
  capa: QA_CAPA_STREAM_PREFIX,
  'return-inspection': QA_INSPECTION_STREAM_PREFIX,
  'work-order': DISPATCH_WORK_ORDER_STREAM_PREFIX,
  'return-request': WAREHOUSE_RETURNS_RETURN_REQUEST_STREAM_PREFIX,
};
