import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock, obligationsAt } from '@aftersales/eventsourcing';
import { Page } from '@aftersales/platform';
import { ArchiveSubmissionView } from './archive-submission-view';
import { ArchiveSubmissionPageResponse, ArchiveSubmissionResponseDto } from './archive-submission.response.dto';

/** An archive submission as the API returns it: the view without store internals, typed by the documented response class. */
export type ArchiveSubmissionResponse = ArchiveSubmissionResponseDto;

/** `now` from the injected clock: whether a deadline has passed is a question of the time the view is read. */
export function present(view: ArchiveSubmissionView, now: Date): ArchiveSubmissionResponse {
  const { _id: _unusedId, _position: _unusedPosition, earliestOwedDueAt: _unusedOwed, ...rest } = view as ArchiveSubmissionView & { _position?: bigint };
  const owed = view.deadlines.flatMap((d) => (d.state === 'open' || d.state === 'missed' ? [{ dueAt: d.dueAt, state: d.state }] : []));
  return { ...rest, ...obligationsAt(owed, now) };
}

/** Every archive submission endpoint's response, at the clock's time. */
@Injectable()
export class ArchiveSubmissionPresenter {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  one(view: ArchiveSubmissionView): ArchiveSubmissionResponseDto {
    return present(view, this.clock.now());
  }

  page(page: Page<ArchiveSubmissionView>): ArchiveSubmissionPageResponse {
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => present(v, now)) };
  }
}
