import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodedError, EventStore, ManualClock, NewEvent, ReadModelTransactions } from '@aftersales/eventsourcing';
import { PostgresDocumentStore, PostgresStores, openPgliteEventStore } from '@aftersales/adapters-postgres';
import { ScratchDataDir, freshPgliteDataDir } from '@aftersales/adapters-postgres/testing';
import { AuditCheckpoints, AuditLog, LogKeyChain, LogKeys, auditSettings, loadLogKeys } from '@aftersales/audit';
import { LOG_KEYS_STREAM } from '@aftersales/audit-domain';
import { AuthUser, Caller, ConfigError } from '@aftersales/platform';
import { NoteSigner, parseNote, parseVerifierKey, signNote, signRotation, signerVerifierKey, verifyNoteSignature } from '@aftersales/verifiable-log';
import { anEvent } from '@aftersales/eventsourcing/testing';

/**
 * AU-2 key rotation in the running service, on the standalone's real stores (PGlite): which key
 * signs which tree size, each refusal of a rotation statement with its own code (and nothing
 * recorded), idempotence, the statement archived below its `from`, and the start-up checks.
 */
const ORIGIN = 'test.example/audit';
const caller: Caller = { user: { id: 'admin-1', tenantId: 'acme', roles: ['admin'] } as AuthUser, correlationId: 'corr-rotation' };
const newSigner = (): NoteSigner => ({ name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey });
const pemOf = (signer: NoteSigner) => signer.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** The code of the coded error `work` throws. */
async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    if (err instanceof CodedError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('audit log key rotation on PGlite (AU-2)', () => {
  let scratch: ScratchDataDir;
  let stores: PostgresStores;
  let documents: PostgresDocumentStore;
  let transactions: ReadModelTransactions;
  let log: AuditLog;
  let keyDir: string;
  const clock = new ManualClock('2026-03-03T01:00:00.000Z');
  let first: NoteSigner;
  let second: NoteSigner;
  let keys: LogKeys;
  let chain: LogKeyChain;
  let checkpoints: AuditCheckpoints;

  const event = (i: number): NewEvent => anEvent('test.Happened', { i }, { occurredAt: clock.now().toISOString(), correlationId: `corr-${i}` });

  /** Appends `n` events to the store and archives them (what the archive projection does). */
  async function grow(n: number, store: EventStore = stores.store): Promise<void> {
    for (let i = 0; i < n; i++) await store.append(`intake.case-${i % 3}`, [event(i)], { expectedRevision: 'any' });
    const size = await log.size();
    const fresh = (await stores.store.readAll({})).filter((e) => e.stream !== LOG_KEYS_STREAM);
    await transactions.run(() => log.append(fresh));
    expect(await log.size()).toBeGreaterThan(size);
  }

  const keyFile = (name: string, signer: NoteSigner) => {
    const file = join(keyDir, name);
    writeFileSync(file, pemOf(signer), { mode: 0o600 });
    return file;
  };
  const chainOver = (k: LogKeys, store: EventStore = stores.store) => new LogKeyChain(store, log, k, clock, transactions);
  const rotations = async () => stores.store.readStream(LOG_KEYS_STREAM);

  beforeAll(async () => {
    scratch = await freshPgliteDataDir('audit-key-rotation');
    stores = await openPgliteEventStore({ dataDir: scratch.dataDir });
    documents = new PostgresDocumentStore(stores.client);
    transactions = { run: (work) => stores.client.transaction(() => work()) };
    log = new AuditLog(documents);
    keyDir = mkdtempSync(join(tmpdir(), 'audit-rotation-keys-'));
    first = newSigner();
    second = newSigner();
    // A service's configuration: the current key and the next one (distributed mode: no data dir).
    keys = loadLogKeys({ origin: ORIGIN, signingKeyFile: keyFile('first.pem', first), signingKeyFiles: [keyFile('second.pem', second)] });
    chain = chainOver(keys);
    checkpoints = new AuditCheckpoints(documents, log, keys, clock, chain);
    await chain.start(null);
  }, 60_000);

  afterAll(async () => {
    await documents?.close();
    await stores?.store.close();
    scratch?.remove();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('AU-2 before any rotation the configured key signs every tree size', async () => {
    await grow(10);
    const signed = await checkpoints.sign();
    expect(signed.verifierKey).toBe(signerVerifierKey(first));
    expect(verifyNoteSignature(parseNote(signed.note), parseVerifierKey(signerVerifierKey(first)))).toBe(true);
    expect((await chain.state()).periods).toEqual([{ verifierKey: signerVerifierKey(first), fromSize: 0, untilSize: null }]);
  });

  it('AU-2 each refused statement answers its own code and records nothing', async () => {
    const size = await log.size();
    const stranger = newSigner();
    const otherLog = { name: 'other.example/audit', privateKey: first.privateKey };
    const refusals = {
      malformed: await codeOf(chain.take(caller, 'not a note\n')),
      wrongLog: await codeOf(chain.take(caller, signRotation(otherLog, { name: otherLog.name, privateKey: second.privateKey }, size + 5, clock.now()))),
      notCurrentKey: await codeOf(chain.take(caller, signRotation(stranger, second, size + 5, clock.now()))),
      keyUsed: await codeOf(chain.take(caller, signRotation(first, first, size + 5, clock.now()))),
      keyNotHeld: await codeOf(chain.take(caller, signRotation(first, stranger, size + 5, clock.now()))),
      // `from` at the log's size: the statement itself takes that position, so no checkpoint under the new key could show it.
      fromAtSize: await codeOf(chain.take(caller, signRotation(first, second, size, clock.now()))),
      fromBelowSize: await codeOf(chain.take(caller, signRotation(first, second, 1, clock.now()))),
      noKeyDir: await codeOf(chain.generate(caller)),
    };
    expect(refusals).toEqual({
      malformed: 'AUDIT.ROTATION_MALFORMED',
      wrongLog: 'AUDIT.ROTATION_WRONG_LOG',
      notCurrentKey: 'AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY',
      keyUsed: 'AUDIT.ROTATION_KEY_ALREADY_USED',
      keyNotHeld: 'AUDIT.ROTATION_KEY_NOT_HELD',
      fromAtSize: 'AUDIT.ROTATION_FROM_TOO_SMALL',
      fromBelowSize: 'AUDIT.ROTATION_FROM_TOO_SMALL',
      noKeyDir: 'AUDIT.ROTATION_KEY_GENERATION_UNAVAILABLE',
    });
    // With an operator tenant (AUDIT_OPERATOR_TENANT), another tenant's admin rotates nothing, even with a good statement.
    const operated = chainOver({ ...keys, operatorTenant: 'platform-ops' });
    await expect(operated.take(caller, signRotation(first, second, size + 5, clock.now()))).rejects.toMatchObject({ status: 403, code: 'AUDIT.NOT_LOG_OPERATOR' });
    await expect(operated.generate(caller)).rejects.toMatchObject({ status: 403, code: 'AUDIT.NOT_LOG_OPERATOR' });
    expect(await rotations()).toEqual([]);
    expect(await log.size()).toBe(size);
  });

  it('AU-2 an accepted statement is logged once, archived below its from; checkpoints below it are signed by the old key, from it on by the new', async () => {
    const size = await log.size();
    const statement = signRotation(first, second, size + 3, clock.now());
    const taken = await chain.take(caller, statement);
    expect(taken).toMatchObject({ created: true, rotation: { position: size, fromSize: size + 3, state: 'effective', previousKey: signerVerifierKey(first), newKey: signerVerifierKey(second) } });
    const again = await chain.take(caller, statement);
    expect(again).toMatchObject({ created: false, rotation: { eventId: taken.rotation.eventId, position: size } });
    const stored = await rotations();
    expect(stored.map((e) => [e.type, (e.data as { statement: string }).statement])).toEqual([['audit.LogKeyRotated', statement]]);
    expect((await log.entry(stored[0].id))?.index).toBe(size);

    expect((await chain.state()).periods).toEqual([
      { verifierKey: signerVerifierKey(first), fromSize: 0, untilSize: size + 3 },
      { verifierKey: signerVerifierKey(second), fromSize: size + 3, untilSize: null },
    ]);
    expect((await chain.signerAt(size + 2)).verifierKey).toBe(signerVerifierKey(first));
    expect((await chain.signerAt(size + 3)).verifierKey).toBe(signerVerifierKey(second));
    // The log holds size + 1 now (the rotation): still the old key's period.
    expect((await checkpoints.sign()).verifierKey).toBe(signerVerifierKey(first));
    await grow(3);
    const after = await checkpoints.sign();
    expect(after.size).toBeGreaterThanOrEqual(size + 3);
    expect(after.verifierKey).toBe(signerVerifierKey(second));
    expect(verifyNoteSignature(parseNote(after.note), parseVerifierKey(signerVerifierKey(second)))).toBe(true);

    // A checkpoint from before the rotation shows the chain without it.
    expect((await chain.at(size)).periods).toHaveLength(1);
    expect((await chain.at(after.size)).rotations.map((r) => r.position)).toEqual([size]);
    // The next rotation must be signed by the new current key.
    const third = newSigner();
    expect(await codeOf(chain.take(caller, signRotation(first, third, after.size + 5, clock.now())))).toBe('AUDIT.ROTATION_NOT_SIGNED_BY_CURRENT_KEY');
  });

  it('AU-2 a statement the log outgrew before it was archived is void: 409, the current key keeps signing', async () => {
    const third = newSigner();
    const withThird = loadLogKeys({ origin: ORIGIN, signingKeyFile: keyFile('second-again.pem', second), signingKeyFiles: [keyFile('first-again.pem', first), keyFile('third.pem', third)] });
    // The archive's follower archiving other events while the statement is being stored (the race the check cannot close).
    const racing: EventStore = Object.create(stores.store, {
      append: {
        value: async (stream: string, events: readonly NewEvent[], options: Parameters<EventStore['append']>[2]) => {
          const result = await stores.store.append(stream, events, options);
          if (stream === LOG_KEYS_STREAM) await grow(2);
          return result;
        },
      },
    });
    const racingChain = chainOver(withThird, racing);
    const size = await log.size();
    expect(await codeOf(racingChain.take(caller, signRotation(second, third, size + 1, clock.now())))).toBe('AUDIT.ROTATION_OVERTAKEN');
    const state = await racingChain.state();
    expect(state.rotations.map((r) => r.state)).toEqual(['effective', 'void']);
    expect(state.periods.map((p) => p.verifierKey)).toEqual([signerVerifierKey(first), signerVerifierKey(second)]);
    expect((await racingChain.signerAt(size + 5)).verifierKey).toBe(signerVerifierKey(second));
  });

  it('AU-2 the start refuses without the current key, or when the latest checkpoint is not signed by the key of its size', async () => {
    const onlyFirst = loadLogKeys({ origin: ORIGIN, signingKeyFile: keyFile('only-first.pem', first) });
    await expect(chainOver(onlyFirst).start(null)).rejects.toThrow(/has no private key for it; add its PEM file to AUDIT_SIGNING_KEY_FILES/);

    // A key swapped in without a rotation: the latest checkpoint is then signed by a key the log does not name for its size.
    const latest = await checkpoints.sign();
    await expect(chain.start(latest.note)).resolves.toBeUndefined();
    const bySwappedKey = signNote(parseNote(latest.note).text, newSigner());
    await expect(chain.start(bySwappedKey)).rejects.toThrow(/the log's latest checkpoint is not signed by test\.example\/audit\+[0-9a-f]{8}, the key the log names for its size: the configured key is not this log's/);
  });

  it('AU-2 AUDIT_SIGNING_KEY_FILES: a service holds every configured key', () => {
    const settings = auditSettings({ AUDIT_LOG_ORIGIN: ORIGIN, AUDIT_SIGNING_KEY_FILE: join(keyDir, 'first.pem'), AUDIT_SIGNING_KEY_FILES: ` ${join(keyDir, 'second.pem')} , ${join(keyDir, 'third.pem')}` });
    expect(settings.log).toMatchObject({ signingKeyFile: join(keyDir, 'first.pem'), signingKeyFiles: [join(keyDir, 'second.pem'), join(keyDir, 'third.pem')], follow: 'record-topics' });
    expect(settings.log?.operatorTenant).toBeUndefined();
    expect(auditSettings({ AUDIT_LOG_ORIGIN: ORIGIN, AUDIT_SIGNING_KEY_FILE: join(keyDir, 'first.pem'), AUDIT_OPERATOR_TENANT: 'platform-ops' }).log?.operatorTenant).toBe('platform-ops');
    expect(() => auditSettings({ AUDIT_LOG_ORIGIN: ORIGIN, AUDIT_SIGNING_KEY_FILE: join(keyDir, 'first.pem'), AUDIT_OPERATOR_TENANT: 'no spaces' })).toThrow(/AUDIT_OPERATOR_TENANT/);
    const held = loadLogKeys(settings.log as NonNullable<typeof settings.log>).held;
    expect(held.has(signerVerifierKey(first))).toBe(true);
    expect(held.has(signerVerifierKey(second))).toBe(true);
    expect(held.size).toBe(3);
    expect(() => loadLogKeys({ origin: ORIGIN, signingKeyFile: join(keyDir, 'first.pem'), signingKeyFiles: [join(keyDir, 'missing.pem')] })).toThrow(/missing\.pem cannot be read/);
  });

  it('AU-2 the standalone generates the next key into its key dir, never over a file, and signs the statement itself', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-rotation-data-'));
    try {
      const standalone = loadLogKeys({ origin: ORIGIN, dataDir });
      // This log's chain starts from `first` (logged), so this process's own key is not current: generation refuses to sign with a key it lacks.
      const alone = chainOver(standalone);
      await expect(alone.start(null)).rejects.toThrow(ConfigError);
      await expect(alone.start(null)).rejects.toThrow(/AUDIT_SIGNING_KEY_FILES: the audit log's key test\.example\/audit\+[0-9a-f]{8} signs tree sizes \d+ and up/);
      writeFileSync(join(dataDir, 'audit', 'log-signing-key-00000000.pem'), pemOf(second));
      const holding = loadLogKeys({ origin: ORIGIN, dataDir });
      const generating = chainOver(holding);
      await generating.start(null);
      const size = await log.size();
      const generated = await generating.generate(caller, size + 4);
      expect(generated).toMatchObject({ created: true, rotation: { previousKey: signerVerifierKey(second), fromSize: size + 4, position: size, state: 'effective' } });
      const files = readdirSync(join(dataDir, 'audit')).filter((f) => f !== 'log-signing-key.pem' && f !== 'log-signing-key-00000000.pem');
      expect(files).toEqual([`log-signing-key-${parseVerifierKey(generated.rotation.newKey).keyId.toString('hex')}.pem`]);
      expect(loadLogKeys({ origin: ORIGIN, dataDir }).held.has(generated.rotation.newKey)).toBe(true);
      expect((await generating.signerAt(size + 4)).verifierKey).toBe(generated.rotation.newKey);
      // Without a from, the margin past the log's size.
      const next = await generating.generate(caller);
      expect(next.rotation.fromSize).toBe(size + 1 + 100);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
