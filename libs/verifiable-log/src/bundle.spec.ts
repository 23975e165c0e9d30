import { generateKeyPairSync } from 'node:crypto';
import { ArchivedEvent, CANONICALIZATION, eventLeafHash } from './archived-event';
import { BUNDLE_FORMAT, BundleRejected, EvidenceBundle, TrustedCheckpoint, verifyBundle } from './bundle';
import { MerkleFrontier, SubtreeId, consistencyProofRanges, inclusionProofRanges, rangeHash, subtreeKey } from './merkle';
import { signRotation } from './key-rotation';
import { SIGNATURE_TYPE, addSignatureLines, checkpointText, cosignatureLine, signNote, signerVerifierKey } from './signed-note';

const ORIGIN = 'acme.example/audit';
const logKey = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
const witness = { name: 'cert-body.example/witness', privateKey: generateKeyPairSync('ed25519').privateKey };

function archived(i: number, stream: string, revision: number, correlationId = 'corr-case'): ArchivedEvent {
  return {
    id: `0190f0c2-0000-7000-8000-${String(i).padStart(12, '0')}`,
    type: stream.startsWith('intake') ? 'intake.Something' : 'qa.Something',
    schemaVersion: 1,
    stream,
    revision: String(revision),
    occurredAt: `2026-03-03T0${i % 10}:00:00.000Z`,
    tenantId: 'acme',
    region: 'cn-east',
    actor: { id: 'cs-1', role: 'customer_service' },
    correlationId,
    causationId: null,
    policyVersion: null,
    data: { i },
  };
}

/** A log of `size` events (the case's at 2, 5, 9 and its QA case's at 7), and the tree over it. */
function log(size: number, rewrite?: number, extra: ReadonlyMap<number, ArchivedEvent> = new Map()): { events: ArchivedEvent[]; lookup: (id: SubtreeId) => Buffer; frontier: MerkleFrontier } {
  const events: ArchivedEvent[] = [];
  const caseRevisions = new Map<number, number>([
    [2, 0],
    [5, 1],
    [9, 2],
  ]);
  for (let i = 0; i < size; i++) {
    if (extra.has(i)) events.push(extra.get(i) as ArchivedEvent);
    else if (caseRevisions.has(i)) events.push(archived(i, 'intake.complaint-c1', caseRevisions.get(i) as number));
    else if (i === 7) events.push(archived(i, 'qa.case-q1', 0));
    else events.push(archived(i, `intake.complaint-other-${i}`, 0, `corr-${i}`));
  }
  if (rewrite !== undefined) events[rewrite] = { ...events[rewrite], data: { i: rewrite, rewritten: true } };
  const nodes = new Map<string, Buffer>();
  const frontier = new MerkleFrontier(0);
  for (const event of events) for (const made of frontier.append(eventLeafHash(event))) nodes.set(subtreeKey(made.id), made.hash);
  return { events, frontier, lookup: (id) => nodes.get(subtreeKey(id)) as Buffer };
}

/** A logged key rotation: the statement (signed by `by`, naming `to` from tree size `fromSize`) as the event at `position`. */
interface Rotation {
  readonly position: number;
  readonly fromSize: number;
  readonly to: typeof logKey;
  readonly by: typeof logKey;
}

function rotationEvent(r: Rotation): ArchivedEvent {
  const statement = signRotation(r.by, r.to, r.fromSize, new Date('2026-03-03T12:00:00Z'));
  return { ...archived(r.position, 'audit.log-keys', 0, 'corr-rotation'), type: 'audit.LogKeyRotated', data: { statement } };
}

function checkpointOf(size: number, root: Buffer, signer = logKey): string {
  return signNote(checkpointText({ origin: ORIGIN, size, root, time: '2026-03-04T00:00:00.000Z' }), signer);
}

