import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { RatioAlertView } from './ratio-alert-view';
import { RatioAlertPageResponse, RatioAlertResponseDto } from './ratio-alert.response.dto';

/** A ratio alert as the API returns it: the view without store internals, typed by the documented response class. */
export type RatioAlertResponse = RatioAlertResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function present(view: RatioAlertView, now: Date): RatioAlertResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as RatioAlertView & { _position?: bigint };
  const owed = view.deadlines.flatMap((d) => (d.state === 'open' || d.state === 'missed' ? [{ dueAt: d.dueAt, state: d.state }] : []));
  return { ...rest, ...obligationsAt(owed, now) };
}

/** Every ratio alert endpoint's response, at the clock's time. */
@Injectable()
export class RatioAlertPresenter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  one(view: RatioAlertView): RatioAlertResponseDto {
    return present(view, this.clock.now());
  }

  page(page: Page<RatioAlertView>): RatioAlertPageResponse {
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => present(v, now)) };
  }
}
