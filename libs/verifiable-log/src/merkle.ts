import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 §2.1 (Certificate Transparency v2, same hashing as RFC 6962) over the
 * audit archive in archive order: SHA-256, a leaf is H(0x00 || bytes), an interior node
 * H(0x01 || left || right), and a tree of n leaves splits at the largest power of two below n.
 * Pure: proofs are computed from the hashes of complete subtrees, which the archive stores, so a
 * proof costs O(log n) stored hashes whatever the tree's size (ADR 014).
 */

export const HASH_SIZE = 32;

export function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({d}) = SHA-256(0x00 || d). */
// rule AU-2: tamper evidence is a Merkle tree over the archive (RFC 9162 hashing)
export function leafHash(bytes: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, bytes);
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

/** MTH of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = sha256();

/** A complete subtree: 2^level leaves starting at index·2^level (level 0 is one leaf). */
export interface SubtreeId {
  readonly level: number;
  readonly index: number;
}

/** How a complete subtree's hash is stored and looked up: `<level>/<index>`. */
export function subtreeKey(id: SubtreeId): string {
  return `${id.level}/${id.index}`;
}

/** The leaves [start, end) of a tree, as one of the subtrees RFC 9162's recursion visits. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** The largest power of two strictly below n (n > 1): RFC 9162's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete subtrees whose hashes make up MTH(D[start:end]), left to right. For the ranges RFC
 * 9162's recursion produces (aligned on a power of two at least as large as the range, or the right
 * edge of the tree), the hash is their right fold: node(s0, node(s1, … node(sk-1, sk))).
 */
export function completeSubtrees(range: LeafRange): SubtreeId[] {
  const out: SubtreeId[] = [];
  let start = range.start;
  let size = range.end - range.start;
  while (size > 0) {
    let level = 0;
    while (2 ** (level + 1) <= size && start % 2 ** (level + 1) === 0) level++;
    out.push({ level, index: start / 2 ** level });
    start += 2 ** level;
    size -= 2 ** level;
  }
  return out;
}

/** MTH(D[start:end]) from the hashes of its complete subtrees (`lookup` throws for one it lacks). */
export function rangeHash(range: LeafRange, lookup: (id: SubtreeId) => Uint8Array): Buffer {
  const parts = completeSubtrees(range);
  if (parts.length === 0) return EMPTY_ROOT;
  let hash: Buffer = Buffer.from(lookup(parts[parts.length - 1]));
  for (let i = parts.length - 2; i >= 0; i--) hash = nodeHash(lookup(parts[i]), hash);
  return hash;
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]): the ranges whose hashes prove leaf m in a tree of n leaves, leaf first. */
export function inclusionProofRanges(m: number, n: number): LeafRange[] {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 0 || m >= n) throw new RangeError(`no leaf ${m} in a tree of ${n}`);
  const path = (m: number, start: number, end: number): LeafRange[] => {
    const size = end - start;
    if (size <= 1) return [];
    const k = splitPoint(size);
    return m < k ? [...path(m, start, start + k), { start: start + k, end }] : [...path(m - k, start + k, end), { start, end: start + k }];
  };
  return path(m, 0, n);
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]): the ranges whose hashes prove the tree of m leaves a prefix of the tree of n. */
export function consistencyProofRanges(m: number, n: number): LeafRange[] {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 0 || m > n) throw new RangeError(`no consistency proof from ${m} to ${n}`);
  if (m === 0 || m === n) return [];
  const subproof = (m: number, start: number, end: number, b: boolean): LeafRange[] => {
    const size = end - start;
    if (m === size) return b ? [] : [{ start, end }];
    const k = splitPoint(size);
    return m <= k
      ? [...subproof(m, start, start + k, b), { start: start + k, end }]
      : [...subproof(m - k, start + k, end, false), { start, end: start + k }];
  };
  return subproof(m, 0, n, true);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/** Why a proof was refused: each check names its own failure. */
export class ProofError extends Error {}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function checkHash(what: string, hash: Uint8Array): void {
  if (hash.length !== HASH_SIZE) throw new ProofError(`${what} is ${hash.length} bytes, not ${HASH_SIZE}`);
}

/** The root an inclusion proof leads to (RFC 9162 §2.1.3.2); throws ProofError when the proof cannot fit. */
export function rootFromInclusionProof(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[]): Buffer {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) throw new ProofError(`leaf index ${index} is outside a tree of ${size}`);
  checkHash('the leaf hash', leaf);
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    checkHash('a proof hash', p);
    if (sn === 0) throw new ProofError('the inclusion proof is longer than the tree is deep');
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new ProofError('the inclusion proof is shorter than the tree is deep');
  return r;
}

