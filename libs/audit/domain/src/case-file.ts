import { ObligationChange, ObligationOutcome, ObligationRound, applyObligationChange } from '@aftersales/eventsourcing';

/**
 * The cross-context case file (AU-1, AU-2; issue 16 "Replay and the case file"): a case's archived
 * events across contexts as one timeline (who, in which role, when, under which policy and calendar
 * version) and every deadline its contexts tracked, met or missed. The deadlines are folded with
 * each context's own obligation changes (its aggregate's `obligations.changes`, obligations.ts),
 * handed in by the composition root: audit reads no deadline rule of its own, and a context's
 * deadlines join the case file when its aggregate is registered.
 */

/** An archived event as the case file reads it. */
export interface CaseFileEntry {
  readonly position: number;
  readonly context: string;
  /** The event's position in its source's event store (decimal). */
  readonly sourcePosition: string;
  readonly event: {
    readonly id: string;
    readonly type: string;
    readonly stream: string;
    readonly occurredAt: string;
    readonly actor: { readonly id: string; readonly role: string };
    readonly policyVersion: string | null;
    readonly data: unknown;
  };
}

/** A context's obligation rules for the streams of one aggregate (its prefix). */
export interface ObligationReader {
  readonly streamPrefix: string;
  /** The obligation changes of one archived event of those streams (upcast by the caller's reader). */
  changes(entry: CaseFileEntry): readonly ObligationChange[];
}

/** What one event did to a deadline. */
export interface DeadlineEffect {
  readonly obligation: string;
  readonly effect: 'opened' | 'rescheduled' | 'met' | 'met_late' | 'missed' | 'cancelled';
  readonly dueAt: string;
}

export interface TimelineEntry {
  readonly position: number;
  readonly context: string;
  readonly sourcePosition: string;
  readonly stream: string;
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly policyVersion: string | null;
  /** The calendar version the event's deadlines were counted with (`calendarVersion` in its data). */
  readonly calendarVersion: string | null;
  readonly deadlines: readonly DeadlineEffect[];
}

/** An event named by a deadline: where it is in the log and when it happened. */
export interface EventRef {
  readonly eventId: string;
  readonly position: number;
  readonly occurredAt: string;
}

export interface CaseDeadline {
  readonly context: string;
  readonly stream: string;
  readonly obligation: string;
  readonly dueAt: string;
  /** As recorded: `open` until met, missed (by the context's scheduler) or cancelled (the case ended). */
  readonly state: ObligationOutcome;
  /** Still open at `asOf` and past due: missed, though no miss is recorded (yet). */
  readonly overdue: boolean;
  readonly responsibleId: string | null;
  readonly openedBy: EventRef;
  /** The event that met, missed or cancelled it; null while open. */
  readonly settledBy: EventRef | null;
}

export interface CaseFileSummary {
  readonly events: number;
  readonly contexts: readonly string[];
  readonly deadlines: { readonly met: number; readonly metLate: number; readonly missed: number; readonly overdue: number; readonly open: number; readonly cancelled: number };
}

export interface CaseFileTimeline {
  readonly asOf: string;
  readonly timeline: readonly TimelineEntry[];
  readonly deadlines: readonly CaseDeadline[];
  readonly versions: { readonly policy: readonly string[]; readonly calendar: readonly string[] };
  readonly summary: CaseFileSummary;
}

type TrackedRound = ObligationRound & { readonly context: string; readonly stream: string; readonly openedBy: EventRef; readonly settledBy: EventRef | null };

const calendarVersionOf = (data: unknown): string | null => {
  const v = data && typeof data === 'object' ? (data as Record<string, unknown>).calendarVersion : undefined;
  return typeof v === 'string' ? v : null;
};

