import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { RecordParts } from './record-parts.command';
import { RecordPartsDto } from './record-parts.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class RecordPartsController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('parts', 'DI-4: Record parts issued to, used on or returned from the order; after sign-off it invalidates the sign-off', ON_SITE, { 422: [DISPATCH.NOT_ASSIGNED_TECHNICIAN] })
  async recordParts(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RecordPartsDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new RecordParts(caller, id, body)));
  }
}
