import { obligationsAt } from '@aftersales/eventsourcing';
import { CapaView, QualityCaseView, owedDeadlines } from './case-view';

/** A case as the API returns it: the view without store internals, its obligations seen at the clock. */
export type CaseResponse = Omit<QualityCaseView, '_id' | '_position' | 'earliestOwedDueAt'> & {
  /** An obligation still owed is past its due time by the clock (QA-3). */
  readonly overdue: boolean;
};
export type CapaResponse = Omit<CapaView, '_id' | '_position'>;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function presentCase(view: QualityCaseView, now: Date): CaseResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as QualityCaseView & { _position?: bigint };
  return { ...rest, ...obligationsAt(owedDeadlines(view), now) };
}

export function presentCapa(view: CapaView): CapaResponse {
  const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as CapaView & { _position?: bigint };
  return rest;
}
