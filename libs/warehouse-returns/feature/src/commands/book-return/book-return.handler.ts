import { Inject } from '@nestjs/common';
import type { CalendarRegistry } from '@aftersales/calendar';
import { CALENDARS } from '@aftersales/platform';
import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler, ReturnRequestView, actorOf } from '../../use-case-kit';
import { BookReturn } from './book-return.command';

/** WR-5, WR-6: Book the counted goods in (with the chain's and QA's signatures, no open serial mismatch): the receipt note goes to finance, the return note is owed. */
@CommandHandler(BookReturn)
export class BookReturnHandler extends ReturnRequestCommandHandler<BookReturn> {
  @Inject(CALENDARS) private readonly calendars!: CalendarRegistry;

  decide({ id, caller }: BookReturn, current: ReturnRequestView): ReturnRequestCommand {
    return { type: 'BookIn', returnRequestId: id, by: actorOf(caller), policy: this.loaded.policy, calendar: this.calendars.forRegion(current.region), now: this.clock.now() };
  }
}
