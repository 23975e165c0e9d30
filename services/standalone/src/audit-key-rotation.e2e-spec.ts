import { INestApplication } from '@nestjs/common';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { ProjectionHost, signToken } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { LOG_KEYS_STREAM } from '@aftersales/audit-domain';
import { NoteSigner, SIGNATURE_TYPE, cosignCheckpoint, ed25519PrivateKey, parseNote, parseVerifierKey, signNote, signRotation, signerVerifierKey, verifyNoteSignature } from '@aftersales/verifiable-log';
import { createStandaloneApp } from './app';
import { registration } from './testing/complaint-body';
import { apiClient, baseUrlOf, ok } from './testing/client/client';
import { verifyOffline } from './testing/verify-offline';

/**
 * AU-2 key rotation over HTTP on the standalone: a checkpoint signed with the first key, a rotation
 * statement made offline with it (as `audit rotate-key` does) taken in, more events, a checkpoint
 * signed with the second key, and a bundle that `aftersales-verify` accepts in a process of its own
 * trusting only the first key's checkpoint; refusals; a restart keeps signing with the second key.
 */
const SECRET = 'r'.repeat(40);
const ORIGIN = 'acme.example/audit';
const token = (roles: string[], subject: string) => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;
const CS = token(['customer_service'], 'cs-1');
const AUDITOR = token(['auditor'], 'audit-1');
const ADMIN = token(['admin'], 'admin-1');

