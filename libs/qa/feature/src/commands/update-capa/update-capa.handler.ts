import { CommandHandler } from '@nestjs/cqrs';
import { ApiError, AUTH } from '@aftersales/platform';
import { CapaCommand } from '@aftersales/qa-domain';
import { CapaView } from '../../case-view';
import { CapaCommandHandler } from '../../qa.aggregates';
import { UpdateCapa } from './update-capa.command';

@CommandHandler(UpdateCapa)
export class UpdateCapaHandler extends CapaCommandHandler<UpdateCapa> {
  override execute(message: UpdateCapa): Promise<CapaView> {
    const { caller, request } = message;
    if (!caller.user.roles.includes('qa') && (request.dueOn !== undefined || request.department !== undefined)) {
      throw ApiError.forbidden(AUTH.FORBIDDEN, "only QA moves a CAPA's due date or hands it to another department");
    }
    return super.execute(message);
  }

  decide({ id, request }: UpdateCapa, current: CapaView): CapaCommand {
    const { reason, ...changes } = request;
    return { type: 'Update', capaId: id, changes, reason: reason ?? null, calendar: this.contexts.calendars.forRegion(current.region) };
  }
}
