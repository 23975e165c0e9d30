import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsLocalDate, LIMITS } from '@aftersales/platform';

/** POST /audit/archive-submissions/schedule. */
export class ScheduleArchiveSubmissionsDto {
  @ApiProperty({ example: 'cn-east', description: 'A calendar region (its time zone ends each due date)' })
  @IsString()
  @MaxLength(LIMITS.id)
  region!: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-01-01', description: 'First day of the range (local date): periods that lie wholly in [from, to) are expected' })
  @IsLocalDate()
  from!: string;

  @ApiProperty({ type: String, format: 'date', example: '2027-01-01', description: 'The day after the range (exclusive); at most 366 days after `from`' })
  @IsLocalDate()
  to!: string;
}
