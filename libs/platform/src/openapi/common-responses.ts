import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../auth/roles';
import { COUNT, EXTERNAL_ID, INSTANT, REVISION, UUID, ApiNullable, text } from './schema-fields';

export class ActorResponse {
  @ApiProperty(EXTERNAL_ID)
  id!: string;

  @ApiProperty(text(64, { example: 'customer_service', description: `The role the actor acted in: one of ${ROLES.join(', ')}, or \`system\` for the platform itself` }))
  role!: string;
}

/** One stored event as a timeline shows it (TimelineEntry in queries/paging.ts). */
export class TimelineEntryResponse {
  @ApiProperty(UUID)
  eventId!: string;

  @ApiProperty(text(100, { example: 'intake.ComplaintRegistered', pattern: '^[a-z][a-z-]*\\.[A-Za-z]+$' }))
  type!: string;

  @ApiProperty(REVISION)
  revision!: string;

  @ApiProperty(INSTANT)
  occurredAt!: string;

  @ApiProperty({ type: ActorResponse })
  actor!: ActorResponse;

  @ApiProperty(text(128))
  correlationId!: string;

  @ApiNullable(UUID)
  causationId!: string | null;

  @ApiNullable(text(100, { example: 'default@3' }))
  policyVersion!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data, as its type defines it" })
  data!: unknown;
}

/** The page envelope of a list endpoint, with its items' schema (Page<T> in queries/paging.ts). */
export function PageResponseOf<T>(item: Type<T>, name: string): Type<{ items: readonly T[]; page: number; pageSize: number; total: number; totalExact: boolean }> {
  class PageResponse {
    @ApiProperty({ type: [item], maxItems: 100 })
    items!: readonly T[];

    @ApiProperty({ type: Number, format: 'int32', minimum: 1, maximum: 10000 })
    page!: number;

    @ApiProperty({ type: Number, format: 'int32', minimum: 1, maximum: 100 })
    pageSize!: number;

    @ApiProperty({ ...COUNT, description: 'How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)' })
    total!: number;

    @ApiProperty({ type: Boolean, description: 'False when more match than `total` says ("1000+")' })
    totalExact!: boolean;
  }
  Object.defineProperty(PageResponse, 'name', { value: name });
  return PageResponse;
}
