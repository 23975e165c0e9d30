import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, UUID, text } from '@aftersales/platform';
import { OUTLET_SCOPES } from '@aftersales/dispatch-domain';
import type { OutletScope } from '@aftersales/dispatch-domain';

/** An outlet as customers see it (DI-2): the published fields of an open outlet. */
export class PublicOutletResponse {
  @ApiProperty(UUID)
  outletId!: string;
  @ApiProperty(text(LIMITS.name))
  name!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiProperty({ enum: OUTLET_SCOPES, isArray: true, maxItems: 3 })
  scopes!: readonly OutletScope[];
  @ApiProperty(text(LIMITS.text))
  address!: string;
  @ApiProperty(text(LIMITS.code))
  contactPhone!: string;
  @ApiNullable(text(LIMITS.name))
  openingHours!: string | null;
}

export class OutletResponseDto extends PublicOutletResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'acme' })
  tenantId!: string;
  @ApiProperty({ enum: ['open', 'closed'] })
  status!: 'open' | 'closed';
  @ApiProperty(INSTANT)
  registeredAt!: string;
  @ApiProperty(INSTANT)
  updatedAt!: string;
  @ApiProperty(REVISION)
  revision!: string;
}

export class OutletPageResponse extends PageResponseOf(OutletResponseDto, 'OutletPageBase') {}
export class PublicOutletPageResponse extends PageResponseOf(PublicOutletResponse, 'PublicOutletPageBase') {}
