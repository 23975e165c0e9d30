import { AggregateRequest } from '@aftersales/platform';
import { WorkOrderView } from '../../use-case-kit';
import { ReturnEquipmentDto } from './return-equipment.request.dto';

export class ReturnEquipment extends AggregateRequest<WorkOrderView, ReturnEquipmentDto> {}
