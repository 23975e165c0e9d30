/**
 * The obligation ledger (ARCHITECTURE.md "Correctness traps": deadlines come from libs/calendar,
 * time from an injected clock). A case owes things by a due time: intake's acknowledgement,
 * report-up and forwarding (IN-7, IN-8), QA's opinion and departments' solutions (QA-3), a CAPA's
 * due date (QA-4). Each context says once, in one pure function, which of its events open, meet,
 * miss, cancel or reschedule an obligation (`ObligationChange`); its decider's `evolve`, its view
 * and the deadline tracker all fold those changes with `applyObligationChanges`, so the three
 * cannot disagree about what is owed.
 *
 * An obligation may be owed more than once (a department instructed again owes a new solution):
 * each `open` starts a new round. A round still open is replaced; one already met, missed or
 * cancelled stays on record, and only the latest round of an obligation is ever changed.
 */

export type ObligationChange =
  /** A new round is owed by `dueAt`. */
  | { readonly kind: 'open'; readonly obligation: string; readonly dueAt: string; readonly responsibleId?: string | null }
  /** Done. `late` when the event itself says it came after the due time (a missed round is met late anyway). */
  | { readonly kind: 'meet'; readonly obligation: string; readonly late?: boolean }
  /** The due time passed without it (recorded once, by the deadline scheduler through the decider). */
  | { readonly kind: 'miss'; readonly obligation: string }
  /** The latest round is now owed by another time (e.g. a new severity, QA-3). */
  | { readonly kind: 'reschedule'; readonly obligation: string; readonly dueAt: string; readonly responsibleId?: string | null }
  /** The case ended: whatever was still open is owed no more (a miss stays on record). */
  | { readonly kind: 'cancel_all' };

export type ObligationOutcome = 'open' | 'met' | 'met_late' | 'missed' | 'cancelled';

/** One round of one obligation. */
export interface ObligationRound {
  readonly obligation: string;
  readonly dueAt: string;
  readonly state: ObligationOutcome;
  readonly responsibleId: string | null;
}

/** Every round of every obligation of one case, in the order they were opened. */
export type ObligationLedger = readonly ObligationRound[];

export const EMPTY_LEDGER: ObligationLedger = [];

function latestIndex(ledger: ObligationLedger, obligation: string): number {
  for (let i = ledger.length - 1; i >= 0; i--) if (ledger[i].obligation === obligation) return i;
  return -1;
}

function replaceAt(ledger: ObligationLedger, index: number, round: ObligationRound): ObligationLedger {
  return ledger.map((r, i) => (i === index ? round : r));
}

/** The ledger after one change. Pure and total: a change naming an obligation never opened changes nothing. */
export function applyObligationChange(ledger: ObligationLedger, change: ObligationChange): ObligationLedger {
  if (change.kind === 'cancel_all') {
    return ledger.some((r) => r.state === 'open') ? ledger.map((r) => (r.state === 'open' ? { ...r, state: 'cancelled' } : r)) : ledger;
  }
  const index = latestIndex(ledger, change.obligation);
  const latest = index < 0 ? undefined : ledger[index];
  switch (change.kind) {
    case 'open': {
      const round: ObligationRound = { obligation: change.obligation, dueAt: change.dueAt, state: 'open', responsibleId: change.responsibleId ?? null };
      // A round still open is replaced; a finished one stays on record.
      return latest?.state === 'open' ? [...ledger.filter((_, i) => i !== index), round] : [...ledger, round];
    }
    case 'meet':
      if (!latest || (latest.state !== 'open' && latest.state !== 'missed')) return ledger;
      return replaceAt(ledger, index, { ...latest, state: latest.state === 'missed' || change.late ? 'met_late' : 'met' });
    case 'miss':
      return latest?.state === 'open' ? replaceAt(ledger, index, { ...latest, state: 'missed' }) : ledger;
    case 'reschedule':
      if (!latest) return ledger;
      return replaceAt(ledger, index, { ...latest, dueAt: change.dueAt, responsibleId: change.responsibleId === undefined ? latest.responsibleId : change.responsibleId });
  }
}

export function applyObligationChanges(ledger: ObligationLedger, changes: readonly ObligationChange[]): ObligationLedger {
  return changes.reduce(applyObligationChange, ledger);
}

/** The latest round of an obligation (undefined when it was never owed). */
export function latestRound(ledger: ObligationLedger, obligation: string): ObligationRound | undefined {
  const index = latestIndex(ledger, obligation);
  return index < 0 ? undefined : ledger[index];
}

/** The obligations still owed: the latest round of each, open or missed. */
export function owedRounds(ledger: ObligationLedger): ObligationRound[] {
  return ledger.filter((r, i) => (r.state === 'open' || r.state === 'missed') && latestIndex(ledger, r.obligation) === i);
}

/**
 * Whether meeting the obligation at `now` is late: its latest round was missed, or is open and past
 * due. A round already met (a revision of what was given in time) or not owed is not late.
 */
export function wouldBeLate(ledger: ObligationLedger, obligation: string, now: Date): boolean {
  const round = latestRound(ledger, obligation);
  return round !== undefined && (round.state === 'missed' || (round.state === 'open' && now.getTime() >= new Date(round.dueAt).getTime()));
}

/** The round the scheduler may record as missed at `now`: the latest, still open and past due. */
export function missableRound(ledger: ObligationLedger, obligation: string, now: Date): ObligationRound | null {
  const round = latestRound(ledger, obligation);
  return round && round.state === 'open' && now.getTime() >= new Date(round.dueAt).getTime() ? round : null;
}

/** The earliest of some ISO instants; null when there are none. */
export function earliestDue(dues: readonly string[]): string | null {
  return dues.length === 0 ? null : dues.reduce((a, b) => (a < b ? a : b));
}

/** One obligation as a read model keeps it: its due time and whether it is still owed. */
export interface OwedObligation {
  readonly dueAt: string;
  /** `open` until met; `missed` once the scheduler recorded the miss (still owed until met). */
  readonly state: 'open' | 'missed';
}

/** What a reader is told of a case's obligations at an instant. */
export interface ObligationsAt {
  /** An obligation still owed has passed its due time (whether or not the miss is recorded yet). */
  readonly overdue: boolean;
  /** The earliest due time still owed and not yet passed; null when none is ahead. */
  readonly nextDueAt: string | null;
}

/**
 * The obligations still owed (open or missed), seen at `now` from the injected clock: a read model
 * folds events and cannot know the time, so "overdue" and "next due" are decided when it is read.
 */
export function obligationsAt(owed: readonly OwedObligation[], now: Date): ObligationsAt {
  const at = now.getTime();
  const passed = (o: OwedObligation) => o.state === 'missed' || new Date(o.dueAt).getTime() <= at;
  return { overdue: owed.some(passed), nextDueAt: earliestDue(owed.filter((o) => !passed(o)).map((o) => o.dueAt)) };
}

/**
 * What a view stores of its ledger for lists: the earliest due time still open and not missed
 * (`nextDueAt`, recomputed at the clock when presented) and the earliest still owed
 * (`earliestOwedDueAt`, which the `overdue` filter uses). A case that ended owes nothing.
 */
export function ledgerSummary(ledger: ObligationLedger, ended: boolean): { nextDueAt: string | null; earliestOwedDueAt: string | null } {
  const owed = ended ? [] : owedRounds(ledger);
  return { nextDueAt: earliestDue(owed.filter((r) => r.state === 'open').map((r) => r.dueAt)), earliestOwedDueAt: earliestDue(owed.map((r) => r.dueAt)) };
}
