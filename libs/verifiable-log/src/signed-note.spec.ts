import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { leafHash } from './merkle';
import {
  NoteError,
  SIGNATURE_TYPE,
  addSignatureLines,
  checkpointText,
  cosignatureLine,
  keyId,
  parseCheckpointText,
  parseNote,
  parseVerifierKey,
  rawPublicKey,
  signNote,
  signerVerifierKey,
  verifyCosignature,
  verifyNoteSignature,
} from './signed-note';

const log = { name: 'aftersales.example/audit', privateKey: generateKeyPairSync('ed25519').privateKey };
const witness = { name: 'cert-body.example/witness', privateKey: generateKeyPairSync('ed25519').privateKey };
const body = { origin: 'aftersales.example/audit', size: 42, root: leafHash(Buffer.from('x')), time: '2026-03-03T01:00:00.000Z' };

describe('AU-2 signed checkpoints (C2SP signed-note, tlog-checkpoint, tlog-cosignature)', () => {
  it('AU-2 a checkpoint note: the body lines, a blank line, one em-dash signature line with the 4-byte key id', () => {
    const note = signNote(checkpointText(body), log);
    const lines = note.split('\n');
    expect(lines.slice(0, 5)).toEqual([body.origin, '42', body.root.toString('base64'), 'time 2026-03-03T01:00:00.000Z', '']);
    expect(lines[5]).toMatch(/^\u2014 aftersales\.example\/audit [A-Za-z0-9+/]+=*$/);
    const sig = parseNote(note).signatures[0];
    const raw = rawPublicKey(createPublicKey(log.privateKey));
    expect(sig.keyId.equals(keyId(log.name, SIGNATURE_TYPE.ed25519, raw))).toBe(true);
    expect(sig.signature).toHaveLength(64);
    expect(verifyNoteSignature(parseNote(note), parseVerifierKey(signerVerifierKey(log)))).toBe(true);
    expect(parseCheckpointText(parseNote(note).text)).toEqual(body);
  });

  it('AU-2 a note signed by another key does not carry our signature; an altered text fails our key', () => {
    const other = { name: log.name, privateKey: generateKeyPairSync('ed25519').privateKey };
    const forged = signNote(checkpointText(body), other);
    expect(verifyNoteSignature(parseNote(forged), parseVerifierKey(signerVerifierKey(log)))).toBe(false);
    const note = signNote(checkpointText(body), log);
    const altered = note.replace('\n42\n', '\n43\n');
    expect(() => verifyNoteSignature(parseNote(altered), parseVerifierKey(signerVerifierKey(log)))).toThrow(NoteError);
  });

  it('AU-2 a witness cosigns offline (cosignature/v1): its time and signature verify, the log signature still does', () => {
    const note = signNote(checkpointText(body), log);
    const line = cosignatureLine(note, witness, new Date('2026-03-04T00:00:00Z'));
    const cosigned = parseNote(addSignatureLines(note, [line]));
    expect(cosigned.signatures).toHaveLength(2);
    expect(verifyNoteSignature(cosigned, parseVerifierKey(signerVerifierKey(log)))).toBe(true);
    const witnessKey = parseVerifierKey(signerVerifierKey(witness, SIGNATURE_TYPE.cosignatureV1));
    expect(verifyCosignature(cosigned, witnessKey)?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
    // The witness's cosignature is over this checkpoint only.
    const otherNote = signNote(checkpointText({ ...body, size: 43 }), log);
    const moved = parseNote(addSignatureLines(otherNote, [line]));
    expect(() => verifyCosignature(moved, witnessKey)).toThrow(/does not verify/);
  });

  it('AU-2 malformed notes, checkpoints and verifier keys are refused', () => {
    expect(() => parseNote('no signatures\n')).toThrow(NoteError);
    expect(() => parseNote('text\n\n- not an em dash x\n')).toThrow(NoteError);
    expect(() => parseCheckpointText('origin\n-1\nAAAA\ntime 2026-03-03T01:00:00Z\n')).toThrow(NoteError);
    expect(() => parseCheckpointText('origin\n1\nAAAA\ntime 2026-03-03T01:00:00Z\n')).toThrow(/root hash/);
    expect(() => parseVerifierKey(signerVerifierKey(log).replace(/\+[0-9a-f]{8}\+/, '+00000000+'))).toThrow(/key id/);
    expect(() => signNote('two\n\nparagraphs\n', log)).toThrow(NoteError);
  });
});
