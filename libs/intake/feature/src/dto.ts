import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ACCEPTANCE_KINDS,
  CATEGORIES,
  CHANNELS,
  CUSTOMER_TIERS,
  FORWARD_TARGETS,
  INVALIDITY_REASONS,
  PART_CLASSES,
  RESOLUTIONS,
  SEVERITIES,
  STATUSES,
  SUSPECTED_CAUSES,
} from '@aftersales/intake-domain';
import { FieldError, IsInstantWithZone, IsLocalDate, LIMITS as SHARED_LIMITS, PageQuery, Reason, Text } from '@aftersales/platform';
import type {
  AcceptanceKind,
  Category,
  Channel,
  ComplaintStatus,
  CustomerTier,
  ForwardTarget,
  InvalidityReason,
  PartClass,
  RequestedResolution,
  Severity,
  SuspectedCause,
} from '@aftersales/intake-domain';

/** Field size limits (README "Intake API"): the platform's, and how many attachments a defect may have. */
export const LIMITS = { ...SHARED_LIMITS, attachments: 20 } as const;

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class CustomerDto {
  @ApiProperty({ example: 'C-10086', maxLength: LIMITS.id })
  @Text(LIMITS.id)
  id!: string;

  @ApiProperty({ example: '华东机械有限公司', maxLength: LIMITS.name })
  @Text(LIMITS.name)
  name!: string;

  @ApiProperty({ enum: CUSTOMER_TIERS, example: 'key', description: 'IN-9: the policy names the high-value tiers' })
  @IsIn(CUSTOMER_TIERS)
  tier!: CustomerTier;
}

export class ProductDto {
  @ApiProperty({ example: 'PX-200', maxLength: LIMITS.code })
  @Text(LIMITS.code)
  model!: string;

  @ApiPropertyOptional({ example: 'SN-2026-000123', maxLength: LIMITS.code })
  @IsOptional()
  @Text(LIMITS.code)
  serialNumber?: string;

  @ApiPropertyOptional({ example: 'P-7731', maxLength: LIMITS.code })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.code)
  partNumber?: string;

  @ApiPropertyOptional({ example: 'HT-2026-0042', maxLength: LIMITS.code })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.code)
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

  @ApiPropertyOptional({ enum: PART_CLASSES, default: 'main' })
  @IsOptional()
  @IsIn(PART_CLASSES)
  partClass?: PartClass;
}

export class DefectDto {
  @ApiPropertyOptional({ example: 'front panel, lower left', maxLength: LIMITS.name })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
  location?: string;

  @ApiProperty({ example: 'scratch', maxLength: LIMITS.name })
  @Text(LIMITS.name)
  nature!: string;

  @ApiPropertyOptional({ example: '2026-03-02', format: 'date' })
  @IsOptional()
  @IsLocalDate()
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
  @ApiPropertyOptional({ example: 'att-test-report-7', description: "IN-5: the manufacturer's test report" })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.name)
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
  @ApiProperty({ enum: CHANNELS, example: 'hotline', description: 'IN-1' })
  @IsIn(CHANNELS)
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

  @ApiProperty({ enum: CATEGORIES, example: 'appearance', description: 'IN-3' })
  @IsIn(CATEGORIES)
  category!: Category;

  @ApiPropertyOptional({ enum: SEVERITIES, default: 'minor' })
  @IsOptional()
  @IsIn(SEVERITIES)
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

  @ApiPropertyOptional({ enum: SUSPECTED_CAUSES, default: 'unknown', description: 'IN-4' })
  @IsOptional()
  @IsIn(SUSPECTED_CAUSES)
  suspectedCause?: SuspectedCause;

  @ApiProperty({ enum: RESOLUTIONS, example: 'exchange', description: 'IN-2' })
  @IsIn(RESOLUTIONS)
  requestedResolution!: RequestedResolution;

  @ApiProperty({ example: '面板有明显划痕，开箱即发现。', maxLength: LIMITS.longText })
  @Text(LIMITS.longText)
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

export class NoteDto {
  @ApiPropertyOptional({ example: 'Called the customer back; technician to call tomorrow', maxLength: LIMITS.text })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.text)
  note?: string;
}

export class ForwardTargetDto {
  @ApiProperty({ enum: FORWARD_TARGETS, example: 'supervisor' })
  @IsIn(FORWARD_TARGETS)
  target!: ForwardTarget;

  @ApiPropertyOptional({ example: 'sup-7' })
  @IsOptional()
  @Text(LIMITS.id)
  personId?: string;
}

