import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EventEnvelope, newEventId } from '@aftersales/eventsourcing';
import { RECORD_TOPICS, recordTopicOf } from '@aftersales/contracts';
import { PgPoolSqlClient, PostgresDocumentStore, PostgresStores, openPostgresEventStore } from '@aftersales/adapters-postgres';
import { signToken } from '@aftersales/platform';
import { AuditLog, RECORD_GROUP } from '@aftersales/audit';
import { MerkleFrontier, archivedEventOf, eventLeafHash, parseCheckpointText, parseNote, parseVerifierKey, verifyInclusion, verifyNoteSignature } from '@aftersales/verifiable-log';
import { BROKERS, Deployment, PG_URL, describeWithDistributedInfra, freshDeployment } from './support/distributed-env';
import { commitOffsetsAtEnd, committedOffsets, publishToEveryPartition, readTopicWithKafkaJs } from './support/kafka-tools';
import { acknowledgedId, intakeClient } from './support/intake-client';
import { qaClient } from './support/qa-client';
import { caseIdForComplaint } from '@aftersales/qa-domain';
import { RunningService, buildOnce, eventually, startReadyService, stopGracefully } from './support/service-process';

/**
 * Distributed end-to-end of the audit log (AU-1, AU-2; issue 16 "must show"): intake, qa and audit
 * as separate OS processes, each on its own PostgreSQL schema (intake's read models on MongoDB),
 * sharing only the brokers and the JWT secret. Intake and QA relay their full records to
 * `aftersales.<context>.record`; audit archives them into its Merkle log (READ_MODELS=postgres).
 * Audit is killed with SIGKILL while complaints and QA's cases keep coming, then restarted: every
 * event of intake's and QA's stores must be in the archive exactly once, unchanged, with its source,
 * the log dense and consistent, inclusion proofs and `verify` good over the audit HTTP API.
 *
 * The record topics are shared with every other suite on the broker: audit's group starts after
 * the records already there, so its archive holds this deployment's records alone (verify reads
 * each signed intake event back in this intake's store, AUDIT_SOURCE_STORES, and another
 * deployment's record would be one that store never held).
 */
const SECRET = 'distributed-audit-e2e-secret-'.padEnd(48, 'x');
const suffix = Date.now().toString(36);
const tenantId = `audit-${suffix}`;
const intake = intakeClient(SECRET, suffix);
const qa = qaClient(SECRET);
const ORIGIN = 'e2e.example/aftersales-audit';
const admin = `Bearer ${signToken(SECRET, { subject: `admin-${tenantId}`, roles: ['admin'], tenantId })}`;

