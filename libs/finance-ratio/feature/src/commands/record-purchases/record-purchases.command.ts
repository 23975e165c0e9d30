import { CreateRequest } from '@aftersales/platform';
import { DocumentOutcome } from '../../purchases/purchase-recorder';
import { RecordPurchasesDto } from './record-purchases.request.dto';

export class RecordPurchases extends CreateRequest<DocumentOutcome[], RecordPurchasesDto> {}