// rule AU-2: the case file's timeline with actors, roles, versions and the deadlines met and missed
/**
 * Folds a case file's entries (archive order) as they stand at `asOf`: the entries after it are
 * left out, and a deadline still open and past due then is `overdue`. Each stream's deadlines are
 * folded with its context's reader (libs/eventsourcing `applyObligationChange`, the same fold the
 * contexts' deciders, views and deadline trackers use); a stream no reader claims has none.
 */
export function caseFileTimeline(entries: readonly CaseFileEntry[], readers: readonly ObligationReader[], asOf: string): CaseFileTimeline {
  const at = Date.parse(asOf);
  const ledgers = new Map<string, readonly TrackedRound[]>();
  const timeline: TimelineEntry[] = [];
  for (const entry of entries) {
    const { event } = entry;
    if (Date.parse(event.occurredAt) > at) continue;
    const ref: EventRef = { eventId: event.id, position: entry.position, occurredAt: event.occurredAt };
    const reader = readers.find((r) => event.stream.startsWith(r.streamPrefix));
    const effects: DeadlineEffect[] = [];
    let ledger = ledgers.get(event.stream) ?? [];
    for (const change of reader ? reader.changes(entry) : []) {
      const after = applyObligationChange(ledger, change) as TrackedRound[];
      if (after === ledger) continue;
      if (change.kind === 'open') {
        // The new round is the obligation's latest (an open one it replaces leaves the ledger).
        const i = after.map((r) => r.obligation).lastIndexOf(change.obligation);
        after[i] = { ...after[i], context: entry.context, stream: event.stream, openedBy: ref, settledBy: null };
        effects.push({ obligation: change.obligation, effect: 'opened', dueAt: change.dueAt });
      } else {
        after.forEach((round, i) => {
          if (round === ledger[i]) return;
          if (round.state !== ledger[i].state) {
            after[i] = { ...round, settledBy: ref };
            effects.push({ obligation: round.obligation, effect: round.state === 'open' ? 'opened' : round.state, dueAt: round.dueAt });
          } else if (round.dueAt !== ledger[i].dueAt) {
            effects.push({ obligation: round.obligation, effect: 'rescheduled', dueAt: round.dueAt });
          }
        });
      }
      ledger = after;
    }
    ledgers.set(event.stream, ledger);
    timeline.push({
      position: entry.position,
      context: entry.context,
      sourcePosition: entry.sourcePosition,
      stream: event.stream,
      eventId: event.id,
      type: event.type,
      occurredAt: event.occurredAt,
      actor: { id: event.actor.id, role: event.actor.role },
      policyVersion: event.policyVersion,
      calendarVersion: calendarVersionOf(event.data),
      deadlines: effects,
    });
  }
  const deadlines: CaseDeadline[] = [...ledgers.values()]
    .flat()
    .map((r) => ({
      context: r.context,
      stream: r.stream,
      obligation: r.obligation,
      dueAt: r.dueAt,
      state: r.state,
      overdue: r.state === 'open' && Date.parse(r.dueAt) <= at,
      responsibleId: r.responsibleId,
      openedBy: r.openedBy,
      settledBy: r.settledBy,
    }))
    .sort((a, b) => a.openedBy.position - b.openedBy.position || a.dueAt.localeCompare(b.dueAt));
  const count = (p: (d: CaseDeadline) => boolean) => deadlines.filter(p).length;
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();
  return {
    asOf,
    timeline,
    deadlines,
    versions: { policy: distinct(timeline.map((t) => t.policyVersion)), calendar: distinct(timeline.map((t) => t.calendarVersion)) },
    summary: {
      events: timeline.length,
      contexts: distinct(timeline.map((t) => t.context)),
      deadlines: {
        met: count((d) => d.state === 'met'),
        metLate: count((d) => d.state === 'met_late'),
        missed: count((d) => d.state === 'missed'),
        overdue: count((d) => d.overdue),
        open: count((d) => d.state === 'open' && !d.overdue),
        cancelled: count((d) => d.state === 'cancelled'),
      },
    },
  };
}
