import { INestApplication } from '@nestjs/common';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_STORE, DocumentStore, EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { ARCHIVE_COLLECTION, ArchiveEntry } from '@aftersales/audit';
import { ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { SIGNATURE_TYPE, cosignCheckpoint, parseCheckpointText, parseNote, parseVerifierKey, signerVerifierKey, verifyConsistency, verifyInclusion, verifyNoteSignature } from '@aftersales/verifiable-log';
import { createStandaloneApp } from './app';
import { registration } from './testing/complaint-body';
import { apiClient, baseUrlOf, ok } from './testing/client/client';
import { verifyOffline } from './testing/verify-offline';
import { auditCli } from './testing/audit-cli';

/**
 * The audit log over HTTP on the standalone app (AU-1, AU-2): checkpoints signed on demand, an
 * archived event with its inclusion proof (the read recorded), consistency between checkpoints,
 * a witness's offline cosignature, verify (in one request and in the background), and who may do which.
 */
const SECRET = 'a'.repeat(40);
const token = (roles: string[], subject: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const AUDITOR = token(['auditor'], 'audit-1');
const ADMIN = token(['admin'], 'admin-1');

/** Null while the case is not in the archive yet (404 AUDIT.CASE_NOT_ARCHIVED: the archive follows the store asynchronously). */
async function unlessNotArchived<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof Error && err.message.includes('AUDIT.CASE_NOT_ARCHIVED')) return null;
    throw err;
  }
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('audit log over HTTP (standalone)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-03T02:00:00.000Z');
  const witness = { name: 'cert-body.example/witness', privateKey: generateKeyPairSync('ed25519').privateKey };
  const api = (auth: string) => apiClient(baseUrlOf(app), auth);
  const store = () => app.get<EventStore>(EVENT_STORE);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-audit-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp(
      {
        DATA_DIR: dataDir,
        JWT_SECRET: SECRET,
        LOG_LEVEL: 'silent',
        DEADLINE_TICK_MS: '3600000',
        AUDIT_LOG_ORIGIN: 'acme.example/audit',
        AUDIT_WITNESS_KEYS: signerVerifierKey(witness, SIGNATURE_TYPE.cosignatureV1),
      },
      { clock },
    ));
    await app.listen(0, '127.0.0.1');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function registerComplaint(serial: string): Promise<string> {
    const registered = await ok(api(CS).POST('/api/v1/complaints', { body: registration({ product: { model: 'PX-200', serialNumber: serial, contractNumber: 'HT-1' } }) }));
    await app.get(ProjectionHost).caughtUp();
    return registered.complaintId;
  }

  it('AU-1 AU-2 a checkpoint signed on demand covers the archived record; an event reads back with an inclusion proof, and the read is recorded', async () => {
    const complaintId = await registerComplaint('SN-AUDIT-1');
    const [first] = await store().readStream(`intake.complaint-${complaintId}`);
    await app.get(ProjectionHost).caughtUp();

    const signed = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
    expect(signed.origin).toBe('acme.example/audit');
    const latest = await ok(api(AUDITOR).GET('/api/v1/audit/log/checkpoint'));
    expect(latest.note).toBe(signed.note);
    const note = parseNote(latest.note);
    expect(verifyNoteSignature(note, parseVerifierKey(latest.verifierKey))).toBe(true);
    const { size, root } = parseCheckpointText(note.text);

    const entry = await ok(api(AUDITOR).GET('/api/v1/audit/log/entries/{eventId}', { params: { path: { eventId: first.id } } }));
    expect(entry).toMatchObject({ context: 'intake', sourcePosition: first.position.toString(), treeSize: size, event: { id: first.id, stream: first.stream, type: first.type } });
    verifyInclusion(entry.position, size, Buffer.from(entry.leafHash, 'base64'), entry.inclusionProof.map((p) => Buffer.from(p, 'base64')), root);

    const today = clock.now().toISOString().slice(0, 10);
    const reads = await store().readStream(`audit.access-acme-${today}`);
    expect(reads.map((r) => [r.type, r.actor.id, (r.data as { subject: string }).subject])).toContainEqual(['audit.AuditDataRead', 'audit-1', first.id]);
  });

  it('AU-2 a witness cosigns the checkpoint offline; the log keeps it with the checkpoint and refuses a forged one', async () => {
    const latest = await ok(api(AUDITOR).GET('/api/v1/audit/log/checkpoint'));
    const line = cosignCheckpoint(latest.note, latest.verifierKey, witness, clock.now());

    const cosigned = await ok(api(ADMIN).POST('/api/v1/audit/log/cosignatures', { body: { treeSize: latest.size, line } }));
    expect(cosigned.witnesses).toEqual([witness.name]);
    expect(parseNote(cosigned.note).signatures).toHaveLength(2);
    expect((await ok(api(AUDITOR).GET('/api/v1/audit/log/checkpoint'))).note).toBe(cosigned.note);

    const stranger = { name: witness.name, privateKey: generateKeyPairSync('ed25519').privateKey };
    const forged = cosignCheckpoint(latest.note, latest.verifierKey, stranger, clock.now());
    const refused = await api(ADMIN).POST('/api/v1/audit/log/cosignatures', { body: { treeSize: latest.size, line: forged } });
    expect(refused.response.status).toBe(422);
    expect(refused.error).toMatchObject({ code: 'AUDIT.COSIGNATURE_INVALID' });
  });

  it('AU-2 a bundle exported over HTTP verifies offline in a process with no network or database; an altered one is refused; the export is recorded', async () => {
    const trusted = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
    const complaintId = await registerComplaint('SN-AUDIT-BUNDLE');
    const export_ = async (trustedSize?: number) => ok(api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/bundle', { params: { path: { kind: 'complaint', id: complaintId }, query: { trustedSize } } }));
    // QA opens its case from the accepted complaint in the background; the bundle follows it by correlation id.
    await eventually(async () => {
      await app.get(ProjectionHost).caughtUp();
      const bundle = await unlessNotArchived(export_());
      return bundle !== null && bundle.events.some((e) => e.context === 'qa');
    }, 'the QA case of the complaint in its bundle');
    const bundle = await export_(trusted.size);
    expect(bundle.case).toMatchObject({ kind: 'complaint', id: complaintId, stream: `intake.complaint-${complaintId}` });
    expect(bundle.consistency).toHaveLength(1);

    const bundleFile = join(dataDir, 'bundle.json');
    const trustedFile = join(dataDir, 'trusted.json');
    writeFileSync(bundleFile, JSON.stringify(bundle));
    writeFileSync(trustedFile, JSON.stringify(trusted));
    const verified = await verifyOffline([bundleFile, '--trusted-checkpoint', trustedFile]);
    expect(verified.out).toMatch(/^OK: complaint .*events \(intake, qa\)/);
    expect(verified.out).toContain(`consistent with its tree size ${trusted.size}`);
    expect(verified.status).toBe(0);

    const altered = JSON.parse(JSON.stringify(bundle)) as typeof bundle;
    (altered.events[0].event as { actor: { id: string } }).actor.id = 'someone-else';
    writeFileSync(bundleFile, JSON.stringify(altered));
    const refused = await verifyOffline([bundleFile]);
    expect(refused.out).toMatch(/^REFUSED: event .* was altered/);
    expect(refused.status).toBe(1);

    const today = clock.now().toISOString().slice(0, 10);
    const reads = await store().readStream(`audit.access-acme-${today}`);
    expect(reads.map((r) => (r.data as { resource: string; subject: string }))).toContainEqual(expect.objectContaining({ resource: 'case-bundle', subject: `complaint/${complaintId}` }));
    expect((await api(CS).GET('/api/v1/audit/cases/{kind}/{id}/bundle', { params: { path: { kind: 'complaint', id: complaintId } } })).response.status).toBe(403);
    const unknown = await api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/bundle', { params: { path: { kind: 'invoice' as never, id: complaintId } } });
    expect(unknown.error).toMatchObject({ code: 'AUDIT.CASE_KIND_UNKNOWN' });
  }, 60_000);

  it('AU-2 replay of a complaint to an instant between two of its events equals what the API returned at that instant; its case file names actors, versions and deadlines met', async () => {
    const complaintId = await registerComplaint('SN-AUDIT-REPLAY');
    const params = { path: { id: complaintId } };
    // QA's case follows from the accepted complaint in the background: let it settle before the instant.
    await eventually(async () => {
      await app.get(ProjectionHost).caughtUp();
      const bundle = await unlessNotArchived(ok(api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/bundle', { params: { path: { kind: 'complaint', id: complaintId } } })));
      return bundle !== null && bundle.events.some((e) => e.context === 'qa');
    }, 'the QA case of the complaint');
    clock.advance(30 * 60_000);
    const instant = clock.now().toISOString();
    const answered = (await ok(api(CS).GET('/api/v1/complaints/{id}', { params }))) as unknown as Record<string, unknown>;
    clock.advance(30 * 60_000);
    await ok(api(CS).POST('/api/v1/complaints/{id}/acknowledge', { params, body: { note: 'called back' } }));
    await app.get(ProjectionHost).caughtUp();

    const replayAt = (at: string) => ok(api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/replay', { params: { path: { kind: 'complaint', id: complaintId }, query: { at } } }));
    const then = await replayAt(instant);
    const view = then.view as Record<string, unknown>;
    const shared = Object.keys(answered).filter((key) => key in view);
    // Recorded: the API's answer at the instant and the replay, field by field (the API adds what it presents at read time).
    expect(shared).toEqual(expect.arrayContaining(['complaintId', 'status', 'region', 'receivedAt', 'category', 'severity', 'customerId']));
    for (const key of shared) expect({ [key]: view[key] }).toEqual({ [key]: answered[key] });
    expect((then.lastEvent?.occurredAt ?? '') <= instant).toBe(true);

    const now = await replayAt(clock.now().toISOString());
    expect(now.eventsApplied).toBe(then.eventsApplied + 1);
    expect((now.view as Record<string, unknown>).status).not.toEqual(view.status);
    const before = await replayAt('2026-01-01T00:00:00Z');
    expect(before).toMatchObject({ eventsApplied: 0, lastEvent: null, view: null });

    // The cross-context case file: the complaint and QA's case in one timeline, who did what in which role, and the deadlines then and now.
    const fileAt = (at?: string) => ok(api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/file', { params: { path: { kind: 'complaint', id: complaintId }, query: { at } } }));
    const file = await fileAt();
    expect(file.summary.contexts).toEqual(expect.arrayContaining(['intake', 'qa']));
    expect(file.timeline[0]).toMatchObject({ type: 'intake.ComplaintRegistered', actor: { id: 'cs-1', role: 'customer_service' }, calendarVersion: expect.any(String) });
    expect(file.timeline.find((t) => t.type === 'intake.ComplaintAcknowledged')?.deadlines).toContainEqual(expect.objectContaining({ obligation: 'acknowledge', effect: 'met' }));
    expect(file.deadlines.find((d) => d.obligation === 'acknowledge')).toMatchObject({ context: 'intake', state: 'met', settledBy: { occurredAt: clock.now().toISOString() } });
    expect(file.deadlines.some((d) => d.context === 'qa')).toBe(true);
    expect((await fileAt(instant)).deadlines.find((d) => d.obligation === 'acknowledge')).toMatchObject({ state: 'open', settledBy: null });
    const today = clock.now().toISOString().slice(0, 10);
    const reads = await store().readStream(`audit.access-acme-${today}`);
    expect(reads.map((r) => r.data)).toContainEqual(expect.objectContaining({ resource: 'case-file', subject: `complaint/${complaintId}` }));
  }, 60_000);

  it('AU-2 consistency between two checkpoints verifies; verify reports the untouched record as verified; only an admin runs it', async () => {
    const before = await ok(api(AUDITOR).GET('/api/v1/audit/log/checkpoint'));
    await registerComplaint('SN-AUDIT-2');
    const after = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
    expect(after.size).toBeGreaterThan(before.size);
    const consistency = await ok(api(AUDITOR).GET('/api/v1/audit/log/consistency', { params: { query: { from: before.size, to: after.size } } }));
    const b64 = (s: string) => Buffer.from(s, 'base64');
    expect(() => verifyConsistency(before.size, after.size, b64(before.root), b64(after.root), consistency.proof.map(b64))).not.toThrow();

    const report = await ok(api(ADMIN).POST('/api/v1/audit/log/verify'));
    expect(report).toMatchObject({ ok: true, signature: 'valid', storedTree: 'matches', archive: { firstDifference: null }, sources: { firstDifference: null } });
    expect(report.archive.checked).toBe(after.size);
    // The standalone's one store holds every context: each signed event was read back there.
    expect(report.sources).toMatchObject({ checked: after.size, unreachable: 0, complete: true });
    expect(report.sources.contexts.every((c) => c.store === 'event-store' && c.unreachable === 0 && c.reason === null)).toBe(true);

    expect((await api(AUDITOR).POST('/api/v1/audit/log/verify')).response.status).toBe(403);
    expect((await api(CS).GET('/api/v1/audit/log/checkpoint')).response.status).toBe(403);
    const unsigned = await api(AUDITOR).GET('/api/v1/audit/log/consistency', { params: { query: { from: before.size, to: after.size + 1000 } } });
    expect(unsigned.response.status).toBe(404);
    const reversed = await api(AUDITOR).GET('/api/v1/audit/log/consistency', { params: { query: { from: after.size, to: before.size } } });
    expect(reversed.error).toMatchObject({ code: 'AUDIT.TREE_SIZE_OUT_OF_RANGE' });
  });

  it('AU-2 a verification in the background: started (202, Location), polled until done, its report the one verify gives; a tampered archive row is named; who may', async () => {
    await registerComplaint('SN-AUDIT-BACKGROUND');
    const signed = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
    expect(signed.size).toBeGreaterThan(1);
    const inOneRequest = await ok(api(ADMIN).POST('/api/v1/audit/log/verify'));
    expect(inOneRequest.checkpoint?.size).toBe(signed.size);

    /** Starts a verification and reads it until it is no longer running (an awaited condition). */
    const verifyInBackground = async () => {
      const started = await api(ADMIN).POST('/api/v1/audit/log/verifications', { body: {} });
      expect(started.response.status).toBe(202);
      const id = started.data?.id ?? '';
      expect(started.response.headers.get('location')).toBe(`/api/v1/audit/log/verifications/${id}`);
      expect(started.data).toMatchObject({ checkpoint: { size: signed.size }, progress: { total: signed.size }, startedBy: { id: 'admin-1', tenantId: 'acme' } });
      let read = await ok(api(AUDITOR).GET('/api/v1/audit/log/verifications/{id}', { params: { path: { id } } }));
      await eventually(async () => {
        read = await ok(api(AUDITOR).GET('/api/v1/audit/log/verifications/{id}', { params: { path: { id } } }));
        // Never a report before every position is checked.
        if (read.status === 'running') expect(read.report).toBeNull();
        return read.status !== 'running';
      }, `verification ${id} done`);
      return read;
    };

    const done = await verifyInBackground();
    expect(done).toMatchObject({ status: 'done', progress: { checked: signed.size, total: signed.size }, error: null, finishedAt: clock.now().toISOString() });
    // The same report; only `unsigned` grows, with the reads recorded since (archived after the checkpoint).
    expect(done.report).toEqual({ ...inOneRequest, unsigned: expect.any(Number) });
    expect(done.report?.unsigned).toBeGreaterThanOrEqual(inOneRequest.unsigned);

    // One byte flipped in one archived event (the archive's row, through audit's document store).
    const archive = app.get<DocumentStore>(DOCUMENT_STORE).collection<ArchiveEntry>(ARCHIVE_COLLECTION);
    const [target] = await archive.find({ index: 1 });
    const actor = target.event.actor.id;
    const flipped = actor.slice(0, -1) + String.fromCharCode(actor.charCodeAt(actor.length - 1) ^ 1);
    const withActor = (id: string): ArchiveEntry => ({ ...target, event: { ...target.event, actor: { ...target.event.actor, id } } });
    expect(await archive.upsert(withActor(flipped), 1n << 60n)).toBe('applied');
    try {
      const tampered = await verifyInBackground();
      expect(tampered.report).toMatchObject({
        ok: false,
        archive: { firstDifference: { position: 1, eventId: target._id, stream: target.stream, context: target.context, reason: 'the archived event does not hash to the signed leaf' } },
      });
    } finally {
      await archive.upsert(withActor(actor), (1n << 60n) + 1n);
    }

    // The command line: start, poll until done, exit code from the report.
    const cli = await auditCli(['verify', '--url', baseUrlOf(app), '--token', ADMIN, '--background', '--tree-size', String(signed.size), '--poll-ms', '10']);
    expect({ status: cli.status, stderr: cli.stderr }).toMatchObject({ status: 0, stderr: expect.stringMatching(/^(verification \S+: \d+ of \d+ positions checked\n)*$/) });
    expect(JSON.parse(cli.stdout)).toMatchObject({ ok: true, checkpoint: { size: signed.size }, archive: { firstDifference: null } });

    const list = await ok(api(AUDITOR).GET('/api/v1/audit/log/verifications', { params: { query: { pageSize: 2 } } }));
    expect(list).toMatchObject({ page: 1, pageSize: 2, total: 3, totalExact: true });
    expect(list.items.map((v) => v.report?.ok)).toEqual([true, false]);
    const today = clock.now().toISOString().slice(0, 10);
    const reads = await store().readStream(`audit.access-acme-${today}`);
    expect(reads.map((r) => r.data)).toContainEqual(expect.objectContaining({ resource: 'verification', subject: done.id, detail: 'ok' }));
    expect(reads.map((r) => r.data)).toContainEqual(expect.objectContaining({ resource: 'verification', subject: 'audit-log' }));

    expect((await api(AUDITOR).POST('/api/v1/audit/log/verifications', { body: {} })).response.status).toBe(403);
    expect((await api(CS).POST('/api/v1/audit/log/verifications', { body: {} })).response.status).toBe(403);
    expect((await api(CS).GET('/api/v1/audit/log/verifications')).response.status).toBe(403);
    expect((await api(CS).GET('/api/v1/audit/log/verifications/{id}', { params: { path: { id: done.id } } })).response.status).toBe(403);
    const unknown = await api(ADMIN).GET('/api/v1/audit/log/verifications/{id}', { params: { path: { id: '0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10' } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error).toMatchObject({ code: 'AUDIT.VERIFICATION_NOT_FOUND' });
    const unsigned = await api(ADMIN).POST('/api/v1/audit/log/verifications', { body: { treeSize: signed.size + 100_000 } });
    expect(unsigned.response.status).toBe(404);
    expect(unsigned.error).toMatchObject({ code: 'AUDIT.CHECKPOINT_NOT_FOUND' });
    const invalid = await api(ADMIN).POST('/api/v1/audit/log/verifications', { body: { treeSize: 0 } });
    expect(invalid.response.status).toBe(400);
  }, 60_000);
});
