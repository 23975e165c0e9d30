import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { FINANCE_RATIO } from '@aftersales/finance-ratio-domain';
import { RatioAlertResponseDto } from './ratio-alert.response.dto';
import { RatioAlertPresenter } from './presentation';

/** Who may do what: name the context's roles here, once, and document them (docs/finance-ratio.md). */
export const READERS: Role[] = ['business_head', 'general_manager', 'auditor', 'admin'];
export const HANDLERS: Role[] = ['business_head', 'admin'];

export const NOT_FOUND: ErrorCodes = { 404: [FINANCE_RATIO.RATIO_ALERT_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A lifecycle command on one ratio alert: `POST /ratio-alerts/{id}/<verb>`, 200 with the
 * ratio alert after it, refused by its state with a 409 naming the state (details.status, details.command).
 */
export function RatioAlertCommandRoute(verb: string, summary: string, roles: Role[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: RatioAlertResponseDto, description: 'The ratio alert after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(FINANCE_RATIO.RATIO_ALERT_IS) }, CONCURRENCY_ERRORS),
  );
}

/** What every ratio alert endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class RatioAlertEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: RatioAlertPresenter,
  ) {}
}
