import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import { ACCEPTANCE_KINDS, SUSPECTED_CAUSES, type AcceptanceKind, type SuspectedCause } from '@aftersales/intake-domain';
import { FieldError, LIMITS, Reason, Text, OneOf } from '@aftersales/platform';
import { DeadOnArrivalDto, WarrantyCardDto } from '../register-complaint/register-complaint.request.dto';

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
  @OneOf(ACCEPTANCE_KINDS, { example: 'accepted_paid' })
  kind!: AcceptanceKind;

  @Text(LIMITS.text, { example: 'Long-standing customer; wrong model shipped by us', maxLength: LIMITS.text })
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
