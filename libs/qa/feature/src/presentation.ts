import { obligationsAt } from '@aftersales/eventsourcing';
import { CapaView, QualityCaseView, owedDeadlines } from './case-view';
import { CapaResponseDto, CaseResponseDto } from './qa.response.dto';

/** A case as the API returns it: the view without store internals, its obligations seen at the clock; typed by the documented response class. */
export type CaseResponse = CaseResponseDto;
export type CapaResponse = CapaResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function presentCase(view: QualityCaseView, now: Date): CaseResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as QualityCaseView & { _position?: bigint };
  return { ...rest, ...obligationsAt(owedDeadlines(view), now) };
}

export function presentCapa(view: CapaView): CapaResponse {
  const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as CapaView & { _position?: bigint };
  return rest;
}
