import { Controller, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { FinanceEndpoint, ImportPurchasesResponse, PURCHASE_WRITERS } from '../../use-case-kit';
import { ImportPurchases } from './import-purchases.command';
import { ImportPurchasesQuery, UploadedPurchaseFile } from './import-purchases.request.dto';

/** The largest import file. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Where the import is served (the platform lets only this path take a multipart body). */
export const IMPORT_PATH = '/api/v1/finance/purchases/import';

@ApiTags('finance')
@Controller('finance/purchases')
export class ImportPurchasesController extends FinanceEndpoint {
  @Post('import')
  @HttpCode(200)
  @Roles(...PURCHASE_WRITERS)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0 } }))
  @ApiOperation({
    operationId: 'ImportPurchases',
    summary: 'Import purchase lines from a CSV or XLSX file; every bad row is reported by row, column and code, and nothing is recorded unless validRowsOnly',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A .csv or .xlsx with the columns document_number, document_date, customer_id, region, contract_number, sales_rep_id, currency, sku, quantity, unit_price' } },
    },
  })
  @ApiOkResponse({ type: ImportPurchasesResponse, description: 'Recorded (with validRowsOnly, the documents whose rows were all valid)' })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, { 400: [FINANCE_RATIO.IMPORT_REJECTED, FINANCE_RATIO.UNREADABLE_FILE] }, CONCURRENCY_ERRORS)
  async import(@Caller() caller: Caller, @UploadedFile() file: UploadedPurchaseFile | undefined, @Query() query: ImportPurchasesQuery): Promise<ImportPurchasesResponse> {
    return this.commands.execute(new ImportPurchases(caller, file, query.validRowsOnly === true));
  }
}
