import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles } from '@aftersales/platform';
import { OutletPageResponse, READERS, WorkOrderEndpoint } from '../../use-case-kit';
import { ListOutlets } from './list-outlets.query';
import { ListOutletsQuery } from './list-outlets.request.dto';

@ApiTags('dispatch')
@Controller('outlets')
export class ListOutletsController extends WorkOrderEndpoint {
  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'DI-2: The outlets, open and closed, by name' })
  @ApiOkResponse({ type: OutletPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async listOutlets(@Caller() caller: Caller, @Query() query: ListOutletsQuery): Promise<OutletPageResponse> {
    return this.presenter.outlets(await this.queries.execute(new ListOutlets(caller, query)));
  }
}
