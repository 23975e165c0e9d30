import { AggregateQuery, AggregateRequest, CreateRequest } from '@aftersales/platform';
import { CostEntryView } from '../../ledger.aggregates';
import { AdjustCostEntryDto, RecordCostEntryDto } from './record-cost-entry.request.dto';

export class RecordCostEntry extends CreateRequest<{ view: CostEntryView; replayed: boolean }, RecordCostEntryDto> {}
/** `id` is the adjusted entry's. */
export class AdjustCostEntry extends AggregateRequest<{ view: CostEntryView; replayed: boolean }, AdjustCostEntryDto> {}
export class GetCostEntry extends AggregateQuery<CostEntryView> {}
