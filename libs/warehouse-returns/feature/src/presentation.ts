import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { ReturnRequestView } from './return-request-view';
import { ReturnRequestPageResponse, ReturnRequestResponseDto } from './return-request.response.dto';

/** A return request as the API returns it: the view without store internals, typed by the documented response class. */
export type ReturnRequestResponse = ReturnRequestResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function present(view: ReturnRequestView, now: Date): ReturnRequestResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as ReturnRequestView & { _position?: bigint };
  const owed = view.deadlines.flatMap((d) => (d.state === 'open' || d.state === 'missed' ? [{ dueAt: d.dueAt, state: d.state }] : []));
  return { ...rest, ...obligationsAt(owed, now) };
}

/** Every return request endpoint's response, at the clock's time. */
@Injectable()
export class ReturnRequestPresenter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  one(view: ReturnRequestView): ReturnRequestResponseDto {
    return present(view, this.clock.now());
  }

  page(page: Page<ReturnRequestView>): ReturnRequestPageResponse {
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => present(v, now)) };
  }
}
