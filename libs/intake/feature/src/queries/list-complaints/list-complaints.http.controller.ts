import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { ACCEPT_LANGUAGE, READERS, ComplaintEndpoint, ComplaintPageResponse } from '../../use-case-kit';
import { ListComplaints } from './list-complaints.query';
import { ListComplaintsQuery } from './list-complaints.request.dto';

@ApiTags('intake')
@Controller('complaints')
export class ListComplaintsController extends ComplaintEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'List complaints with filters, paging and sort' })
  @ACCEPT_LANGUAGE
  @ApiOkResponse({ type: ComplaintPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListComplaintsQuery): Promise<ComplaintPageResponse> {
    return this.presenter.page(caller, await this.queries.execute(new ListComplaints(caller, query)));
  }
}
