import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { CapaView, QualityCaseView, owedDeadlines } from './case-view';
import { CapaPageResponse, CapaResponseDto, CasePageResponse, CaseResponseDto } from './qa.response.dto';

/**
 * A case as the API returns it: the view without store internals, its obligations seen at `now`
 * (whether a deadline has passed is a question of the time the view is read); typed by the
 * documented response class.
 */
export function presentCase(view: QualityCaseView, now: Date): CaseResponseDto {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as QualityCaseView & { _position?: bigint };
  return { ...rest, ...obligationsAt(owedDeadlines(view), now) };
}

/** Every QA endpoint's response: cases at the injected clock's time, CAPAs without store internals. */
@Injectable()
export class QaPresenter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  case(view: QualityCaseView): CaseResponseDto {
    return presentCase(view, this.clock.now());
  }

  cases(page: Page<QualityCaseView>): CasePageResponse {
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => presentCase(v, now)) };
  }

  capa(view: CapaView): CapaResponseDto {
    const { _id: _unusedId, _position: _unusedPosition, ...rest } = view as CapaView & { _position?: bigint };
    return rest;
  }

  capas(page: Page<CapaView>): CapaPageResponse {
    return { ...page, items: page.items.map((v) => this.capa(v)) };
  }
}
