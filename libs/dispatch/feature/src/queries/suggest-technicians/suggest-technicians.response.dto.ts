import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable, COUNT, EXTERNAL_ID, LIMITS, LOCAL_DATE, REGION, UUID, text } from '@aftersales/platform';
import { QualificationResponse } from '../../work-order.response.dto';

export class SuggestionResponse {
  @ApiProperty(EXTERNAL_ID)
  technicianId!: string;
  @ApiProperty(text(LIMITS.name))
  name!: string;
  @ApiProperty({ ...COUNT, description: '1 is the best candidate' })
  rank!: number;
  @ApiProperty({ description: 'TR-2: holds a qualification for the product line in force on the planned date (only these can be assigned)' })
  qualified!: boolean;
  @ApiNullable({ type: QualificationResponse })
  qualification!: QualificationResponse | null;
  @ApiNullable({ type: Boolean, description: "DI-2: on the staff of the outlet the order is given to (only these can be assigned to it); null when the order is given to no outlet" })
  atOutlet!: boolean | null;
  @ApiProperty()
  sameRegion!: boolean;
  @ApiProperty(COUNT)
  openOrders!: number;
  @ApiNullable({ type: Number, description: 'Hours to their earliest commitment still owed (negative when passed); null when none' })
  hoursToEarliestDue!: number | null;
  @ApiProperty({ type: [String], maxItems: 10, description: 'Why they rank where they do' })
  reasons!: readonly string[];
}

export class SuggestionsResponse {
  @ApiProperty(UUID)
  workOrderId!: string;
  @ApiProperty(text(LIMITS.code))
  productLine!: string;
  @ApiProperty(REGION)
  region!: string;
  @ApiProperty(LOCAL_DATE)
  plannedOn!: string;
  @ApiProperty({ type: [SuggestionResponse], maxItems: 100 })
  candidates!: readonly SuggestionResponse[];
}
