import {
  EMPTY_ROOT,
  MerkleFrontier,
  ProofError,
  SubtreeId,
  consistencyProofRanges,
  inclusionProofRanges,
  leafHash,
  nodeHash,
  rangeHash,
  rootFromInclusionProof,
  subtreeKey,
  verifyConsistency,
  verifyInclusion,
} from './merkle';

const hex = (h: string) => Buffer.from(h, 'hex');

// The RFC 6962 reference leaves and roots, as transparency-dev/merkle's proof tests publish them.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(hex);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(hex);
/** [leaf index (0-based), tree size, proof]. */
const INCLUSION: [number, number, string[]][] = [
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: [number, number, string[]][] = [
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [6, 7, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
];

/** MTH by the RFC's recursive definition: the reference the stored-subtree code must agree with. */
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

/** Every complete subtree of a tree, as the archive stores them, built with the frontier. */
function storedTree(leaves: Buffer[]): { frontier: MerkleFrontier; lookup: (id: SubtreeId) => Buffer } {
  const nodes = new Map<string, Buffer>();
  const frontier = new MerkleFrontier(0);
  for (const leaf of leaves) for (const made of frontier.append(leaf)) nodes.set(subtreeKey(made.id), made.hash);
  return {
    frontier,
    lookup: (id) => {
      const hash = nodes.get(subtreeKey(id));
      if (!hash) throw new Error(`no subtree ${subtreeKey(id)}`);
      return hash;
    },
  };
}

function proofOf(ranges: { start: number; end: number }[], lookup: (id: SubtreeId) => Buffer): Buffer[] {
  return ranges.map((r) => rangeHash(r, lookup));
}

const leafHashes = LEAVES.map((l) => leafHash(l));

describe('AU-2 Merkle log (RFC 9162 §2.1)', () => {
  it('AU-2 roots of the RFC 6962 reference tree, sizes 1 to 8', () => {
    for (let n = 1; n <= 8; n++) {
      const { frontier } = storedTree(leafHashes.slice(0, n));
      expect(frontier.root().toString('hex')).toBe(ROOTS[n - 1].toString('hex'));
    }
    expect(new MerkleFrontier(0).root().toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('AU-2 inclusion proofs: generated equal the reference vectors, and verify', () => {
    for (const [index, size, expected] of INCLUSION) {
      const { lookup } = storedTree(leafHashes.slice(0, size));
      const proof = proofOf(inclusionProofRanges(index, size), lookup);
      expect(proof.map((p) => p.toString('hex'))).toEqual(expected);
      expect(() => verifyInclusion(index, size, leafHashes[index], proof, ROOTS[size - 1])).not.toThrow();
    }
  });

  it('AU-2 consistency proofs: generated equal the reference vectors, and verify', () => {
    for (const [m, n, expected] of CONSISTENCY) {
      const { lookup } = storedTree(leafHashes.slice(0, n));
      const proof = proofOf(consistencyProofRanges(m, n), lookup);
      expect(proof.map((p) => p.toString('hex'))).toEqual(expected);
      expect(() => verifyConsistency(m, n, ROOTS[m - 1], ROOTS[n - 1], proof)).not.toThrow();
    }
  });

  it('AU-2 every proof of every tree up to 40 leaves agrees with the recursive definition and verifies', () => {
    const leaves = Array.from({ length: 40 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
    for (let n = 1; n <= 40; n++) {
      const { frontier, lookup } = storedTree(leaves.slice(0, n));
      const root = referenceRoot(leaves.slice(0, n));
      expect(frontier.root().equals(root)).toBe(true);
      expect(rangeHash({ start: 0, end: n }, lookup).equals(root)).toBe(true);
      for (let m = 0; m < n; m++) {
        expect(rootFromInclusionProof(m, n, leaves[m], proofOf(inclusionProofRanges(m, n), lookup)).equals(root)).toBe(true);
        const first = referenceRoot(leaves.slice(0, m + 1));
        expect(() => verifyConsistency(m + 1, n, first, root, proofOf(consistencyProofRanges(m + 1, n), lookup))).not.toThrow();
      }
    }
  });

  it('AU-2 a frontier resumed from its stored subtrees goes on as if it never stopped', () => {
    const leaves = Array.from({ length: 23 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
    const { lookup } = storedTree(leaves.slice(0, 13));
    const resumed = new MerkleFrontier(13, MerkleFrontier.subtreesOf(13).map((id) => ({ id, hash: lookup(id) })));
    for (const leaf of leaves.slice(13)) resumed.append(leaf);
    expect(resumed.root().equals(referenceRoot(leaves))).toBe(true);
  });

  it('AU-2 a frontier resumed from the subtrees another one held (a verification kept between chunks) reaches the same root', () => {
    const leaves = Array.from({ length: 23 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
    const first = new MerkleFrontier(0);
    for (const leaf of leaves.slice(0, 13)) first.append(leaf);
    const kept = first.subtrees().map((s) => ({ id: s.id, hash: s.hash.toString('base64') }));
    const resumed = new MerkleFrontier(13, kept.map((s) => ({ id: s.id, hash: Buffer.from(s.hash, 'base64') })));
    for (const leaf of leaves.slice(13)) resumed.append(leaf);
    expect(resumed.root().equals(referenceRoot(leaves))).toBe(true);
    expect(kept.map((s) => s.id)).toEqual(MerkleFrontier.subtreesOf(13));
  });

  describe('AU-2 corrupted proofs are refused (the probes of transparency-dev/merkle)', () => {
    const flip = (proof: Buffer[], i: number) => proof.map((p, j) => (j === i ? Buffer.from(p.map((b, k) => (k === 0 ? b ^ 8 : b))) : p));

    it.each(INCLUSION)('inclusion of leaf %i in %i', (index, size, hexProof) => {
      const proof = hexProof.map(hex);
      const root = ROOTS[size - 1];
      const leaf = leafHashes[index];
      const probes: [number, number, Buffer, Buffer[], Buffer][] = [
        [index - 1, size, leaf, proof, root],
        [index + 1, size, leaf, proof, root],
        [index ^ 2, size, leaf, proof, root],
        [index, size * 2, leaf, proof, root],
        [index, Math.floor(size / 2), leaf, proof, root],
        [index, size, leafHash(Buffer.from('WrongLeaf')), proof, root],
        [index, size, leaf, proof, EMPTY_ROOT],
        [index, size, leaf, [...proof, root], root],
        [index, size, leaf, [root, ...proof], root],
        [index, size, leaf, proof.slice(0, -1), root],
        ...proof.map((_, i) => [index, size, leaf, flip(proof, i), root] as [number, number, Buffer, Buffer[], Buffer]),
      ];
      for (const [i, n, l, p, r] of probes) expect(() => verifyInclusion(i, n, l, p, r)).toThrow(ProofError);
    });

    it.each(CONSISTENCY)('consistency from %i to %i', (m, n, hexProof) => {
      const proof = hexProof.map(hex);
      const [r1, r2] = [ROOTS[m - 1], ROOTS[n - 1]];
      const probes: [number, number, Buffer, Buffer, Buffer[]][] = [
        [m - 1, n, r1, r2, proof],
        [m + 1, n, r1, r2, proof],
        [m ^ 2, n, r1, r2, proof],
        [m, n * 2, r1, r2, proof],
        [m, Math.floor(n / 2), r1, r2, proof],
        [m, n, leafHash(Buffer.from('WrongRoot')), r2, proof],
        [m, n, r1, leafHash(Buffer.from('WrongRoot')), proof],
        [m, n, r2, r1, proof],
        [m, n, r1, r2, []],
        [m, n, r1, r2, [...proof, r1]],
        [m, n, r1, r2, [r2, ...proof]],
        [m, n, r1, r2, [proof[0], ...proof]],
        [m, n, r1, r2, proof.slice(0, -1)],
        ...proof.map((_, i) => [m, n, r1, r2, flip(proof, i)] as [number, number, Buffer, Buffer, Buffer[]]),
      ];
      for (const [a, b, x, y, p] of probes) {
        if (a === m && b === n && x === r1 && y === r2 && p === proof) continue;
        expect(() => verifyConsistency(a, b, x, y, p)).toThrow(ProofError);
      }
    });
  });
});