/** RFC 9162 §2.1.3.2: throws ProofError unless the proof leads from the leaf to the root. */
export function verifyInclusion(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): void {
  checkHash('the root hash', root);
  if (!equal(rootFromInclusionProof(index, size, leaf, proof), root)) throw new ProofError(`the inclusion proof of leaf ${index} does not lead to the root of the tree of ${size}`);
}

/**
 * RFC 9162 §2.1.4.2: throws ProofError unless the tree of `size1` leaves with root `root1` is a
 * prefix of the tree of `size2` leaves with root `root2` (the log only grew).
 */
export function verifyConsistency(size1: number, size2: number, root1: Uint8Array, root2: Uint8Array, proof: readonly Uint8Array[]): void {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1) throw new ProofError(`a tree of ${size2} cannot extend one of ${size1}`);
  checkHash('the first root hash', root1);
  checkHash('the second root hash', root2);
  if (size1 === size2) {
    if (proof.length > 0) throw new ProofError('a consistency proof between equal sizes must be empty');
    if (!equal(root1, root2)) throw new ProofError(`two different roots for the same tree size ${size1}`);
    return;
  }
  if (size1 === 0) {
    if (proof.length > 0) throw new ProofError('a consistency proof from the empty tree must be empty');
    return;
  }
  if (proof.length === 0) throw new ProofError('the consistency proof is empty');
  for (const p of proof) checkHash('a proof hash', p);
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) throw new ProofError('the consistency proof is longer than it can be');
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new ProofError('the consistency proof is shorter than it must be');
  if (!equal(fr, root1)) throw new ProofError(`the consistency proof does not reproduce the root of the tree of ${size1}: the history was rewritten`);
  if (!equal(sr, root2)) throw new ProofError(`the consistency proof does not reproduce the root of the tree of ${size2}`);
}

/**
 * The right edge of a growing tree (a "compact range" from 0): one hash per complete subtree of the
 * current size's binary decomposition. Appending a leaf merges equal-sized subtrees; each merge is a
 * new complete subtree, reported so the archive can store it.
 */
export class MerkleFrontier {
  private readonly stack: { id: SubtreeId; hash: Buffer }[];

  constructor(
    private leafCount: number,
    subtrees: readonly { id: SubtreeId; hash: Uint8Array }[] = [],
  ) {
    const expected = completeSubtrees({ start: 0, end: leafCount });
    if (subtrees.length !== expected.length || subtrees.some((s, i) => s.id.level !== expected[i].level || s.id.index !== expected[i].index)) {
      throw new Error(`a frontier of ${leafCount} leaves needs the subtrees ${expected.map(subtreeKey).join(', ')}`);
    }
    this.stack = subtrees.map((s) => ({ id: s.id, hash: Buffer.from(s.hash) }));
  }

  /** The subtrees a frontier of `size` leaves is made of (what to load to resume). */
  static subtreesOf(size: number): SubtreeId[] {
    return completeSubtrees({ start: 0, end: size });
  }

  get size(): number {
    return this.leafCount;
  }

  /** Appends one leaf hash; returns every complete subtree it made (the leaf itself first). */
  append(leaf: Uint8Array): { id: SubtreeId; hash: Buffer }[] {
    const made: { id: SubtreeId; hash: Buffer }[] = [{ id: { level: 0, index: this.leafCount }, hash: Buffer.from(leaf) }];
    this.stack.push(made[0]);
    this.leafCount++;
    while (this.stack.length >= 2 && this.stack[this.stack.length - 1].id.level === this.stack[this.stack.length - 2].id.level) {
      const right = this.stack.pop() as { id: SubtreeId; hash: Buffer };
      const left = this.stack.pop() as { id: SubtreeId; hash: Buffer };
      const merged = { id: { level: left.id.level + 1, index: left.id.index / 2 }, hash: nodeHash(left.hash, right.hash) };
      this.stack.push(merged);
      made.push(merged);
    }
    return made;
  }

  /** The complete subtrees the frontier is made of, largest first: what `new MerkleFrontier(size, …)` takes to resume. */
  subtrees(): { id: SubtreeId; hash: Buffer }[] {
    return this.stack.map((s) => ({ id: { ...s.id }, hash: Buffer.from(s.hash) }));
  }

  /** MTH of the leaves so far. */
  root(): Buffer {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let hash = this.stack[this.stack.length - 1].hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = nodeHash(this.stack[i].hash, hash);
    return hash;
  }
}
