import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, DomainError, NotFoundError } from '@aftersales/eventsourcing';
import { CASE_KINDS } from '@aftersales/contracts';
import { Caller } from '@aftersales/platform';
import { AUDIT } from '@aftersales/audit-domain';
import { BUNDLE_FORMAT, CANONICALIZATION, EvidenceBundle, eventLeafHash } from '@aftersales/verifiable-log';
import { ArchiveEntry, AuditLog } from './audit-log';
import { AUDIT_LOG, AuditCheckpoints } from './checkpoints';
import { LogKeyChain } from './key-chain';
import { LOG_KEYS, LogKeys } from './log-keys';

/** A case's stream: its kind's prefix (libs/contracts CASE_KINDS) and its id. */
export function caseStream(kind: string, id: string): string {
  const prefix = CASE_KINDS[kind];
  if (prefix === undefined) throw new NotFoundError(AUDIT.CASE_KIND_UNKNOWN, `no case kind ${kind}`, { kind, kinds: Object.keys(CASE_KINDS) });
  return `${prefix}${id}`;
}

/**
 * A case file from the archive: the case's own stream and, across contexts, every event sharing a
 * correlation id with it (the process managers carry it from the complaint to QA, dispatch and
 * returns), the caller's tenant only, in archive order.
 */
@Injectable()
export class CaseFiles {
  constructor(
    @Inject(AUDIT_LOG) private readonly log: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
    @Inject(LOG_KEYS) private readonly keys: LogKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly chain: LogKeyChain,
  ) {}

  async events(caller: Caller, kind: string, id: string): Promise<{ stream: string; entries: ArchiveEntry[] }> {
    const stream = caseStream(kind, id);
    const tenant = caller.user.tenantId;
    const own = (await this.log.ofStreams([stream])).filter((e) => e.event.tenantId === tenant);
    if (own.length === 0) throw new NotFoundError(AUDIT.CASE_NOT_ARCHIVED, `no archived event of ${kind} ${id}`, { kind, id });
    const related = await this.log.ofCorrelations([...new Set(own.map((e) => e.event.correlationId))]);
    const byIndex = new Map([...own, ...related.filter((e) => e.event.tenantId === tenant)].map((e) => [e.index, e]));
    return { stream, entries: [...byIndex.values()].sort((a, b) => a.index - b.index) };
  }

  /**
   * The evidence bundle (AU-2): the case file with inclusion proofs to one signed checkpoint (a new
   * one is signed when the latest does not cover every event yet), the keys, and a consistency proof
   * from `trustedSize` when the auditor holds an older checkpoint. The keys are the chain as the
   * checkpoint covers it: every rotation logged within it, each with its inclusion proof, and the
   * period of each key, so a verifier trusting the first key follows them to the checkpoint's.
   */
  async bundle(caller: Caller, kind: string, id: string, trustedSize?: number): Promise<EvidenceBundle> {
    const { stream, entries } = await this.events(caller, kind, id);
    let checkpoint = await this.checkpoints.latest();
    const last = entries[entries.length - 1].index;
    if (!checkpoint || checkpoint.size <= last) checkpoint = await this.checkpoints.sign();
    const size = checkpoint.size;
    if (trustedSize !== undefined && trustedSize > size) {
      throw new DomainError(AUDIT.TREE_SIZE_OUT_OF_RANGE, `the trusted tree size ${trustedSize} is beyond the log's latest checkpoint (${size})`, { trustedSize, treeSize: size });
    }
    const events = await Promise.all(
      entries.map(async (entry) => ({
        position: entry.index,
        context: entry.context,
        sourcePosition: entry.sourcePosition,
        event: entry.event,
        leafHash: eventLeafHash(entry.event, entry.canonicalization).toString('base64'),
        inclusionProof: (await this.log.inclusionProof(entry.index, size)).map((p) => p.toString('base64')),
      })),
    );
    const chain = await this.chain.at(size);
    const rotations = await Promise.all(
      chain.rotations.map(async (rotation) => {
        const entry = (await this.log.entry(rotation.eventId)) as ArchiveEntry;
        return {
          statement: rotation.statement,
          position: entry.index,
          event: entry.event,
          leafHash: eventLeafHash(entry.event, entry.canonicalization).toString('base64'),
          inclusionProof: (await this.log.inclusionProof(entry.index, size)).map((p) => p.toString('base64')),
        };
      }),
    );
    const keyHistory = chain.periods.map((p) => p.verifierKey);
    const consistency =
      trustedSize !== undefined && trustedSize > 0 && trustedSize < size ? [{ from: trustedSize, proof: (await this.log.consistencyProof(trustedSize, size)).map((p) => p.toString('base64')) }] : [];
    return {
      format: BUNDLE_FORMAT,
      case: { kind, id, stream, tenantId: caller.user.tenantId },
      canonicalization: CANONICALIZATION,
      log: {
        origin: this.keys.origin,
        verifierKey: keyHistory[keyHistory.length - 1],
        keyHistory,
        keyPeriods: chain.periods,
        rotations,
        witnessKeys: [...this.keys.witnessKeys],
      },
      checkpoint: checkpoint.note,
      consistency,
      events,
      exportedAt: this.clock.now().toISOString(),
    };
  }
}
