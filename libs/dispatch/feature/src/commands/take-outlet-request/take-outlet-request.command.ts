import { Command } from '@nestjs/cqrs';
import { Caller } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { TakeOutletRequestDto } from './take-outlet-request.request.dto';

/** `replayed` when an Idempotency-Key retry met the work order a first, unanswered attempt stored. */
export class TakeOutletRequest extends Command<{ view: WorkOrderView; replayed: boolean }> {
  constructor(
    readonly caller: Caller,
    readonly outletId: string,
    readonly request: TakeOutletRequestDto,
  ) {
    super();
  }
}
