import { CommandHandler } from '@nestjs/cqrs';
import { ReturnRequestCommand } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestCommandHandler } from '../../use-case-kit';
import { CloseReturnRequest } from './close-return-request.command';

/** Closing resolves the return request: on time, or late when its due time has passed. */
@CommandHandler(CloseReturnRequest)
export class CloseReturnRequestHandler extends ReturnRequestCommandHandler<CloseReturnRequest> {
  decide({ id, request }: CloseReturnRequest): ReturnRequestCommand {
    return { type: 'Close', returnRequestId: id, resolution: request.resolution, now: this.clock.now() };
  }
}
