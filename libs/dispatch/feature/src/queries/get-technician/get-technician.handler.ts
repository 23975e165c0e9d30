import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TECHNICIANS, Technicians, TechnicianView } from '../../use-case-kit';
import { GetTechnician } from './get-technician.query';

/** One technician with their qualifications (TR-2), from their own stream. */
@QueryHandler(GetTechnician)
export class GetTechnicianHandler implements IQueryHandler<GetTechnician> {
  constructor(@Inject(TECHNICIANS) private readonly technicians: Technicians) {}

  execute({ caller, id }: GetTechnician): Promise<TechnicianView> {
    return this.technicians.get(caller.user.tenantId, id);
  }
}
