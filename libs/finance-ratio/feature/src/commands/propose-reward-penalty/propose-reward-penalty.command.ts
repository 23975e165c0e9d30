import { AggregateRequest, CallerQuery, CreateRequest, Page } from '@aftersales/platform';
import { RewardPenaltyView } from '../../ledger.aggregates';
import { ApproveRewardPenaltyDto, ListRewardsPenaltiesQuery, ProposeRewardPenaltyDto, RejectRewardPenaltyDto } from './propose-reward-penalty.request.dto';

export class ProposeRewardPenalty extends CreateRequest<{ view: RewardPenaltyView; replayed: boolean }, ProposeRewardPenaltyDto> {}
export class ApproveRewardPenalty extends AggregateRequest<RewardPenaltyView, ApproveRewardPenaltyDto> {}
export class RejectRewardPenalty extends AggregateRequest<RewardPenaltyView, RejectRewardPenaltyDto> {}
export class ListRewardsPenalties extends CallerQuery<Page<RewardPenaltyView>, ListRewardsPenaltiesQuery> {}
