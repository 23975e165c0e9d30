import { signToken } from '@aftersales/platform';

/** What POST /api/v1/complaints answered: the id when acknowledged (2xx), and intake's acceptance decision. */
export interface Registration {
  readonly status: number;
  readonly complaintId: string | null;
  /** `acceptance.kind` of the response (e.g. `accepted_free`), null when not acknowledged. */
  readonly acceptance: string | null;
  /** The response body as JSON. */
  readonly body: Record<string, unknown>;
}

/** The complaint as GET /api/v1/complaints/:id shows it, with QA's outcome (null before QA opened a case). */
export interface ComplaintWithQa {
  readonly complaintId: string;
  readonly qa: { readonly caseId: string; readonly status: string; readonly responsibility: string | null; readonly disposition: string | null } | null;
}

/**
 * Talks to intake over HTTP as the distributed suites do: tokens signed with the deployment's
 * JWT secret, one tenant per test, and complaint fixtures whose serial numbers carry `suffix`.
 */
export interface IntakeClient {
  /** `Bearer <token>` of user `cs-<tenant>` with these roles. */
  bearer(tenantId: string, roles?: readonly string[]): string;
  /** A complaint received now, for goods that arrived yesterday (well inside every window): accepted free. */
  complaint(n: number): Record<string, unknown>;
  /** POSTs complaint(n); rejects only when the request itself fails (connection, timeout). */
  register(url: string, tenantId: string, n: number): Promise<Registration>;
  /** Every complaint id on intake's list read model (Mongo) for a tenant, page by page, duplicates kept. */
  listedComplaintIds(url: string, tenantId: string): Promise<string[]>;
  /** GET /api/v1/complaints/:id. */
  complaintById(url: string, tenantId: string, complaintId: string): Promise<ComplaintWithQa>;
}

export function intakeClient(secret: string, suffix: string): IntakeClient {
  const bearer = (tenantId: string, roles: readonly string[] = ['customer_service']) =>
    `Bearer ${signToken(secret, { subject: `cs-${tenantId}`, roles: [...roles] as never, tenantId })}`;

  const complaint = (n: number): Record<string, unknown> => {
    const day = (offsetDays: number) => new Date(Date.now() - offsetDays * 86_400_000).toISOString().slice(0, 10);
    return {
      channel: 'hotline',
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
      customer: { id: `C-${n}`, name: '华东机械有限公司', tier: 'standard' },
      region: 'cn-east',
      product: { model: 'PX-200', serialNumber: `SN-${suffix}-${n}`, contractNumber: 'HT-2026-0042' },
      deliveredOn: day(2),
      goodsReceivedOn: day(1),
      shippedQuantity: 10,
      defectiveQuantity: 1,
      category: 'appearance',
      defect: { location: 'front panel', nature: 'scratch', firstSeenOn: day(1), attachments: [] },
      usedAsInstructed: true,
      requestedResolution: 'on_site_repair',
      description: `distributed e2e complaint ${n}`,
    };
  };

  return {
    bearer,
    complaint,
    async register(url, tenantId, n) {
      const res = await fetch(`${url}/api/v1/complaints`, {
        method: 'POST',
        // A new connection each time: a POST is not retried, and one sent on a pooled socket the
        // service is just closing at its 5 s keep-alive fails with "other side closed" (a test waits
        // longer than that between registrations, e.g. while it stops Kafka).
        headers: { authorization: bearer(tenantId), 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify(complaint(n)),
        signal: AbortSignal.timeout(20_000),
      });
      const body = (await res.json()) as Record<string, unknown> & { complaintId?: string; acceptance?: { kind?: string } };
      return { status: res.status, complaintId: res.ok ? (body.complaintId ?? null) : null, acceptance: res.ok ? (body.acceptance?.kind ?? null) : null, body };
    },
    async listedComplaintIds(url, tenantId) {
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const res = await fetch(`${url}/api/v1/complaints?pageSize=100&page=${page}`, { headers: { authorization: bearer(tenantId, ['admin']) } });
        if (res.status !== 200) throw new Error(`list answered ${res.status}: ${await res.text()}`);
        const body = (await res.json()) as { items: { complaintId: string }[]; total: number };
        ids.push(...body.items.map((i) => i.complaintId));
        if (body.items.length < 100) return ids;
      }
    },
    async complaintById(url, tenantId, complaintId) {
      const res = await fetch(`${url}/api/v1/complaints/${complaintId}`, { headers: { authorization: bearer(tenantId) }, signal: AbortSignal.timeout(10_000) });
      if (res.status !== 200) throw new Error(`GET complaint ${complaintId} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as ComplaintWithQa;
    },
  };
}

export function acknowledgedId(result: Pick<Registration, 'status' | 'complaintId'>): string {
  if (!result.complaintId) throw new Error(`complaint not acknowledged (status ${result.status})`);
  return result.complaintId;
}
