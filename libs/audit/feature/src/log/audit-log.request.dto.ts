import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import { IsInstantWithZone } from '@aftersales/platform';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value);
const MAX_SIZE = Number.MAX_SAFE_INTEGER;

/** GET /audit/log/entries/{eventId}: the proof is to this signed tree size (the latest checkpoint when absent). */
export class LogEntryQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SIZE, description: 'A signed checkpoint tree size; the latest checkpoint when absent' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  treeSize?: number;
}

/** GET /audit/log/consistency?from=&to=: two signed tree sizes, from ≤ to. */
export class ConsistencyQuery {
  @ApiProperty({ minimum: 0, maximum: MAX_SIZE })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  from!: number;

  @ApiProperty({ minimum: 0, maximum: MAX_SIZE })
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  to!: number;
}

/** POST /audit/log/cosignatures: a witness's cosignature line (`audit cosign` prints it) on the checkpoint of this tree size. */
export class CosignatureDto {
  @ApiProperty({ minimum: 0, maximum: MAX_SIZE })
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  treeSize!: number;

  @ApiProperty({ maxLength: 1000, example: '— cert-body.example/witness AAAAAAAAAAA…' })
  @IsString()
  @MaxLength(1000)
  line!: string;
}

/** GET /audit/cases/{kind}/{id}/bundle: the tree size of a checkpoint the auditor already trusts. */
export class BundleQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SIZE, description: 'Adds a consistency proof from this tree size (a checkpoint the auditor kept) to the bundle\'s checkpoint' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  trustedSize?: number;
}

/** GET /audit/cases/{kind}/{id}/replay?at=: the instant to replay the case to. */
export class ReplayQuery {
  @ApiProperty({ format: 'date-time', example: '2026-03-03T10:30:00+08:00', description: 'An instant with its zone' })
  @IsInstantWithZone()
  at!: string;
}

/** GET /audit/cases/{kind}/{id}/file?at=: the instant the case file stands at (now when absent). */
export class CaseFileQuery {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-03-03T10:30:00+08:00', description: 'An instant with its zone; the events after it are left out and the deadlines are judged then (now when absent)' })
  @IsOptional()
  @IsInstantWithZone()
  at?: string;
}

/**
 * POST /audit/log/rotations: a rotation statement made offline (`audit rotate-key`), or (standalone)
 * nothing / `generate: true` for the service to generate the next key and sign the statement itself.
 */
export class RotationRequestDto {
  @ApiPropertyOptional({
    maxLength: 4000,
    description: 'The rotation statement, a signed note (aftersales-key-rotation/v1: origin, new key, `from <tree size>`, time), signed by the log\'s current key',
    example: 'aftersales-key-rotation/v1\nacme.example/audit\nacme.example/audit+1a2b3c4d+AQ…\nfrom 1200\ntime 2026-03-05T00:00:00.000Z\n\n— acme.example/audit …\n',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  statement?: string;

  @ApiPropertyOptional({ description: 'Standalone only: generate the next key into the data dir and sign the statement with the current key (the default without a statement)' })
  @IsOptional()
  @IsBoolean()
  generate?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SIZE, description: 'With generate: the tree size the new key signs from (default: the log\'s size plus 100)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  fromSize?: number;
}

/** POST /audit/log/verifications: which signed checkpoint to verify in the background. */
export class StartVerificationDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SIZE, description: 'The tree size of a signed checkpoint; the latest checkpoint when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  treeSize?: number;
}