describe('audit log key rotation over HTTP (standalone, AU-2)', () => {
  let app: INestApplication;
  let dataDir: string;
  const clock = new ManualClock('2026-03-05T02:00:00.000Z');
  const witness = { name: 'cert-body.example/witness', privateKey: generateKeyPairSync('ed25519').privateKey };
  // The next key, put where the standalone keeps its log keys before the start (its private key is then held).
  const second: NoteSigner = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
  const api = (auth: string) => apiClient(baseUrlOf(app), auth);

  async function start(): Promise<void> {
    ({ app } = await createStandaloneApp(
      {
        DATA_DIR: dataDir,
        JWT_SECRET: SECRET,
        LOG_LEVEL: 'silent',
        DEADLINE_TICK_MS: '3600000',
        AUDIT_LOG_ORIGIN: ORIGIN,
        AUDIT_WITNESS_KEYS: signerVerifierKey(witness, SIGNATURE_TYPE.cosignatureV1),
      },
      { clock },
    ));
    await app.listen(0, '127.0.0.1');
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-rotation-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    mkdirSync(join(dataDir, 'audit'));
    const id = parseVerifierKey(signerVerifierKey(second)).keyId.toString('hex');
    writeFileSync(join(dataDir, 'audit', `log-signing-key-${id}.pem`), second.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    await start();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  let lastComplaintId = '';

  /** Registers complaints until the log has grown to `size` events, then signs a checkpoint. */
  async function checkpointAtLeast(size: number) {
    for (let i = 0; ; i++) {
      ({ complaintId: lastComplaintId } = await ok(api(CS).POST('/api/v1/complaints', { body: registration({ product: { model: 'PX-200', serialNumber: `SN-ROT-${size}-${i}`, contractNumber: 'HT-1' } }) })));
      await app.get(ProjectionHost).caughtUp();
      const signed = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
      if (signed.size >= size) return signed;
    }
  }

  it('AU-2 a rotation taken in over HTTP: old key below its from, new key from it on; the bundle verifies offline trusting only the first key; a restart keeps the new key', async () => {
    const trusted = await checkpointAtLeast(1);
    const first: NoteSigner = { name: ORIGIN, privateKey: ed25519PrivateKey(readFileSync(join(dataDir, 'audit', 'log-signing-key.pem'), 'utf8')) };
    expect(trusted.verifierKey).toBe(signerVerifierKey(first));

    // Refused: signed by a key that is not the log's, a from below the log's size, a statement with generate.
    const stranger: NoteSigner = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
    const rotate = (body: { statement?: string; generate?: boolean; fromSize?: number }) => api(ADMIN).POST('/api/v1/audit/log/rotations', { body });
    const bySomeoneElse = await rotate({ statement: signRotation(stranger, second, trusted.size + 50, clock.now()) });
    expect([bySomeoneElse.response.status, bySomeoneElse.error]).toEqual([422, expect.objectContaining({ code: 'AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY' })]);
    const below = await rotate({ statement: signRotation(first, second, trusted.size - 1, clock.now()) });
    expect([below.response.status, below.error]).toEqual([422, expect.objectContaining({ code: 'AUDIT.ROTATION_FROM_TOO_SMALL', details: expect.objectContaining({ fromSize: trusted.size - 1 }) })]);
    const both = await rotate({ statement: signRotation(first, second, trusted.size + 50, clock.now()), generate: true });
    expect([both.response.status, both.error]).toEqual([422, expect.objectContaining({ code: 'AUDIT.ROTATION_MALFORMED' })]);
    expect((await api(AUDITOR).POST('/api/v1/audit/log/rotations', { body: {} })).response.status).toBe(403);
    expect(await app.get<EventStore>(EVENT_STORE).readStream(LOG_KEYS_STREAM)).toEqual([]);

    // Taken in: logged below its from, idempotent.
    const fromSize = trusted.size + 20;
    const statement = signRotation(first, second, fromSize, clock.now());
    const taken = await ok(rotate({ statement }));
    expect(taken).toMatchObject({ created: true, rotation: { state: 'effective', fromSize, previousKey: signerVerifierKey(first), newKey: signerVerifierKey(second) } });
    expect(taken.rotation.position).toBeLessThan(fromSize);
    expect(await ok(rotate({ statement }))).toMatchObject({ created: false, rotation: { eventId: taken.rotation.eventId } });

    const before = await ok(api(ADMIN).POST('/api/v1/audit/log/checkpoints'));
    expect(before.size).toBeLessThan(fromSize);
    expect(before.verifierKey).toBe(signerVerifierKey(first));
    const after = await checkpointAtLeast(fromSize);
    expect(after.verifierKey).toBe(signerVerifierKey(second));
    expect(verifyNoteSignature(parseNote(after.note), parseVerifierKey(signerVerifierKey(second)))).toBe(true);
    expect((await ok(api(AUDITOR).GET('/api/v1/audit/log/checkpoint'))).verifierKey).toBe(signerVerifierKey(second));

    // A witness cosigns the new key's checkpoint as it did the old one's.
    const line = cosignCheckpoint(after.note, after.verifierKey, witness, clock.now());
    expect((await ok(api(ADMIN).POST('/api/v1/audit/log/cosignatures', { body: { treeSize: after.size, line } }))).witnesses).toEqual([witness.name]);
    expect(await ok(api(ADMIN).POST('/api/v1/audit/log/verify'))).toMatchObject({ ok: true, signature: 'valid' });

    const keys = await ok(api(AUDITOR).GET('/api/v1/audit/log/keys'));
    expect(keys).toMatchObject({
      origin: ORIGIN,
      currentKey: signerVerifierKey(second),
      keyPeriods: [
        { verifierKey: signerVerifierKey(first), fromSize: 0, untilSize: fromSize },
        { verifierKey: signerVerifierKey(second), fromSize, untilSize: null },
      ],
      rotations: [{ statement, state: 'effective', position: taken.rotation.position }],
    });
    const today = clock.now().toISOString().slice(0, 10);
    const reads = await app.get<EventStore>(EVENT_STORE).readStream(`audit.access-acme-${today}`);
    expect(reads.map((r) => [r.actor.id, r.data])).toContainEqual(['audit-1', expect.objectContaining({ resource: 'log-keys' })]);

    // The bundle of a complaint registered after the rotation, trusting only the first key's checkpoint.
    const bundle = await ok(api(AUDITOR).GET('/api/v1/audit/cases/{kind}/{id}/bundle', { params: { path: { kind: 'complaint', id: lastComplaintId }, query: { trustedSize: trusted.size } } }));
    expect(bundle.log.keyHistory).toEqual([signerVerifierKey(first), signerVerifierKey(second)]);
    expect(bundle.log.rotations.map((r) => [r.statement, r.position])).toEqual([[statement, taken.rotation.position]]);
    const bundleFile = join(dataDir, 'bundle.json');
    const trustedFile = join(dataDir, 'trusted.json');
    writeFileSync(bundleFile, JSON.stringify(bundle));
    writeFileSync(trustedFile, JSON.stringify(trusted));
    const verified = await verifyOffline([bundleFile, '--trusted-checkpoint', trustedFile]);
    expect(verified.out).toContain(`consistent with its tree size ${trusted.size}`);
    expect(verified.out).toContain('key chain of 2 keys followed from the first through its logged rotations');
    expect(verified.status).toBe(0);

    // Trusting a key that is not in the chain: refused.
    writeFileSync(trustedFile, JSON.stringify({ note: signNote(parseNote(trusted.note).text, stranger), verifierKey: signerVerifierKey(stranger) }));
    const refused = await verifyOffline([bundleFile, '--trusted-checkpoint', trustedFile]);
    expect(refused.out).toMatch(/^REFUSED: the bundle's log key .* is not the trusted one and no logged rotation leads to it/);
    expect(refused.status).toBe(1);

    // A restart folds the logged rotation and keeps signing with the second key.
    await app.close();
    await start();
    const restarted = await checkpointAtLeast(after.size + 1);
    expect(restarted.verifierKey).toBe(signerVerifierKey(second));
    expect((await ok(api(AUDITOR).GET('/api/v1/audit/log/keys'))).keyPeriods).toHaveLength(2);
  }, 90_000);
});
