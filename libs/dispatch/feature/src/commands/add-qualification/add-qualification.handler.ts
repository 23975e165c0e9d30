import { CommandHandler } from '@nestjs/cqrs';
import { TechnicianCommand } from '@aftersales/dispatch-domain';
import { TechnicianCommandHandler } from '../../use-case-kit';
import { AddQualification } from './add-qualification.command';

/** TR-2: a product-line qualification with its issue date and expiry. */
@CommandHandler(AddQualification)
export class AddQualificationHandler extends TechnicianCommandHandler<AddQualification> {
  decide({ caller, id, request }: AddQualification): TechnicianCommand {
    const { productLine, certificateNo, issuedOn, expiresOn } = request;
    return { type: 'AddQualification', technicianId: id, qualification: { productLine, certificateNo, issuedOn, expiresOn }, by: caller.user.id, now: this.clock.now() };
  }
}
