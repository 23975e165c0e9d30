import { Command } from '@nestjs/cqrs';
import { Caller } from '@aftersales/platform';
import { DocumentOutcome } from '../../purchases/purchase-recorder';
import { UploadedPurchaseFile } from './import-purchases.request.dto';

export interface ImportResult {
  readonly documents: DocumentOutcome[];
  readonly rows: number;
  readonly rowErrors: { row: number; column: string; code: string }[];
}

export class ImportPurchases extends Command<ImportResult> {
  constructor(
    readonly caller: Caller,
    readonly file: UploadedPurchaseFile | undefined,
    readonly validRowsOnly: boolean,
  ) {
    super();
  }
}
