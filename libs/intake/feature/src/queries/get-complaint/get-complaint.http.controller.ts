import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, Caller, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { ACCEPT_LANGUAGE, NOT_FOUND, READERS, ComplaintEndpoint, ComplaintResponseDto } from '../../use-case-kit';
import { GetComplaint } from './get-complaint.query';

@ApiTags('intake')
@Controller('complaints')
export class GetComplaintController extends ComplaintEndpoint {
  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One complaint (read from its own stream: always current)' })
  @ACCEPT_LANGUAGE
  @ApiOkResponse({ type: ComplaintResponseDto })
  @ApiErrors(PARAMETER_ERRORS, NOT_FOUND)
  async get(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ComplaintResponseDto> {
    return this.presenter.one(caller, await this.queries.execute(new GetComplaint(caller, id)));
  }
}