async function call<T>(method: 'GET' | 'POST', url: string): Promise<T> {
  const res = await fetch(url, { method, headers: { authorization: admin }, signal: AbortSignal.timeout(30_000) });
  if (res.status !== 200) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface Checkpoint {
  readonly size: number;
  readonly root: string;
  readonly note: string;
  readonly verifierKey: string;
}

describeWithDistributedInfra('distributed audit: audit archives intake\'s and QA\'s full records from Kafka, across a kill -9', () => {
  let intakeDeployment: Deployment;
  let qaDeployment: Deployment;
  let auditDeployment: Deployment;
  let intakeStores: PostgresStores;
  let qaStores: PostgresStores;
  let auditStores: PostgresStores;
  let auditReads: { client: PgPoolSqlClient; documents: PostgresDocumentStore; log: AuditLog };
  let keyDir: string;
  const running: RunningService[] = [];

  beforeAll(async () => {
    buildOnce();
    intakeDeployment = freshDeployment(SECRET, 'intake');
    qaDeployment = freshDeployment(SECRET, 'qa', { readModels: 'postgres' });
    auditDeployment = freshDeployment(SECRET, 'audit', { readModels: 'postgres' });
    keyDir = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
    const keyFile = join(keyDir, 'log-signing-key.pem');
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { mode: 0o600 });
    // verify reads intake's events back in intake's own store (read-only); QA's store is not given.
    const sourceStores = { intake: { kind: 'postgres', url: PG_URL, schema: intakeDeployment.schema } };
    Object.assign(auditDeployment.env, { AUDIT_SIGNING_KEY_FILE: keyFile, AUDIT_LOG_ORIGIN: ORIGIN, AUDIT_SOURCE_STORES: JSON.stringify(sourceStores) });
    await commitOffsetsAtEnd(RECORD_GROUP, RECORD_TOPICS, BROKERS);
    // The schemas exist before any process opens them; read back directly for the checks.
    intakeStores = await openPostgresEventStore({ url: PG_URL, schema: intakeDeployment.schema, poolSize: 2 });
    qaStores = await openPostgresEventStore({ url: PG_URL, schema: qaDeployment.schema, poolSize: 2 });
    auditStores = await openPostgresEventStore({ url: PG_URL, schema: auditDeployment.schema, poolSize: 2 });
    const client = PgPoolSqlClient.fromUrl(PG_URL, { max: 2 });
    const documents = new PostgresDocumentStore(client, { schema: auditDeployment.env.READ_MODELS_SCHEMA });
    await documents.ready();
    auditReads = { client, documents, log: new AuditLog(documents) };
  }, 300_000);

  afterAll(async () => {
    await Promise.all(running.splice(0).map((service) => stopGracefully(service, 20_000)));
    await intakeStores?.store.close();
    await qaStores?.store.close();
    await auditStores?.store.close();
    await auditReads?.documents.close();
    await auditReads?.client.close();
    await intakeDeployment?.teardown();
    await qaDeployment?.teardown();
    await auditDeployment?.teardown();
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  }, 120_000);

  const start = (service: 'intake' | 'qa' | 'audit') =>
    startReadyService(service, { intake: intakeDeployment, qa: qaDeployment, audit: auditDeployment }[service].env, running);

  /** Every event of a store (a fresh schema: this deployment's alone). */
  async function eventsOf(stores: PostgresStores): Promise<EventEnvelope[]> {
    const all: EventEnvelope[] = [];
    for (let after = 0n; ; ) {
      const page = await stores.store.readAll({ after, maxCount: 500 });
      all.push(...page);
      if (page.length < 500) return all;
      after = page[page.length - 1].position;
    }
  }

  /** How many of these events the archive holds. */
  async function archivedOf(events: readonly EventEnvelope[]): Promise<number> {
    if (events.length === 0) return 0;
    return auditReads.log.archive.count({ _id: { $in: events.map((e) => e.id) } });
  }

  it('AU-1 AU-2 every event of intake and QA is archived once with its source after audit is killed mid-stream; the log is dense, its proofs and verify hold; the audit process replays a complaint to an instant and answers its case file', async () => {
    const intakeService = await start('intake');
    const qaService = await start('qa');
    const firstAudit = await start('audit');

    // Complaints from 3 clients (QA opens a case for each) until 12 are in and at least 4 came
    // after the kill; before it they hold at 8, so the kill comes while records are flowing.
    const accepted: string[] = [];
    const failures: string[] = [];
    let n = 1;
    let killedAt: number | null = null;
    let killed: () => void = () => undefined;
    const kill = new Promise<void>((resolve) => (killed = resolve));
    const done = () => killedAt !== null && accepted.length >= Math.max(12, killedAt + 4);
    const client = async () => {
      while (!done()) {
        if (killedAt === null && accepted.length >= 8) await kill;
        const result = await intake.register(intakeService.url, tenantId, n++);
        if (result.status !== 201) failures.push(`${result.status} ${JSON.stringify(result.body)}`);
        else accepted.push(acknowledgedId(result));
      }
    };
    const clients = Array.from({ length: 3 }, client);

    // Mid-stream: audit has archived some of intake's events, and more are on their way.
    await eventually(async () => (await archivedOf(await eventsOf(intakeStores))) >= 3, 'audit archiving the first intake events', 60_000, 50);
    firstAudit.process.kill('SIGKILL');
    expect((await firstAudit.exited).signal).toBe('SIGKILL');
    killedAt = accepted.length;
    killed();
    const atKill = { size: await auditReads.log.size(), intake: await archivedOf(await eventsOf(intakeStores)), qa: await archivedOf(await eventsOf(qaStores)) };
    // Records the killed instance archived without committing their offsets: its successor gets them again.
    const committed = await committedOffsets(RECORD_GROUP, recordTopicOf('intake'), BROKERS);
    const archivedIds = new Set((await auditReads.log.entries(0, atKill.size)).map((e) => e._id));
    const redelivered = (await readTopicWithKafkaJs(recordTopicOf('intake'), { brokers: BROKERS })).filter(
      (r) => archivedIds.has(r.headers.id) && BigInt(r.offset) >= (committed.get(r.partition) ?? 0n),
    ).length;
    await Promise.all(clients);
    expect(failures).toEqual([]);

    // QA acts on two of the cases meanwhile: its commands are in its record too.
    let casesOpen = 0;
    await eventually(async () => (casesOpen = (await qa.allCases(qaService.url, tenantId)).length) === accepted.length, `a QA case for each of ${accepted.length} complaints`, 120_000);
    for (const complaintId of accepted.slice(0, 2)) {
      const determined = await qa.act(qaService.url, tenantId, caseIdForComplaint(tenantId, complaintId), 'determination', { responsibility: 'ours', ourCause: 'technical', summary: 'x', evidenceRefs: ['e1'] });
      expect(determined.status).toBe(200);
    }

    const restartedAt = Date.now();
    const secondAudit = await start('audit');
    let intakeEvents: EventEnvelope[] = [];
    let qaEvents: EventEnvelope[] = [];
    await eventually(
      async () => {
        [intakeEvents, qaEvents] = await Promise.all([eventsOf(intakeStores), eventsOf(qaStores)]);
        return (await archivedOf(intakeEvents)) === intakeEvents.length && (await archivedOf(qaEvents)) === qaEvents.length;
      },
      'every event of intake and QA in the archive',
      180_000,
    );
    const caughtUpMs = Date.now() - restartedAt;
    expect(intakeEvents.length).toBeGreaterThan(accepted.length);
    expect(qaEvents.length).toBeGreaterThanOrEqual(accepted.length + 2);

    // The archive: each event once (by id), unchanged, with its source (context, source position).
    const ours = [...intakeEvents.map((e) => ({ e, context: 'intake' })), ...qaEvents.map((e) => ({ e, context: 'qa' }))];
    const entries = new Map((await auditReads.log.archive.find({ _id: { $in: ours.map(({ e }) => e.id) } })).map((entry) => [entry._id, entry]));
    expect(entries.size).toBe(ours.length);
    const wrong = ours.filter(({ e, context }) => {
      const entry = entries.get(e.id);
      return !entry || entry.context !== context || entry.sourcePosition !== e.position.toString() || entry.stream !== e.stream || !isDeepStrictEqual(entry.event, archivedEventOf(e));
    });
    expect(wrong.map(({ e }) => e.id)).toEqual([]);
    // Per stream, archive order is the stream's order (the record is keyed by stream).
    const byStream = new Map<string, number[]>();
    for (const { e } of ours) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), (entries.get(e.id) as { index: number }).index]);
    expect([...byStream].filter(([, idx]) => idx.some((v, i) => i > 0 && v <= idx[i - 1])).map(([s]) => s)).toEqual([]);

    // The log: dense from 0 to its head, nothing past the head (no half batch), each stored leaf
    // the hash of its archived event.
    const checkpoint = await call<Checkpoint>('POST', `${secondAudit.url}/api/v1/audit/log/checkpoints`);
    const size = checkpoint.size;
    expect(size).toBeGreaterThanOrEqual(ours.length);
    expect(await auditReads.log.archive.count({ index: { $gte: size } })).toBe(0);
    const all = await auditReads.log.entries(0, size);
    expect(all.map((e) => e.index)).toEqual(Array.from({ length: size }, (_, i) => i));
    expect(new Set(all.map((e) => e._id)).size).toBe(size);
    const leaves = await auditReads.log.leafHashes(0, size);
    const recomputed = new MerkleFrontier(0);
    all.forEach((entry, i) => {
      const leaf = eventLeafHash(entry.event, entry.canonicalization);
      expect(leaf.equals(leaves[i])).toBe(true);
      recomputed.append(leaf);
    });

    // The signed checkpoint is the root of exactly that archive, signed by the configured key.
    const note = parseNote(checkpoint.note);
    expect(verifyNoteSignature(note, parseVerifierKey(checkpoint.verifierKey))).toBe(true);
    const signed = parseCheckpointText(note.text);
    expect(signed).toMatchObject({ origin: ORIGIN, size });
    expect(recomputed.root().equals(signed.root)).toBe(true);

    // Inclusion proofs over HTTP: the first and last event of each context, those around the kill, and a spread.
    // Only events inside the checkpoint have a proof at its size: the contexts go on appending (QA's
    // consumers, deadlines) after the archive was counted, and such a later event is not yet a leaf.
    // The entry endpoint answers the caller's tenant only: the stores also hold other tenants' (and
    // the platform's) events, which another tenant's admin must not see.
    const inCheckpoint = new Set(all.filter((e) => e.event.tenantId === tenantId).map((e) => e._id));
    const sample = [...new Set([intakeEvents[0], intakeEvents[intakeEvents.length - 1], qaEvents[0], qaEvents[qaEvents.length - 1], ...ours.filter((_, i) => i % 7 === 0).map(({ e }) => e)].map((e) => e.id))].filter((id) => inCheckpoint.has(id));
    expect(sample.length).toBeGreaterThan(3);
    for (const eventId of sample) {
      const entry = await call<{ position: number; treeSize: number; leafHash: string; inclusionProof: string[]; context: string }>('GET', `${secondAudit.url}/api/v1/audit/log/entries/${eventId}?treeSize=${size}`);
      expect(entry.treeSize).toBe(size);
      expect(() => verifyInclusion(entry.position, size, Buffer.from(entry.leafHash, 'base64'), entry.inclusionProof.map((p) => Buffer.from(p, 'base64')), signed.root)).not.toThrow();
    }

    // verify: every signed leaf recomputed from the archive, intake's events from intake's store
    // (AUDIT_SOURCE_STORES) and audit's from its own; QA's store is not given: unreachable, with why.
    type Report = {
      ok: boolean;
      signature: string;
      storedTree: string;
      archive: { checked: number; firstDifference: unknown };
      sources: { checked: number; unreachable: number; complete: boolean; firstDifference: unknown; contexts: { context: string; store: string | null; checked: number; unreachable: number; reason: string | null }[] };
    };
    const verify = () => call<Report>('POST', `${secondAudit.url}/api/v1/audit/log/verify`);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, signature: 'valid', storedTree: 'matches', archive: { checked: size, firstDifference: null }, sources: { firstDifference: null, complete: false } });
    const signedIntake = all.filter((e) => e.context === 'intake');
    const byContext = new Map(report.sources.contexts.map((c) => [c.context, c]));
    expect(byContext.get('intake')).toEqual({ context: 'intake', store: `postgres schema ${intakeDeployment.schema} (intake)`, checked: signedIntake.length, unreachable: 0, reason: null });
    expect(byContext.get('qa')).toMatchObject({ store: null, checked: 0, unreachable: all.filter((e) => e.context === 'qa').length, reason: expect.stringContaining('AUDIT_SOURCE_STORES') });

    // One byte flipped in one of this tenant's intake events, in intake's own table: verify names
    // its archive position, event, stream and context. Restored at once (the servers are shared).
    const mine = signedIntake.filter((e) => e.event.tenantId === tenantId);
    const target = mine[Math.floor(mine.length / 3)];
    const table = `"${intakeDeployment.schema}".events`;
    const [{ region }] = await intakeStores.client.query<{ region: string }>(`SELECT region FROM ${table} WHERE id = $1`, [target._id]);
    const flipped = region.slice(0, -1) + String.fromCharCode(region.charCodeAt(region.length - 1) ^ 1);
    await intakeStores.client.query(`UPDATE ${table} SET region = $2 WHERE id = $1`, [target._id, flipped]);
    let tampered: Report;
    try {
      tampered = await verify();
    } finally {
      await intakeStores.client.query(`UPDATE ${table} SET region = $2 WHERE id = $1`, [target._id, region]);
    }
    expect(tampered).toMatchObject({ ok: false, storedTree: 'matches', archive: { firstDifference: null } });
    expect(tampered.sources.firstDifference).toEqual({
      position: target.index,
      eventId: target._id,
      stream: target.stream,
      context: 'intake',
      sourcePosition: target.sourcePosition,
      reason: 'the event in its source event store does not hash to the signed leaf',
    });
    expect(await verify()).toMatchObject({ ok: true, sources: { firstDifference: null } });

    // AU-2 in distributed mode (ADR 019): the audit process replays a complaint to an instant with
    // intake's own decider and view, and answers its case file across intake and QA.
    const complaintId = accepted[0];
    const cs = `Bearer ${signToken(SECRET, { subject: `cs-${tenantId}`, roles: ['customer_service'], tenantId })}`;
    const acknowledged = await fetch(`${intakeService.url}/api/v1/complaints/${complaintId}/acknowledge`, {
      method: 'POST',
      headers: { authorization: cs, 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'called back' }),
    });
    expect(acknowledged.status).toBe(200);
    const complaintStream = `intake.complaint-${complaintId}`;
    let own: EventEnvelope[] = [];
    await eventually(
      async () => {
        own = (await eventsOf(intakeStores)).filter((e) => e.stream === complaintStream);
        return own.some((e) => e.type === 'intake.ComplaintAcknowledged') && (await archivedOf(own)) === own.length;
      },
      'the acknowledgement archived',
      60_000,
    );
    const answered = (await (await fetch(`${intakeService.url}/api/v1/complaints/${complaintId}`, { headers: { authorization: cs } })).json()) as Record<string, unknown>;
    const beforeAck = own[own.length - 2].occurredAt;
    const replayAt = (at: string) => call<{ eventsApplied: number; view: Record<string, unknown> | null }>('GET', `${secondAudit.url}/api/v1/audit/cases/complaint/${complaintId}/replay?at=${encodeURIComponent(at)}`);
    const [then, now] = [await replayAt(beforeAck), await replayAt(new Date().toISOString())];
    expect(then.eventsApplied).toBe(own.filter((e) => e.occurredAt <= beforeAck).length);
    expect(then.eventsApplied).toBeLessThan(own.length);
    expect(now.eventsApplied).toBe(own.length);
    expect(then.view?.status).not.toEqual(now.view?.status);
    // Now, the replay in the audit process equals what intake's own API answers.
    const shared = Object.keys(answered).filter((key) => now.view !== null && key in now.view);
    expect(shared).toEqual(expect.arrayContaining(['complaintId', 'status', 'region', 'receivedAt']));
    for (const key of shared) expect({ [key]: now.view?.[key] }).toEqual({ [key]: answered[key] });
    const file = await call<{ summary: { contexts: string[] }; deadlines: { context: string; obligation: string; state: string }[] }>('GET', `${secondAudit.url}/api/v1/audit/cases/complaint/${complaintId}/file`);
    expect(file.summary.contexts).toEqual(expect.arrayContaining(['intake', 'qa']));
    expect(file.deadlines).toContainEqual(expect.objectContaining({ context: 'intake', obligation: 'acknowledge', state: 'met' }));

    // A record delivered again is a no-op: a copy of an archived intake event on every partition of
    // intake's record topic, each followed (same partition, so in order) by a probe event that is new.
    const again = intakeEvents[0];
    const before = { size: await auditReads.log.size(), index: entries.get(again.id)?.index };
    const copies = await publishToEveryPartition(recordTopicOf('intake'), () => ({ key: again.stream, event: again }), BROKERS);
    const probes = await publishToEveryPartition(
      recordTopicOf('intake'),
      (partition) => ({ key: again.stream, event: { ...again, id: newEventId(), stream: `intake.audit-probe-${suffix}-${partition}`, revision: 1n } }),
      BROKERS,
    );
    expect(probes.map((p) => p.partition)).toEqual(copies.map((c) => c.partition));
    await eventually(async () => (await archivedOf(probes.map((p) => p.message.event))) === probes.length, 'the probe records archived', 60_000);
    expect(await auditReads.log.archive.count({ _id: again.id })).toBe(1);
    expect((await auditReads.log.entry(again.id))?.index).toBe(before.index);
    // What the log gained meanwhile: the probes, and events new to intake's, QA's and audit's stores
    // (reactions still under way, the reads of the audit API recorded), nothing else.
    const stored = new Set([...(await eventsOf(intakeStores)), ...(await eventsOf(qaStores)), ...(await eventsOf(auditStores))].map((e) => e.id));
    const probeIds = new Set(probes.map((p) => p.message.event.id));
    const gained = await auditReads.log.entries(before.size, await auditReads.log.size());
    expect(gained.filter((e) => !probeIds.has(e._id) && !(stored.has(e._id) && !entries.has(e._id))).map((e) => e._id)).toEqual([]);

    console.info(
      `distributed audit: ${accepted.length} complaints (${killedAt} in when audit was killed, ${casesOpen} QA cases); at the kill the log held ${atKill.size} events ` +
        `(${atKill.intake} of intake's, ${atKill.qa} of QA's; ${redelivered} of them archived but not committed, so delivered again); after the restart all ${intakeEvents.length} intake and ${qaEvents.length} QA events archived once ` +
        `within ${caughtUpMs} ms; ${copies.length} copies of an archived record added nothing; log size ${size}, ${sample.length} inclusion proofs and verify (${report.archive.checked} leaves, ${report.sources.checked} read back at intake's and audit's stores) good; ` +
        `a flipped byte in intake's store named at position ${target.index}`,
    );
  }, 420_000);
});
