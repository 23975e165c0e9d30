import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { COMPLAINTS, ComplaintView, Complaints } from '../../use-case-kit';
import { GetComplaint } from './get-complaint.query';

/** One complaint, folded from its own stream: reads its own writes, and is 404 for another tenant. */
@QueryHandler(GetComplaint)
export class GetComplaintHandler implements IQueryHandler<GetComplaint> {
  constructor(@Inject(COMPLAINTS) private readonly complaints: Complaints) {}

  execute({ caller, id }: GetComplaint): Promise<ComplaintView> {
    return this.complaints.get(caller.user.tenantId, id);
  }
}