export class ForwardDto extends NoteDto {
  @ApiProperty({ type: [ForwardTargetDto], description: 'IN-8: the supervisor and the sales assistant' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique((t: ForwardTargetDto) => t.target)
  @ValidateNested({ each: true })
  @Type(() => ForwardTargetDto)
  targets!: ForwardTargetDto[];
}

export class InvalidateDto {
  @ApiProperty({ enum: INVALIDITY_REASONS, example: 'not_our_product' })
  @IsIn(INVALIDITY_REASONS)
  reason!: InvalidityReason;

  @ApiProperty({ example: '经核实该产品非本公司生产，感谢您的反馈。', description: 'IN-6: the courteous explanation given to the customer', maxLength: LIMITS.text })
  @Text(LIMITS.text)
  explanationToCustomer!: string;
}

export class ComplaintReasonDto {
  @ApiProperty({ example: 'The customer solved it with the manual', maxLength: LIMITS.text })
  @Reason()
  reason!: string;
}

export class EscalateDto extends ComplaintReasonDto {
  @ApiProperty({ example: 'business_head', description: 'Who it is reported to (IN-7)', maxLength: LIMITS.code })
  @Text(LIMITS.code)
  to!: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;
}

export class CloseDto {
  @ApiProperty({ example: 'Panel replaced on site; customer satisfied', maxLength: LIMITS.text })
  @Text(LIMITS.text)
  resolutionSummary!: string;
}

/** A correction given as null is refused: null is not a cause, and absent means unchanged. */
export class CorrectionsDto {
  @ApiPropertyOptional({ enum: SUSPECTED_CAUSES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(SUSPECTED_CAUSES)
  suspectedCause?: SuspectedCause;

  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  usedAsInstructed?: boolean;

  @ApiPropertyOptional({ type: DeadOnArrivalDto })
  @ValidateIf((_, value) => value !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => DeadOnArrivalDto)
  deadOnArrival?: DeadOnArrivalDto;

  @ApiPropertyOptional({ type: WarrantyCardDto })
  @ValidateIf((_, value) => value !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => WarrantyCardDto)
  warrantyCard?: WarrantyCardDto;
}

export class OverrideDto {
  @ApiProperty({ enum: ACCEPTANCE_KINDS, example: 'accepted_paid' })
  @IsIn(ACCEPTANCE_KINDS)
  kind!: AcceptanceKind;

  @ApiProperty({ example: 'Long-standing customer; wrong model shipped by us', maxLength: LIMITS.text })
  @Text(LIMITS.text)
  justification!: string;
}

/**
 * A supervisor's reassessment: either an override (a decision with its justification) replacing
 * the policy's outcome, or `reevaluate: true` with a reason re-running the policy on the
 * (corrected) evidence. An empty body is refused: it would silently undo a supervisor's decision.
 */
export class ReassessDto {
  @ApiPropertyOptional({ enum: [true], description: 'Re-run the policy with the corrections given; needs `reason`. Exactly one of `override` and `reevaluate`.' })
  @IsOptional()
  @IsIn([true], { message: 'reevaluate must be true when given' })
  reevaluate?: true;

  @ApiPropertyOptional({ example: 'Manufacturer test report received', maxLength: LIMITS.text, description: 'Why the policy is re-run; required with `reevaluate` (an override gives its `justification` instead)' })
  @IsOptional()
  @Reason()
  reason?: string;

  @ApiPropertyOptional({ type: CorrectionsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CorrectionsDto)
  corrections?: CorrectionsDto;

  @ApiPropertyOptional({ type: OverrideDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OverrideDto)
  override?: OverrideDto;
}

/** What only the whole reassessment can judge: a decision or an explicit re-evaluation, and its reason. */
export function reassessmentFieldErrors(body: ReassessDto): FieldError[] {
  const hasOverride = body.override !== undefined && body.override !== null;
  const reevaluate = body.reevaluate === true;
  const errors: FieldError[] = [];
  if (hasOverride === reevaluate) {
    const code = hasOverride ? 'override_and_reevaluate' : 'decision_required';
    const message = hasOverride
      ? 'give either override or reevaluate: true, not both'
      : 'give override ({ kind, justification }) or reevaluate: true with a reason';
    errors.push({ field: 'override', code, message }, { field: 'reevaluate', code, message });
  } else if (reevaluate && (body.reason === undefined || body.reason === null)) {
    errors.push({ field: 'reason', code: 'required', message: 'reason is required with reevaluate: true' });
  } else if (hasOverride && body.reason !== undefined && body.reason !== null) {
    errors.push({ field: 'reason', code: 'not_with_override', message: "an override's justification is its reason: give reason only with reevaluate: true" });
  }
  return errors;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export const SORTS = ['receivedAt', '-receivedAt', 'nextDueAt', '-nextDueAt', 'priority', '-updatedAt'] as const;
export type ComplaintSort = (typeof SORTS)[number];

/** GET /complaints: every filter is a typed value; none reaches the query language unchecked. */
export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: ComplaintStatus;

  @ApiPropertyOptional({ enum: CATEGORIES })
  @IsOptional()
  @IsIn(CATEGORIES)
  category?: Category;

  @ApiPropertyOptional({ example: 'cn-east' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  region?: string;

  @ApiPropertyOptional({ example: 'C-10086', description: 'Customer id' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.id)
  customer?: string;

  @ApiPropertyOptional({ enum: SEVERITIES })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;

  @ApiPropertyOptional({ enum: ACCEPTANCE_KINDS })
  @IsOptional()
  @IsIn(ACCEPTANCE_KINDS)
  acceptance?: AcceptanceKind;

  @ApiPropertyOptional({ type: Boolean, description: 'Owes an obligation whose due time has passed (IN-7, IN-8)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'IN-10 repeats only (or none)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  repeat?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'IN-9' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  highPriority?: boolean;

  @ApiPropertyOptional({ example: '2026-03-01T00:00:00+08:00', description: 'Received at or after' })
  @IsOptional()
  @IsInstantWithZone()
  receivedFrom?: string;

  @ApiPropertyOptional({ example: '2026-04-01T00:00:00+08:00', description: 'Received before' })
  @IsOptional()
  @IsInstantWithZone()
  receivedTo?: string;

  @ApiPropertyOptional({ enum: SORTS, default: '-receivedAt', description: '`priority`: high-priority first, then oldest first' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: ComplaintSort;
}
