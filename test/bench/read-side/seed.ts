/**
 * Seeds a standalone data dir with complaints through intake's command handler (not HTTP), inside
 * the standalone app booted in this process, so its own relay and QA process manager open the
 * quality cases (QA-1) and its read models see everything, whatever kind they are.
 *
 * Each complaint is registered (IN-1..IN-5 decide its acceptance), acknowledged and forwarded to
 * the supervisor, which meets every intake obligation (IN-7, IN-8); each case QA opens gets QA's
 * opinion, which meets QA-3's first obligation. So no deadline of the seeded data falls due later:
 * a data dir reused next week does not start with a backlog of misses.
 * The repeat lookup (IN-9) is the one read the handler is not given: it reads the read side this
 * bench measures, and the seeding rate should not depend on it (repeatOf is null).
 */
import { mkdirSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import type { ComplaintFacts, IntakePolicy } from '@aftersales/intake-domain';
import type { EventEnvelope, EventStore } from '@aftersales/eventsourcing';
import type { CalendarRegistry } from '@aftersales/calendar';
import type { QaPolicy } from '@aftersales/qa-domain';
import type { Cases } from '@aftersales/qa';
import { Compiled } from './compiled';

export const TENANT = 'acme';
const DAY = 86_400_000;
/** Waiting on the app's background work gives up after this long without progress. */
export const STALL_MS = 300_000;
/** Local dates in the seeded regions' time zone (UTC+8, no DST). */
const localDate = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
const CATEGORIES = ['appearance', 'appearance', 'appearance', 'appearance', 'appearance', 'performance', 'performance', 'performance', 'model_quantity', 'service_attitude'] as const;
const RESOLUTIONS = ['exchange', 'on_site_repair', 'refund', 'exchange'] as const;

export interface SeedResult {
  readonly complaints: number;
  readonly cases: number;
  readonly events: number;
  readonly headPosition: string | null;
  /** The commands and the QA cases, after the app's start (which `bootSeconds` is). */
  readonly seconds: number;
  readonly bootSeconds: number;
  /** Some complaint ids, for the GET measurements. */
  readonly sampleComplaintIds: readonly string[];
  /** Some customer ids that have complaints, for the filtered lists. */
  readonly sampleCustomerIds: readonly string[];
}

/** A varied, valid complaint: customers, serials, models, regions, categories and dates differ. */
export function seededFacts(i: number, now: number, regions: readonly string[]): ComplaintFacts {
  const receivedAt = now - ((i * 7_919) % 330) * DAY - ((i * 104_729) % 86_400) * 1_000;
  const category = CATEGORIES[i % CATEGORIES.length];
  const customer = (i * 31) % 5_000;
  return {
    channel: (['hotline', 'email', 'field_visit', 'hotline'] as const)[i % 4],
    receivedAt: new Date(receivedAt).toISOString(),
    customer: { id: `C-${String(customer).padStart(5, '0')}`, name: `客户 ${customer} 有限公司`, tier: customer % 10 === 0 ? 'key' : 'standard' },
    region: regions[i % regions.length],
    product: {
      model: `PX-${100 + (i % 40)}`,
      serialNumber: `SN-BENCH-${String(i).padStart(8, '0')}`,
      partNumber: null,
      contractNumber: `HT-${2025 + (i % 2)}-${String(i % 997).padStart(4, '0')}`,
      productLine: null,
      component: null,
      partClass: 'main',
    },
    // Mostly reported the day after the goods arrived (in the window), every 7th much later.
    deliveredOn: localDate(receivedAt - (i % 7 === 0 ? 40 : 3) * DAY),
    goodsReceivedOn: localDate(receivedAt - (i % 7 === 0 ? 38 : 1) * DAY),
    shippedQuantity: 10 + (i % 50),
    defectiveQuantity: 1 + (i % 3),
    category,
    severity: i % 20 === 0 ? 'severe' : 'minor',
    defect: { location: 'front panel', nature: ['scratch', 'dent', 'no power', 'noise'][i % 4], firstSeenOn: localDate(receivedAt - DAY), attachments: [`att-${i}`] },
    usedAsInstructed: true,
    suspectedCause: 'unknown',
    requestedResolution: RESOLUTIONS[i % RESOLUTIONS.length],
    description: `批量基准投诉 #${i}：${category}`,
    warrantyCard: null,
    deadOnArrival: null,
    ownerId: null,
  } as ComplaintFacts;
}

/** Runs `work(i)` for i in [0, total) with at most `concurrency` in flight. */
export async function inPool(total: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) await work(next++);
    }),
  );
}

async function countOpened(store: EventStore, after: bigint | null): Promise<{ opened: EventEnvelope[]; last: bigint | null }> {
  const opened: EventEnvelope[] = [];
  let last = after;
  for (;;) {
    const page = await store.readAll({ after: last, maxCount: 1_000, streamPrefixes: ['qa.case-'] });
    if (page.length === 0) return { opened, last };
    opened.push(...page.filter((e) => e.type === 'qa.QualityCaseOpened'));
    last = page[page.length - 1].position;
  }
}

