import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { EXCLUDED_CAUSES, OUTLET_SCOPES } from '@aftersales/dispatch-domain';
import type { OutletRequest, OutletScope } from '@aftersales/dispatch-domain';
import { IsLocalDate, OneOf, OptionalOneOf } from '@aftersales/platform';
import { WorkOrderSubjectDto } from '../create-work-order/create-work-order.request.dto';

export const FAULT_CAUSES = ['defect', 'wear', 'unknown', ...EXCLUDED_CAUSES] as const;

/** POST /outlets/{id}/requests: DI-2, a request taken at an outlet's counter. */
export class TakeOutletRequestDto extends WorkOrderSubjectDto {
  @OneOf(OUTLET_SCOPES, { example: 'minor_repair', description: "DI-2: the work asked for; the outlet's scopes must include it" })
  scope!: OutletScope;

  @OneOf(FAULT_CAUSES, { example: 'defect', description: 'DI-2: what the outlet found the fault to come from; human damage, force majeure and consumables are never free' })
  cause!: OutletRequest['cause'];

  @OptionalOneOf(['main', 'accessory'], { example: 'main', description: 'DI-2: accessories have the shorter warranty (main when absent)' })
  partClass?: 'main' | 'accessory';

  @ApiPropertyOptional({ example: '2025-06-01', description: "DI-2: when the customer received the goods, by the proof they show; intake's record of the serial number comes first" })
  @IsOptional()
  @IsLocalDate()
  goodsReceivedOn?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 240, example: 24, description: "DI-2: a warranty card's period in months, which replaces the policy's" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  warrantyCardMonths?: number;
}
