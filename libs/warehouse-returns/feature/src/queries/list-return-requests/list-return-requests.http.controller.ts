import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { ReturnRequestEndpoint, READERS, ReturnRequestPageResponse } from '../../use-case-kit';
import { ListReturnRequests } from './list-return-requests.query';
import { ListReturnRequestsQuery } from './list-return-requests.request.dto';

@ApiTags('returns')
@Controller('returns')
export class ListReturnRequestsController extends ReturnRequestEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List return requests, newest first, with filters and paging' })
  @ApiOkResponse({ type: ReturnRequestPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListReturnRequestsQuery): Promise<ReturnRequestPageResponse> {
    return this.presenter.page(await this.queries.execute(new ListReturnRequests(caller, query)));
  }
}