function bundleOf(size: number, options: { trustedSize?: number; signer?: typeof logKey; rotation?: Rotation } = {}): EvidenceBundle {
  const rotation = options.rotation ? rotationEvent(options.rotation) : undefined;
  const { events, lookup, frontier } = log(size, undefined, new Map(rotation && options.rotation ? [[options.rotation.position, rotation]] : []));
  const hashes = (ranges: { start: number; end: number }[]) => ranges.map((r) => rangeHash(r, lookup).toString('base64'));
  const note = checkpointOf(size, frontier.root(), options.signer ?? (options.rotation && size >= options.rotation.fromSize ? options.rotation.to : logKey));
  const cosigned = addSignatureLines(note, [cosignatureLine(note, witness, new Date('2026-03-04T01:00:00Z'))]);
  return {
    format: BUNDLE_FORMAT,
    case: { kind: 'complaint', id: 'c1', stream: 'intake.complaint-c1', tenantId: 'acme' },
    canonicalization: CANONICALIZATION,
    log: {
      origin: ORIGIN,
      verifierKey: signerVerifierKey(options.rotation?.to ?? logKey),
      keyHistory: options.rotation ? [signerVerifierKey(logKey), signerVerifierKey(options.rotation.to)] : [signerVerifierKey(logKey)],
      ...(options.rotation && rotation
        ? {
            keyPeriods: [
              { verifierKey: signerVerifierKey(logKey), fromSize: 0, untilSize: options.rotation.fromSize },
              { verifierKey: signerVerifierKey(options.rotation.to), fromSize: options.rotation.fromSize, untilSize: null },
            ],
            rotations: [
              {
                statement: (rotation.data as { statement: string }).statement,
                position: options.rotation.position,
                event: rotation,
                leafHash: eventLeafHash(rotation).toString('base64'),
                inclusionProof: hashes(inclusionProofRanges(options.rotation.position, size)),
              },
            ],
          }
        : {}),
      witnessKeys: [signerVerifierKey(witness, SIGNATURE_TYPE.cosignatureV1)],
    },
    checkpoint: cosigned,
    consistency: options.trustedSize ? [{ from: options.trustedSize, proof: hashes(consistencyProofRanges(options.trustedSize, size)) }] : [],
    events: [2, 5, 7, 9].map((i) => ({
      position: i,
      context: events[i].stream.split('.')[0],
      sourcePosition: String(100 + i),
      event: events[i],
      leafHash: eventLeafHash(events[i]).toString('base64'),
      inclusionProof: hashes(inclusionProofRanges(i, size)),
    })),
    exportedAt: '2026-03-04T02:00:00.000Z',
  };
}

function trustedAt(size: number, rewrite?: number): TrustedCheckpoint {
  const { frontier } = log(size, rewrite);
  return { checkpoint: checkpointOf(size, frontier.root()), verifierKey: signerVerifierKey(logKey) };
}

const clone = (b: EvidenceBundle): EvidenceBundle => JSON.parse(JSON.stringify(b)) as EvidenceBundle;
const refusal = (bundle: unknown, trusted?: TrustedCheckpoint): string => {
  try {
    verifyBundle(bundle, trusted);
  } catch (err) {
    if (err instanceof BundleRejected) return err.message;
    throw err;
  }
  throw new Error('the bundle was accepted');
};

