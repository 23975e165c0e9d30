import { Body } from '@nestjs/common';
import { Caller } from '@aftersales/platform';
import { CaseCommandRoute, IdParam, QaController, QaEndpoint } from '../../qa.http';
import { InstructDepartments } from './instruct-departments.command';
import { InstructDto } from './instruct-departments.request.dto';

@QaController('cases')
export class InstructDepartmentsController extends QaEndpoint {
  @CaseCommandRoute('instructions', "Instruct departments; each owes a written solution within the policy's working days (QA-2, QA-3)", ['qa'])
  async instruct(@Caller() caller: Caller, @IdParam() id: string, @Body() body: InstructDto) {
    return this.presenter.case(await this.commands.execute(new InstructDepartments(caller, id, body)));
  }
}
