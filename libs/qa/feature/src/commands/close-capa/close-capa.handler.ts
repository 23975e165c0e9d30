import { CommandHandler } from '@nestjs/cqrs';
import { CapaCommand } from '@aftersales/qa-domain';
import { CapaCommandHandler } from '../../qa.aggregates';
import { CloseCapa } from './close-capa.command';

@CommandHandler(CloseCapa)
export class CloseCapaHandler extends CapaCommandHandler<CloseCapa> {
  decide({ id, request }: CloseCapa): CapaCommand {
    return { type: 'Close', capaId: id, note: request.note ?? null };
  }
}