describe('AU-2 evidence bundles, verified offline', () => {
  it('AU-2 an untouched bundle verifies: its case across contexts, the signed checkpoint, the witness', () => {
    const summary = verifyBundle(bundleOf(12));
    expect(summary).toMatchObject({ case: 'complaint c1', events: 4, contexts: ['intake', 'qa'], treeSize: 12, keySource: 'bundle', witnesses: ['cert-body.example/witness'], consistentWithTrusted: null });
  });

  it('AU-2 with a trusted older checkpoint: the key is pinned and the log only grew since', () => {
    expect(verifyBundle(bundleOf(1040, { trustedSize: 11 }), trustedAt(11))).toMatchObject({ keySource: 'trusted-checkpoint', consistentWithTrusted: 11 });
    expect(verifyBundle(bundleOf(12), trustedAt(12))).toMatchObject({ consistentWithTrusted: 12 });
  });

  describe('AU-2 each adversarial bundle is refused with its own message', () => {
    it('an altered event', () => {
      const bundle = clone(bundleOf(12));
      (bundle.events[1].event as { data: unknown }).data = { i: 5, amountMinor: 1 };
      expect(refusal(bundle)).toMatch(/event .* \(position 5\) was altered: its canonical bytes do not hash to its leaf/);
    });

    it('an altered event whose leaf hash was recomputed to match', () => {
      const bundle = clone(bundleOf(12));
      const altered = { ...bundle.events[1].event, data: { i: 5, amountMinor: 1 } };
      (bundle.events[1] as { event: ArchivedEvent; leafHash: string }).event = altered;
      (bundle.events[1] as { leafHash: string }).leafHash = eventLeafHash(altered).toString('base64');
      expect(refusal(bundle)).toMatch(/the inclusion proof of event .* \(position 5\) fails: .*does not lead to the root/);
    });

    it('a forged proof', () => {
      const bundle = clone(bundleOf(12));
      const proof = [...bundle.events[0].inclusionProof];
      const bytes = Buffer.from(proof[1], 'base64');
      bytes[0] ^= 1;
      proof[1] = bytes.toString('base64');
      (bundle.events[0] as unknown as { inclusionProof: string[] }).inclusionProof = proof;
      expect(refusal(bundle)).toMatch(/the inclusion proof of event .* \(position 2\) fails: the inclusion proof of leaf 2 does not lead to the root/);
    });

    it('a shortened proof', () => {
      const bundle = clone(bundleOf(12));
      (bundle.events[0] as unknown as { inclusionProof: string[] }).inclusionProof = bundle.events[0].inclusionProof.slice(0, -1);
      expect(refusal(bundle)).toMatch(/fails: the inclusion proof is shorter than the tree is deep/);
    });

    it('a checkpoint signed by another key', () => {
      const impostor = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
      expect(refusal(bundleOf(12, { signer: impostor }))).toMatch(/the checkpoint is not signed by the log key acme\.example\/audit .*another key signed it/);
    });

    it('a bundle whose checkpoint is older than the trusted one', () => {
      expect(refusal(bundleOf(12), trustedAt(40))).toMatch(/the bundle's checkpoint \(tree size 12\) is older than the trusted one \(tree size 40\)/);
    });

    it('a bundle inconsistent with the trusted checkpoint (history rewritten after it was trusted)', () => {
      expect(refusal(bundleOf(40, { trustedSize: 11 }), trustedAt(11, 3))).toMatch(/inconsistent with the trusted one: .*rewritten/);
    });

    it('a bundle with no consistency proof from the trusted size', () => {
      expect(refusal(bundleOf(40), trustedAt(11))).toMatch(/no consistency proof from the trusted tree size 11/);
    });

    it('a reordered event list', () => {
      const bundle = clone(bundleOf(12));
      const events = [...bundle.events];
      [events[1], events[2]] = [events[2], events[1]];
      expect(refusal({ ...bundle, events })).toMatch(/not in log order: position 5 comes after 7/);
    });

    it('an event of the case dropped', () => {
      const bundle = clone(bundleOf(12));
      expect(refusal({ ...bundle, events: bundle.events.filter((e) => e.position !== 5) })).toMatch(/misses revision 1/);
    });

    it('a canonicalization it does not know, and something that is not a bundle', () => {
      expect(refusal({ ...bundleOf(12), canonicalization: 'aftersales-event-jcs/9' })).toMatch(/canonicalization aftersales-event-jcs\/9 is not one this verifier knows/);
      expect(refusal({ hello: 'world' })).toMatch(/not an evidence bundle/);
    });
  });
});

describe('AU-2 key rotation: the verifier follows the chain of keys from the first (trusted) one', () => {
  const nextKey = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
  const rotated = (size: number, extra: { signer?: typeof logKey; by?: typeof logKey; trustedSize?: number } = {}) =>
    bundleOf(size, { signer: extra.signer, trustedSize: extra.trustedSize, rotation: { position: 10, fromSize: 12, to: nextKey, by: extra.by ?? logKey } });

  it('AU-2 a checkpoint signed by the key valid at its tree size verifies, the rotation itself in the log', () => {
    expect(verifyBundle(rotated(20))).toMatchObject({ treeSize: 20, keys: 2, keyPeriod: expect.stringMatching(/tree sizes 12 and up$/) as unknown });
  });

  it('AU-2 a checkpoint trusted under the first key pins the chain: the rotated bundle is consistent with it', () => {
    const before = log(11, undefined, new Map([[10, rotationEvent({ position: 10, fromSize: 12, to: nextKey, by: logKey })]]));
    const trusted = { checkpoint: checkpointOf(11, before.frontier.root()), verifierKey: signerVerifierKey(logKey) };
    expect(verifyBundle(rotated(40, { trustedSize: 11 }), trusted)).toMatchObject({ keySource: 'trusted-checkpoint', consistentWithTrusted: 11, keys: 2 });
  });

  it('AU-2 a bundle from before rotations (one key, no statements) still verifies', () => {
    const old = clone(bundleOf(12));
    expect(old.log.rotations).toBeUndefined();
    expect(verifyBundle(old)).toMatchObject({ keys: 1, keyPeriod: expect.stringMatching(/tree sizes 0 and up$/) as unknown });
  });

  describe('AU-2 each adversarial rotation is refused with its own message', () => {
    it('a checkpoint signed by the old key after its period', () => {
      expect(refusal(rotated(20, { signer: logKey }))).toMatch(/the checkpoint \(tree size 20\) is signed by key [0-9a-f]{8}, outside its period \(tree sizes 0 to 11\)/);
    });

    it('a checkpoint signed by the new key before its period', () => {
      expect(refusal(rotated(11, { signer: nextKey }))).toMatch(/the checkpoint \(tree size 11\) is signed by key [0-9a-f]{8}, outside its period \(tree sizes 12 and up\)/);
    });

    it('a rotation statement not signed by the previous key', () => {
      const stranger = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
      expect(refusal(rotated(20, { by: stranger }))).toMatch(/rotation statement 1 \(to key [0-9a-f]{8} from tree size 12\) is not signed by the previous key [0-9a-f]{8}/);
    });

    it('a new key in the history with no rotation statement leading to it', () => {
      const bundle = clone(rotated(20));
      const { rotations: _dropped, keyPeriods: _periods, ...log } = bundle.log;
      expect(refusal({ ...bundle, log })).toMatch(/the key history \(2 keys\) is not the chain its rotation statements lead to \(1 keys\)/);
    });

    it('a rotation statement that is not the one the log recorded', () => {
      const bundle = clone(rotated(20));
      const other = signRotation(logKey, nextKey, 12, new Date('2026-03-03T13:00:00Z'));
      const log = { ...bundle.log, rotations: [{ ...(bundle.log.rotations ?? [])[0], statement: other }] };
      expect(refusal({ ...bundle, log })).toMatch(/rotation statement 1 is not carried by its log event/);
    });

    it('a rotation event forged into the bundle but not in the log', () => {
      const bundle = clone(rotated(20));
      const [rotation] = bundle.log.rotations ?? [];
      const log = { ...bundle.log, rotations: [{ ...rotation, position: 11 }] };
      expect(refusal({ ...bundle, log })).toMatch(/the inclusion proof of rotation statement 1 \(position 11\) fails/);
    });

    it('a rotation that is not a signed note, and rotations that are not a list', () => {
      const bundle = clone(rotated(20));
      const [rotation] = bundle.log.rotations ?? [];
      expect(refusal({ ...bundle, log: { ...bundle.log, rotations: [{ ...rotation, statement: 42 }] } })).toMatch(/rotation statement 1 is not a signed note/);
      expect(refusal({ ...bundle, log: { ...bundle.log, rotations: ['x'] } })).toMatch(/rotations are not a list of logged rotations/);
    });

    it('a trusted key the chain never reaches', () => {
      const stranger = { name: ORIGIN, privateKey: generateKeyPairSync('ed25519').privateKey };
      const trusted = { checkpoint: checkpointOf(11, log(11).frontier.root(), stranger), verifierKey: signerVerifierKey(stranger) };
      expect(refusal(rotated(20), trusted)).toMatch(/is not the trusted one and no logged rotation leads to it/);
    });
  });
});
