import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, INSTANT, LIMITS, PageResponseOf, REGION, REVISION, TimelineEntryResponse, UUID, text } from '@aftersales/platform';
import { DEPARTMENTS, INSPECTION_STATUSES, RETURN_FINDINGS, RETURN_REASONS } from '@aftersales/qa-domain';
import type { Department, InspectionStatus, ReturnFinding, ReturnReason } from '@aftersales/qa-domain';

/* An inspection of returned goods (QA-6) as the QA endpoints answer it (presentation.ts). */

export class InspectionLineResponse {
  @ApiProperty(text(LIMITS.id, { example: 'L1' }))
  lineId!: string;

  @ApiProperty(text(LIMITS.id, { example: 'PX-200' }))
  sku!: string;

  @ApiNullable(text(LIMITS.code, { description: 'The serial the return request authorised' }))
  serialNumberAuthorised!: string | null;

  @ApiNullable(text(LIMITS.code, { description: 'The serial the warehouse received' }))
  serialNumberReceived!: string | null;

  @ApiProperty(COUNT)
  quantityReceived!: number;

  @ApiNullable({ enum: RETURN_FINDINGS, description: 'QA-6; null until recorded' })
  finding!: ReturnFinding | null;

  @ApiNullable({ enum: DEPARTMENTS, description: 'Named for defect_confirmed' })
  responsibleDepartment!: Department | null;

  @ApiNullable(text(LIMITS.id, { description: 'Named for defect_confirmed' }))
  responsiblePerson!: string | null;

  @ApiNullable(text(LIMITS.longText, { description: 'The written reason for customer_damage; a remark otherwise' }))
  note!: string | null;

  @ApiNullable({ ...UUID, description: 'The CAPA (QA-4) that follows a confirmed defect, on the case the return came from' })
  capaId!: string | null;

  @ApiNullable(EXTERNAL_ID)
  recordedBy!: string | null;

  @ApiNullable(INSTANT)
  recordedAt!: string | null;
}

export class InspectionResponseDto {
  @ApiProperty(UUID)
  inspectionId!: string;

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme', description: "The caller's tenant" })
  tenantId!: string;

  @ApiProperty({ ...UUID, description: "warehouse-returns' return request" })
  returnRequestId!: string;

  @ApiNullable({ ...UUID, description: 'The QA case whose disposition started the return' })
  caseId!: string | null;

  @ApiProperty(EXTERNAL_ID)
  customerId!: string;

  @ApiProperty(REGION)
  region!: string;

  @ApiProperty({ enum: RETURN_REASONS })
  reason!: ReturnReason;

  @ApiProperty({ enum: INSPECTION_STATUSES, description: 'open until QA signs or refuses (QA-6)' })
  status!: InspectionStatus;

  @ApiProperty({ type: [InspectionLineResponse], maxItems: 500 })
  lines!: readonly InspectionLineResponse[];

  @ApiProperty({ ...COUNT, description: 'Lines without a finding yet' })
  linesPending!: number;

  @ApiNullable(text(LIMITS.longText, { description: 'The written reason of a refusal: the basis for refusing the return' }))
  refusalReason!: string | null;

  @ApiProperty({ ...INSTANT, description: 'When the warehouse received the goods' })
  receivedAt!: string;

  @ApiProperty(INSTANT)
  openedAt!: string;

  @ApiNullable(EXTERNAL_ID)
  inspectedBy!: string | null;

  @ApiNullable(INSTANT)
  inspectedAt!: string | null;

  @ApiProperty(INSTANT)
  updatedAt!: string;

  @ApiProperty(REVISION)
  revision!: string;
}

export class InspectionPageResponse extends PageResponseOf(InspectionResponseDto, 'InspectionPageBase') {}

export class InspectionTimelineResponse {
  @ApiProperty(UUID)
  inspectionId!: string;

  @ApiProperty({ type: [TimelineEntryResponse], maxItems: 10000 })
  events!: readonly TimelineEntryResponse[];
}
