import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { IssueEquipmentReceiptDto } from './issue-equipment-receipt.request.dto';

export class IssueEquipmentReceipt extends AggregateRequest<WorkOrderView, IssueEquipmentReceiptDto> {}