/** Boots the standalone in this process on `dataDir` (created and initialised when new). */
export async function bootInProcess(c: Compiled, dataDir: string, secret: string): Promise<INestApplication> {
  mkdirSync(dataDir, { recursive: true });
  // The longest tick: the scheduler has nothing to do while seeding (see the file's comment).
  const { app } = await c.app.createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: secret, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' });
  await app.init();
  await app.get(c.platform.ProjectionHost).caughtUp();
  return app;
}

export async function seed(c: Compiled, dataDir: string, secret: string, count: number, concurrency: number, progress: (done: number) => void): Promise<SeedResult> {
  const booting = process.hrtime.bigint();
  const app = await bootInProcess(c, dataDir, secret);
  const started = process.hrtime.bigint();
  try {
    const { eventsourcing: es, intakeDomain, platform } = c;
    const store = app.get<EventStore>(es.EVENT_STORE);
    const clock = app.get<{ now(): Date }>(es.CLOCK);
    const loaded = app.get<{ policy: IntakePolicy; digest: string }>(c.intake.INTAKE_POLICY);
    const calendars = app.get<CalendarRegistry>(platform.CALENDARS);
    const cases = app.get<Cases>(c.qa.CASES);
    const qaPolicy = app.get<{ policy: QaPolicy }>(c.qa.QA_POLICY).policy;
    const handler = new es.DeciderCommandHandler(store, intakeDomain.complaintDecider);
    const regions = calendars.regions().filter((r) => r.startsWith('cn-'));
    const now = clock.now().getTime();
    const startHead = await store.headPosition();
    const expectedCases = new Set<string>();
    const sampleComplaintIds: string[] = [];
    const sampleCustomerIds = new Set<string>();
    let done = 0;

    await inPool(count, concurrency, async (i) => {
      const complaintId = es.newEventId();
      const facts = seededFacts(i, now, regions);
      const actor = { id: `cs-${i % 25}`, role: 'customer_service' as const };
      const metadata = { tenantId: TENANT, region: facts.region, actor, correlationId: `bench-seed-${i}` };
      const stream = intakeDomain.complaintStream(complaintId);
      const context = { policy: loaded.policy, policyDigest: loaded.digest, calendar: calendars.forRegion(facts.region) };
      const registered = await handler.handle({
        stream,
        command: { type: 'Register', complaintId, facts, repeatOf: null, registeredBy: actor.id, context },
        metadata,
        now: clock.now(),
        expectedRevision: 'no_stream',
      });
      const decided = registered.events.find((e) => e.type === 'intake.AcceptanceDecided') as { data: { kind: string } } | undefined;
      const kind = decided?.data.kind;
      if ((kind === 'accepted_free' || kind === 'accepted_paid') && c.qaDomain.opensQualityCase(qaPolicy, facts.category, kind === 'accepted_free' ? 'free' : 'paid')) {
        expectedCases.add(complaintId);
      }
      await handler.handle({ stream, command: { type: 'Acknowledge', complaintId, note: null }, metadata, now: clock.now() });
      await handler.handle({ stream, command: { type: 'Forward', complaintId, targets: [{ target: 'supervisor', personId: null }], note: null }, metadata, now: clock.now() });
      if (i % Math.max(1, Math.floor(count / 100)) === 0) sampleComplaintIds.push(complaintId);
      if (i % 97 === 0) sampleCustomerIds.add(facts.customer.id);
      if (++done % 1_000 === 0) progress(done);
    });

    // QA opens the cases from intake's integration events, in the background: wait for every one.
    const opened: EventEnvelope[] = [];
    let last = startHead;
    let progressAt = Date.now();
    while (opened.length < expectedCases.size) {
      const more = await countOpened(store, last);
      opened.push(...more.opened);
      last = more.last;
      if (more.opened.length > 0) progressAt = Date.now();
      else if (Date.now() - progressAt > STALL_MS) throw new Error(`QA opened ${opened.length} of ${expectedCases.size} cases and nothing more for ${STALL_MS / 1000} s`);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await inPool(opened.length, concurrency, async (k) => {
      const event = opened[k];
      const caseId = (event.data as { caseId: string }).caseId;
      await cases.execute({
        id: caseId,
        tenantId: TENANT,
        command: { type: 'RecordOpinion', caseId, opinion: '外观划痕，属运输损伤，按免费更换处理。', now: clock.now() },
        metadata: { tenantId: TENANT, region: event.region, actor: { id: 'qa-1', role: 'qa' }, correlationId: `bench-seed-opinion-${k}` },
        now: clock.now(),
      });
    });
    await app.get(c.platform.RelayHost).caughtUp();
    await app.get(c.platform.ProjectionHost).caughtUp();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // Positions are not consecutive numbers (ADR 002): count the events.
    let events = 0;
    let head = startHead;
    for (;;) {
      const page = await store.readAll({ after: head, maxCount: 1_000 });
      if (page.length === 0) break;
      events += page.length;
      head = page[page.length - 1].position;
    }
    return {
      complaints: count,
      cases: opened.length,
      events,
      headPosition: head === null ? null : head.toString(),
      seconds,
      bootSeconds: Number(started - booting) / 1e9,
      sampleComplaintIds,
      sampleCustomerIds: [...sampleCustomerIds],
    };
  } finally {
    await app.close();
  }
}
