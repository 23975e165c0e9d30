import { WORK_ORDER_STATUSES } from '@aftersales/dispatch-domain';
import type { WorkOrderStatus } from '@aftersales/dispatch-domain';
import { IsOptional, IsUUID } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LIMITS, OptionalOneOf, OptionalText, PageQuery, QueryFlag } from '@aftersales/platform';

/** GET /work-orders: every filter is a typed value; none reaches the query language unchecked. */
export class ListWorkOrdersQuery extends PageQuery {
  @OptionalOneOf(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @QueryFlag({ description: 'Owes an obligation (arrival, follow-up) whose due time has passed' })
  overdue?: boolean;

  @OptionalText(LIMITS.id, { description: "The assigned technician's user id" })
  technicianId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "QA's case the order was made for" })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @QueryFlag({ description: 'DI-6: has an equipment receipt still open' })
  openEquipmentReceipt?: boolean;
}
