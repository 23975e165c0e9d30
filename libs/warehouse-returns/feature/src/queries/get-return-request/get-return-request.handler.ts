import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RETURN_REQUESTS, ReturnRequests, ReturnRequestView } from '../../use-case-kit';
import { GetReturnRequest } from './get-return-request.query';

/** One return request, folded from its own stream: reads its own writes, and is 404 for another tenant. */
@QueryHandler(GetReturnRequest)
export class GetReturnRequestHandler implements IQueryHandler<GetReturnRequest> {
  constructor(@Inject(RETURN_REQUESTS) private readonly returnRequests: ReturnRequests) {}

  execute({ caller, id }: GetReturnRequest): Promise<ReturnRequestView> {
    return this.returnRequests.get(caller.user.tenantId, id);
  }
}
