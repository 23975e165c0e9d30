import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import { LIMITS, NullableText, Text } from '@aftersales/platform';

export class SubmittedDocumentDto {
  @Text(LIMITS.text, { example: '2026年3月派工单', maxLength: LIMITS.text })
  title!: string;

  @Text(LIMITS.id, { example: 'ARC-2026-03-WO', maxLength: LIMITS.id, description: 'Where the archived copy is (file number, document-system reference)' })
  reference!: string;
}

/** POST /audit/archive-submissions/{id}/submit. */
export class SubmitArchiveSubmissionDto {
  @ApiProperty({ type: SubmittedDocumentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SubmittedDocumentDto)
  document!: SubmittedDocumentDto;

  @NullableText(LIMITS.text, { type: String, nullable: true, example: 'Handed to the archive room' })
  note?: string | null;
}
