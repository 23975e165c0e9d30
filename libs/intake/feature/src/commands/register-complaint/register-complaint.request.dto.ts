import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CATEGORIES,
  CHANNELS,
  CUSTOMER_TIERS,
  PART_CLASSES,
  RESOLUTIONS,
  SEVERITIES,
  SUSPECTED_CAUSES,
} from '@aftersales/intake-domain';
import { IsInstantWithZone, IsLocalDate, LIMITS as SHARED_LIMITS, Text, OneOf, NullableText, OptionalLocalDate, OptionalOneOf } from '@aftersales/platform';
import type {
  Category,
  Channel,
  CustomerTier,
  PartClass,
  RequestedResolution,
  Severity,
  SuspectedCause,
} from '@aftersales/intake-domain';

/** Field size limits (README "Intake API"): the platform's, and how many attachments a defect may have. */
export const LIMITS = { ...SHARED_LIMITS, attachments: 20 } as const;

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class CustomerDto {
  @Text(LIMITS.id, { example: 'C-10086', maxLength: LIMITS.id })
  id!: string;

  @Text(LIMITS.name, { example: '华东机械有限公司', maxLength: LIMITS.name })
  name!: string;

  @OneOf(CUSTOMER_TIERS, { example: 'key', description: 'IN-9: the policy names the high-value tiers' })
  tier!: CustomerTier;
}

export class ProductDto {
  @Text(LIMITS.code, { example: 'PX-200', maxLength: LIMITS.code })
  model!: string;

  @ApiPropertyOptional({ example: 'SN-2026-000123', maxLength: LIMITS.code })
  @IsOptional()
  @Text(LIMITS.code)
  serialNumber?: string;

  @NullableText(LIMITS.code, { example: 'P-7731', maxLength: LIMITS.code })
  partNumber?: string;

  @NullableText(LIMITS.code, { example: 'HT-2026-0042', maxLength: LIMITS.code })
  contractNumber?: string;

  @ApiPropertyOptional({ example: 'phone', maxLength: 64, description: "A product line of the policy whose own rules apply (GET /policies/current)" })
  @IsOptional()
  @Matches(SLUG, { message: 'productLine must be a product line id (lower-case letters, digits, - and _)' })
  productLine?: string;

  @ApiPropertyOptional({
    example: 'LCD',
    maxLength: 64,
    pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
    description: "The component the defect is in, in any case (stored lower-case: `LCD` → `lcd`); checked against the line's excluded components (IN-4)",
  })
  @IsOptional()
  // Policies name components in lower case; people write "LCD" as the docs do.
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  @Matches(SLUG, { message: 'component must be letters, digits, - and _ (at most 64)' })
  component?: string;

  @OptionalOneOf(PART_CLASSES, { default: 'main' })
  partClass?: PartClass;
}

export class DefectDto {
  @NullableText(LIMITS.name, { example: 'front panel, lower left', maxLength: LIMITS.name })
  location?: string;

  @Text(LIMITS.name, { example: 'scratch', maxLength: LIMITS.name })
  nature!: string;

  @OptionalLocalDate({ example: '2026-03-02', format: 'date' })
  firstSeenOn?: string;

  @ApiPropertyOptional({ type: [String], example: ['att-photo-1'], maxItems: LIMITS.attachments, description: 'References to stored attachments' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.attachments)
  @IsString({ each: true })
  @MaxLength(LIMITS.name, { each: true })
  attachments?: string[];
}

export class WarrantyCardDto {
  @ApiProperty({ example: 24, description: "IN-5: the card's warranty period in months" })
  @IsInt()
  @Min(1)
  @Max(600)
  months!: number;
}

export class DeadOnArrivalDto {
  @NullableText(LIMITS.name, { example: 'att-test-report-7', description: "IN-5: the manufacturer's test report" })
  testReportRef?: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  packagingIntact!: boolean;

  @ApiProperty({ example: true })
  @IsBoolean()
  appearanceIntact!: boolean;
}

/** POST /complaints (rules IN-1, IN-2). */
export class RegisterComplaintDto {
  @OneOf(CHANNELS, { example: 'hotline', description: 'IN-1' })
  channel!: Channel;

  @ApiProperty({ example: '2026-03-03T10:00:00+08:00', description: 'IN-1: when the complaint was received; not in the future' })
  @IsInstantWithZone()
  receivedAt!: string;

  @ApiProperty({ type: CustomerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerDto)
  customer!: CustomerDto;

  @ApiProperty({ example: 'cn-east', description: 'A calendar region (its working days and time zone)' })
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @ApiProperty({ type: ProductDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProductDto)
  product!: ProductDto;

  @ApiProperty({ example: '2026-02-27', format: 'date' })
  @IsLocalDate()
  deliveredOn!: string;

  @ApiProperty({ example: '2026-03-02', format: 'date', description: 'When the customer received the goods: day 0 of every window' })
  @IsLocalDate()
  goodsReceivedOn!: string;

  @ApiProperty({ example: 10, minimum: 1, maximum: LIMITS.quantity })
  @IsInt()
  @Min(1)
  @Max(LIMITS.quantity)
  shippedQuantity!: number;

  @ApiProperty({ example: 1, minimum: 0, maximum: LIMITS.quantity, description: 'At most shippedQuantity' })
  @IsInt()
  @Min(0)
  @Max(LIMITS.quantity)
  defectiveQuantity!: number;

  @OneOf(CATEGORIES, { example: 'appearance', description: 'IN-3' })
  category!: Category;

  @OptionalOneOf(SEVERITIES, { default: 'minor' })
  severity?: Severity;

  @ApiProperty({ type: DefectDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DefectDto)
  defect!: DefectDto;

  @ApiProperty({ example: true, description: 'IN-2: operated and maintained as instructed' })
  @IsBoolean()
  usedAsInstructed!: boolean;

  @OptionalOneOf(SUSPECTED_CAUSES, { default: 'unknown', description: 'IN-4' })
  suspectedCause?: SuspectedCause;

  @OneOf(RESOLUTIONS, { example: 'exchange', description: 'IN-2' })
  requestedResolution!: RequestedResolution;

  @Text(LIMITS.longText, { example: '面板有明显划痕，开箱即发现。', maxLength: LIMITS.longText })
  description!: string;

  @ApiPropertyOptional({ type: WarrantyCardDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WarrantyCardDto)
  warrantyCard?: WarrantyCardDto;

  @ApiPropertyOptional({ type: DeadOnArrivalDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DeadOnArrivalDto)
  deadOnArrival?: DeadOnArrivalDto;

  @ApiPropertyOptional({ example: 'rep-42', description: 'IN-9: the named owner; a high-value customer gets the registrar when absent' })
  @IsOptional()
  @Text(LIMITS.id)
  ownerId?: string;
}
