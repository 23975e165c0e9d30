import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointText, followRotations, leafHash, parseNote, parseVerifierKey, signNote, signerVerifierKey, verifyCosignature } from '@aftersales/verifiable-log';
import { UsageError, cosign, keygen, rotateKey } from './audit-cli';

describe('audit CLI: a witness key and an offline cosignature (AU-2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  const log = { name: 'acme.example/audit', privateKey: generateKeyPairSync('ed25519').privateKey };
  const note = signNote(checkpointText({ origin: log.name, size: 7, root: leafHash(Buffer.from('r')), time: '2026-03-03T02:00:00.000Z' }), log);
  const checkpointFile = join(dir, 'checkpoint.txt');
  writeFileSync(checkpointFile, note);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('AU-2 keygen writes a private key only its owner reads and prints its cosignature/v1 verifier key; cosign checks the log first', () => {
    const keyFile = join(dir, 'witness.pem');
    const vkey = keygen(['--name', 'cert-body.example/witness', '--out', keyFile]);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const line = cosign(['--key', keyFile, '--name', 'cert-body.example/witness', '--log-key', signerVerifierKey(log), checkpointFile], new Date('2026-03-04T00:00:00Z'));
    const cosigned = parseNote(`${note.slice(0, -1)}\n${line}\n`);
    expect(verifyCosignature(cosigned, parseVerifierKey(vkey))?.toISOString()).toBe('2026-03-04T00:00:00.000Z');

    const otherLog = signerVerifierKey({ name: log.name, privateKey: generateKeyPairSync('ed25519').privateKey });
    expect(() => cosign(['--key', keyFile, '--name', 'w', '--log-key', otherLog, checkpointFile])).toThrow(/no signature of acme\.example\/audit/);
    expect(() => keygen(['--name', 'w', '--out', keyFile])).toThrow(/EEXIST/);
    expect(() => cosign(['--key', keyFile, '--log-key', signerVerifierKey(log), checkpointFile])).toThrow(UsageError);
  });
});

describe('audit CLI: rotate-key signs the rotation with the old key (AU-2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-cli-rotate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('AU-2 the statement names the new key and the tree size it signs from; the chain from the old key follows it', () => {
    const origin = 'acme.example/audit';
    const pem = (file: string) => {
      const privateKey = generateKeyPairSync('ed25519').privateKey;
      writeFileSync(join(dir, file), privateKey.export({ format: 'pem', type: 'pkcs8' }));
      return { name: origin, privateKey };
    };
    const [old, next] = [pem('old.pem'), pem('new.pem')];
    const statement = rotateKey(['--name', origin, '--old', join(dir, 'old.pem'), '--new', join(dir, 'new.pem'), '--from', '1200'], new Date('2026-03-05T00:00:00Z'));
    expect(followRotations(origin, signerVerifierKey(old), [statement])).toEqual([
      { verifierKey: signerVerifierKey(old), fromSize: 0, untilSize: 1200 },
      { verifierKey: signerVerifierKey(next), fromSize: 1200, untilSize: null },
    ]);
    expect(() => followRotations(origin, signerVerifierKey(next), [statement])).toThrow(/not signed by the previous key/);
    expect(() => rotateKey(['--name', origin, '--old', join(dir, 'old.pem'), '--new', join(dir, 'new.pem'), '--from', '0'])).toThrow(/not a tree size/);
    expect(() => rotateKey(['--name', origin, '--old', join(dir, 'old.pem'), '--new', join(dir, 'old.pem'), '--from', '5'])).toThrow(/the new key is the old one/);
  });
});
