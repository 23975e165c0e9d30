import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { Caller, uuidParam } from '@aftersales/platform';
import { ON_SITE, WorkOrderCommandRoute, WorkOrderEndpoint, WorkOrderResponseDto } from '../../use-case-kit';
import { IssueEquipmentReceipt } from './issue-equipment-receipt.command';
import { IssueEquipmentReceiptDto } from './issue-equipment-receipt.request.dto';

@ApiTags('dispatch')
@Controller('work-orders')
export class IssueEquipmentReceiptController extends WorkOrderEndpoint {
  @WorkOrderCommandRoute('equipment-receipts', 'DI-6: Issue an equipment receipt for equipment taken away; it stays open until the equipment is returned', ON_SITE, { 409: [DISPATCH.EQUIPMENT_RECEIPT_EXISTS] })
  async issueEquipmentReceipt(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: IssueEquipmentReceiptDto): Promise<WorkOrderResponseDto> {
    return this.presenter.one(await this.commands.execute(new IssueEquipmentReceipt(caller, id, body)));
  }
}
