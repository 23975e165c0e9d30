import { Client } from 'pg';
import { signToken } from '@aftersales/platform';

/** A quality case as GET /api/v1/qa/cases lists it (the fields the suites look at). */
export interface QaCaseItem {
  readonly caseId: string;
  readonly complaintId: string | null;
  readonly status: string;
}

/** Stream prefix of QA's quality cases (`qa.case-<caseId>`), and the event each begins with. */
export const QA_CASE_STREAM_PREFIX = 'qa.case-';
export const QUALITY_CASE_OPENED = 'qa.QualityCaseOpened';

/** Talks to the qa service over HTTP as user `qa-<tenant>` with role `qa` (reads every case of the tenant). */
export interface QaClient {
  bearer(tenantId: string): string;
  /** GET /api/v1/qa/cases?complaintId=…: the cases of one complaint (one page of 100). */
  casesOfComplaint(url: string, tenantId: string, complaintId: string): Promise<{ items: QaCaseItem[]; total: number }>;
  /** Every case of the tenant on qa's list read model, page by page (duplicates kept). */
  allCases(url: string, tenantId: string): Promise<QaCaseItem[]>;
  /** GET /api/v1/qa/cases/:id/timeline. */
  timeline(url: string, tenantId: string, caseId: string): Promise<{ events: { type: string }[] }>;
  /** POST /api/v1/qa/cases/:id/<action> with a JSON body: the status and body as answered. */
  act(url: string, tenantId: string, caseId: string, action: string, body: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
}

export function qaClient(secret: string): QaClient {
  const bearer = (tenantId: string) => `Bearer ${signToken(secret, { subject: `qa-${tenantId}`, roles: ['qa'], tenantId })}`;
  const getJson = async <T>(url: string, tenantId: string): Promise<T> => {
    const res = await fetch(url, { headers: { authorization: bearer(tenantId) }, signal: AbortSignal.timeout(10_000) });
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  const page = (url: string, tenantId: string, query: string, n: number) =>
    getJson<{ items: QaCaseItem[]; total: number }>(`${url}/api/v1/qa/cases?${query}pageSize=100&page=${n}`, tenantId);
  return {
    bearer,
    casesOfComplaint: (url, tenantId, complaintId) => page(url, tenantId, `complaintId=${complaintId}&`, 1),
    async allCases(url, tenantId) {
      const items: QaCaseItem[] = [];
      for (let n = 1; ; n++) {
        const body = await page(url, tenantId, '', n);
        items.push(...body.items);
        if (body.items.length < 100) return items;
      }
    },
    timeline: (url, tenantId, caseId) => getJson(`${url}/api/v1/qa/cases/${caseId}/timeline`, tenantId),
    async act(url, tenantId, caseId, action, body) {
      const res = await fetch(`${url}/api/v1/qa/cases/${caseId}/${action}`, {
        method: 'POST',
        headers: { authorization: bearer(tenantId), 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      return { status: res.status, body: await res.json() };
    },
  };
}

/** Per case stream in QA's event store: its tenant, how many events it has, and how many of them are QualityCaseOpened. */
export interface CaseStreamCount {
  readonly tenantId: string;
  readonly events: number;
  readonly opened: number;
  /** Type of the stream's first event (revision order). */
  readonly firstType: string;
}

/**
 * Reads QA's PostgreSQL event table directly (not through its API, nor through the store's
 * readAll, whose visibility bound is the whole cluster's oldest open transaction: intake appending
 * in its own schema could hide QA's committed events for a moment): every `qa.case-` stream with
 * its counts, as committed now.
 */
export async function caseStreamsInStore(schema: string, url: string): Promise<Map<string, CaseStreamCount>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ stream: string; tenant_id: string; events: string; opened: string; first_type: string }>(
      `SELECT stream, min(tenant_id) AS tenant_id, count(*) AS events, count(*) FILTER (WHERE type = $1) AS opened,
              (array_agg(type ORDER BY revision))[1] AS first_type
         FROM ${schema}.events WHERE stream LIKE $2 GROUP BY stream`,
      [QUALITY_CASE_OPENED, `${QA_CASE_STREAM_PREFIX}%`],
    );
    return new Map(rows.map((r) => [r.stream, { tenantId: r.tenant_id, events: Number(r.events), opened: Number(r.opened), firstType: r.first_type }]));
  } finally {
    await client.end();
  }
}
