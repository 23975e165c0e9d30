import { CommandHandler } from '@nestjs/cqrs';
import { ReturnInspectionCommand } from '@aftersales/qa-domain';
import { ReturnInspectionView } from '../../inspection-view';
import { InspectionCommandHandler } from '../../qa.aggregates';
import { CompleteInspection } from './complete-inspection.command';

@CommandHandler(CompleteInspection)
export class CompleteInspectionHandler extends InspectionCommandHandler<CompleteInspection> {
  decide({ caller, request }: CompleteInspection, current: ReturnInspectionView): ReturnInspectionCommand {
    return { type: 'Complete', inspectionId: current.inspectionId, verdict: request.verdict, reason: request.reason ?? null, inspectedBy: caller.user.id, now: this.clock.now() };
  }
}
