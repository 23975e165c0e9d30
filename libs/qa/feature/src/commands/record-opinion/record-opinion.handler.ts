import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { RecordOpinion } from './record-opinion.command';

@CommandHandler(RecordOpinion)
export class RecordOpinionHandler extends CaseCommandHandler<RecordOpinion> {
  decide({ id, request }: RecordOpinion): QualityCaseCommand {
    return { type: 'RecordOpinion', caseId: id, opinion: request.opinion, now: this.clock.now() };
  }
}
