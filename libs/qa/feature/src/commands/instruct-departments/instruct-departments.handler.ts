import { CommandHandler } from '@nestjs/cqrs';
import { QualityCaseCommand } from '@aftersales/qa-domain';
import { CaseCommandHandler } from '../../qa.aggregates';
import { QualityCaseView } from '../../case-view';
import { InstructDepartments } from './instruct-departments.command';

@CommandHandler(InstructDepartments)
export class InstructDepartmentsHandler extends CaseCommandHandler<InstructDepartments> {
  decide({ id, request }: InstructDepartments, current: QualityCaseView): QualityCaseCommand {
    return {
      type: 'InstructDepartments',
      caseId: id,
      instructions: request.instructions.map((i) => ({ department: i.department, instruction: i.instruction })),
      now: this.clock.now(),
      context: this.contexts.forRegion(current.region),
    };
  }
}
