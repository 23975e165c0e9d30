import { CapaView, QualityCaseView } from './case-view';

/** A case as the API returns it: the view without store internals. */
export type CaseResponse = Omit<QualityCaseView, '_id' | '_position'>;
export type CapaResponse = Omit<CapaView, '_id' | '_position'>;

export function presentCase(view: QualityCaseView): CaseResponse {
  const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as QualityCaseView & { _position?: bigint };
  return rest;
}

export function presentCapa(view: CapaView): CapaResponse {
  const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as CapaView & { _position?: bigint };
  return rest;
}
