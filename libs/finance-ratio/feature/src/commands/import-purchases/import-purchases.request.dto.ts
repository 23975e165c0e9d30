import { QueryFlag } from '@aftersales/platform';

/** POST /finance/purchases/import?validRowsOnly=: the file is the multipart field `file`. */
export class ImportPurchasesQuery {
  @QueryFlag({ description: 'Record the documents whose rows are all valid and report the others; without it a file with any bad row records nothing' })
  validRowsOnly?: boolean;
}

/** The uploaded file as the route's interceptor hands it over. */
export interface UploadedPurchaseFile {
  readonly originalname: string;
  readonly mimetype: string;
  readonly buffer: Buffer;
}
