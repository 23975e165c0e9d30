import { AggregateRequest } from '@aftersales/platform';
import { ReturnInspectionView } from '../../inspection-view';
import { RecordInspectionFindingsDto } from './record-inspection-findings.request.dto';

export class RecordInspectionFindings extends AggregateRequest<ReturnInspectionView, RecordInspectionFindingsDto> {}
