import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ReturnRequestEndpoint, NOT_FOUND, READERS, ReturnRequestResponseDto } from '../../use-case-kit';
import { GetReturnRequest } from './get-return-request.query';

@ApiTags('returns')
@Controller('returns')
export class GetReturnRequestController extends ReturnRequestEndpoint {
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One return request (read from its own stream: always current)' })
  @ApiOkResponse({ type: ReturnRequestResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ReturnRequestResponseDto> {
    return this.presenter.one(await this.queries.execute(new GetReturnRequest(caller, id)));
  }
}
