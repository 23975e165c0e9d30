import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, PARAMETER_ERRORS, Public } from '@aftersales/platform';
import { PublicOutletPageResponse, WorkOrderEndpoint, externalIdParam } from '../../use-case-kit';
import { ListPublicOutlets } from './list-public-outlets.query';
import { ListPublicOutletsQuery } from './list-public-outlets.request.dto';

@ApiTags('dispatch')
@Controller('outlets/public')
export class ListPublicOutletsController extends WorkOrderEndpoint {
  @Get(':tenantId')
  @Public()
  @ApiOperation({ summary: "DI-2: A company's open outlets as published to customers (no token): name, region, scopes, address, contact" })
  @ApiOkResponse({ type: PublicOutletPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async listPublicOutlets(@Param('tenantId', externalIdParam('tenantId')) tenantId: string, @Query() query: ListPublicOutletsQuery): Promise<PublicOutletPageResponse> {
    return this.presenter.publicOutlets(await this.queries.execute(new ListPublicOutlets(tenantId, query)));
  }
}
