import { Inject, Injectable, InjectionToken } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Aggregate, EventEnvelope, NotFoundError } from '@aftersales/eventsourcing';
import { Caller } from '@aftersales/platform';
import { AUDIT, CaseFileTimeline, ObligationReader, caseFileTimeline } from '@aftersales/audit-domain';
import { ArchiveEntry } from './audit-log';
import { CaseFiles, caseStream } from './case-files';

/**
 * Which aggregate folds a case kind (libs/contracts CASE_KINDS): the composition root names each
 * context's aggregate token (`{ kind: 'complaint', aggregate: COMPLAINTS }`), so a context's cases
 * become replayable by that registration, without audit importing the context.
 */
export interface ReplayRegistration {
  readonly kind: string;
  readonly aggregate: InjectionToken;
}

export const CASE_REPLAYS = Symbol('AuditCaseReplays');

export interface CaseReplay {
  readonly kind: string;
  readonly id: string;
  readonly at: string;
  /** How many of the case's own events happened at or before `at`. */
  readonly eventsApplied: number;
  readonly lastEvent: { readonly id: string; readonly type: string; readonly occurredAt: string; readonly position: number } | null;
  /** The decider's state, folded with its own `evolve`. */
  readonly state: unknown;
  /** The view GET folds (before presentation), null before the case's first event. */
  readonly view: unknown;
}

/** An archived event as the envelope its context's fold reads (positions are the source's). */
function envelopeOf(entry: ArchiveEntry): EventEnvelope {
  return { ...entry.event, revision: BigInt(entry.event.revision), position: BigInt(entry.sourcePosition) };
}

/**
 * AU-2 replay: the state of a case as of any instant, folded from the archived record with the
 * owning context's decider and view (no second implementation of any rule).
 */
@Injectable()
export class CaseReplays {
  constructor(
    private readonly cases: CaseFiles,
    private readonly modules: ModuleRef,
    @Inject(CASE_REPLAYS) private readonly registrations: readonly ReplayRegistration[],
  ) {}

  kinds(): string[] {
    return this.registrations.map((r) => r.kind);
  }

  /** Each registered aggregate's obligation rules, for the streams of its prefix (events upcast first). */
  private obligationReaders(archived: ReadonlyMap<number, ArchiveEntry>): ObligationReader[] {
    return this.registrations.flatMap((r) => {
      const aggregate = this.aggregateOf(r);
      const { obligations, streamPrefix, upcasters } = aggregate.definition;
      if (!obligations) return [];
      return [
        {
          streamPrefix,
          changes: (entry) => {
            const envelope = envelopeOf(archived.get(entry.position) as ArchiveEntry);
            return obligations.changes(upcasters ? upcasters.apply(envelope) : envelope);
          },
        },
      ];
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private aggregateOf(registration: ReplayRegistration): Aggregate<any, any, any, any, any> {
    return this.modules.get(registration.aggregate, { strict: false });
  }

  /**
   * The cross-context case file (AU-1, AU-2): the case's archived events across contexts as a
   * timeline, and the deadlines its contexts tracked, folded with each registered aggregate's own
   * obligation rules; as of `at` (now when absent).
   */
  async caseFile(caller: Caller, kind: string, id: string, at: Date): Promise<CaseFileTimeline & { kind: string; id: string; stream: string }> {
    const { stream, entries } = await this.cases.events(caller, kind, id);
    const file = caseFileTimeline(
      entries.map((e) => ({ position: e.index, context: e.context, sourcePosition: e.sourcePosition, event: e.event })),
      this.obligationReaders(new Map(entries.map((e) => [e.index, e]))),
      at.toISOString(),
    );
    return { kind, id, stream, ...file };
  }

  async replay(caller: Caller, kind: string, id: string, at: Date): Promise<CaseReplay> {
    const registration = this.registrations.find((r) => r.kind === kind);
    if (!registration) {
      caseStream(kind, id);
      throw new NotFoundError(AUDIT.CASE_KIND_UNKNOWN, `cases of kind ${kind} cannot be replayed here`, { kind, kinds: this.kinds() });
    }
    const aggregate = this.aggregateOf(registration);
    const { stream, entries } = await this.cases.events(caller, kind, id);
    const own = entries.filter((e) => e.stream === stream);
    const until = own.filter((e) => Date.parse(e.event.occurredAt) <= at.getTime());
    const { state, view } = aggregate.replay(until.map(envelopeOf));
    const last = until[until.length - 1];
    return {
      kind,
      id,
      at: at.toISOString(),
      eventsApplied: until.length,
      lastEvent: last ? { id: last._id, type: last.event.type, occurredAt: last.event.occurredAt, position: last.index } : null,
      state,
      view,
    };
  }
}
