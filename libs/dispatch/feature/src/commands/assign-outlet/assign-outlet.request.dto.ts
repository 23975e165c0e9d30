import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OUTLET_SCOPES } from '@aftersales/dispatch-domain';
import type { OutletScope } from '@aftersales/dispatch-domain';
import { OneOf } from '@aftersales/platform';

/** POST /work-orders/{id}/outlet-assignment (DI-1, DI-2). */
export class AssignOutletDto {
  @ApiProperty({ format: 'uuid', description: 'The outlet (as registered under /outlets)' })
  @IsUUID()
  outletId!: string;

  @OneOf(OUTLET_SCOPES, { example: 'minor_repair', description: "DI-2: the work the outlet takes on; the outlet's scopes must include it" })
  scope!: OutletScope;
}
