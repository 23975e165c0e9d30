import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, Caller, Created, CreatedResource, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Roles, uuidParam } from '@aftersales/platform';
import { FinanceEndpoint, IDEMPOTENCY_KEY, LEDGER_READERS, MANAGERS, RewardPenaltyPageResponse, RewardPenaltyResponse } from '../../use-case-kit';
import { presentRewardPenalty } from '../../presentation';
import { ApproveRewardPenalty, ListRewardsPenalties, ProposeRewardPenalty, RejectRewardPenalty } from './propose-reward-penalty.command';
import { ApproveRewardPenaltyDto, ListRewardsPenaltiesQuery, ProposeRewardPenaltyDto, RejectRewardPenaltyDto } from './propose-reward-penalty.request.dto';

const DECISION_ERRORS = { 404: [FINANCE_RATIO.PROPOSAL_NOT_FOUND], 409: [FINANCE_RATIO.PROPOSAL_DECIDED], 422: [FINANCE_RATIO.APPROVER_IS_PROPOSER] };

@ApiTags('finance')
@Controller('finance/rewards-penalties')
export class RewardsPenaltiesController extends FinanceEndpoint {
  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ operationId: 'ProposeRewardPenalty', summary: 'Propose a reward or a penalty within the policy range (FR-4); another manager approves it' })
  @IDEMPOTENCY_KEY
  @ApiBody({ type: ProposeRewardPenaltyDto })
  @ApiCreatedResponse({ type: RewardPenaltyResponse })
  @ApiErrors(BODY_ERRORS, IDEMPOTENCY_ERRORS, { 409: [FINANCE_RATIO.PROPOSAL_EXISTS], 422: [FINANCE_RATIO.OUTSIDE_POLICY_RANGE] }, CONCURRENCY_ERRORS)
  async propose(@Caller() caller: Caller, @Body() body: ProposeRewardPenaltyDto, @Created() created: CreatedResource): Promise<RewardPenaltyResponse> {
    const { view, replayed } = await this.commands.execute(new ProposeRewardPenalty(caller, body));
    if (replayed) created.replayed();
    return presentRewardPenalty(view);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ operationId: 'ApproveRewardPenalty', summary: 'Approve a proposal (FR-4): by another manager than its proposer' })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: RewardPenaltyResponse })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, DECISION_ERRORS, CONCURRENCY_ERRORS)
  async approve(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: ApproveRewardPenaltyDto): Promise<RewardPenaltyResponse> {
    return presentRewardPenalty(await this.commands.execute(new ApproveRewardPenalty(caller, id, body)));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ operationId: 'RejectRewardPenalty', summary: 'Reject a proposal with a reason (FR-4)' })
  @IDEMPOTENCY_KEY
  @ApiOkResponse({ type: RewardPenaltyResponse })
  @ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, { 404: [FINANCE_RATIO.PROPOSAL_NOT_FOUND], 409: [FINANCE_RATIO.PROPOSAL_DECIDED] }, CONCURRENCY_ERRORS)
  async reject(@Caller() caller: Caller, @Param('id', uuidParam('id')) id: string, @Body() body: RejectRewardPenaltyDto): Promise<RewardPenaltyResponse> {
    return presentRewardPenalty(await this.commands.execute(new RejectRewardPenalty(caller, id, body)));
  }

  @Get()
  @Roles(...LEDGER_READERS)
  @ApiOperation({ operationId: 'ListRewardsPenalties', summary: 'Reward and penalty proposals, newest first' })
  @ApiOkResponse({ type: RewardPenaltyPageResponse })
  @ApiErrors(PARAMETER_ERRORS)
  async list(@Caller() caller: Caller, @Query() query: ListRewardsPenaltiesQuery): Promise<RewardPenaltyPageResponse> {
    const page = await this.queries.execute(new ListRewardsPenalties(caller, query));
    return { ...page, items: page.items.map(presentRewardPenalty) };
  }
}
