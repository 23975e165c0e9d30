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
  const ahead = owed.filter((o) => !passed(o)).map((o) => o.dueAt);
  return { overdue: owed.some(passed), nextDueAt: ahead.length === 0 ? null : ahead.reduce((a, b) => (a < b ? a : b)) };
}
