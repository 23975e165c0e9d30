import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { WAREHOUSE_RETURNS } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestResponseDto } from './return-request.response.dto';
import { ReturnRequestPresenter } from './presentation';

/** Who may do what: name the context's roles here, once, and document them (docs/warehouse-returns.md). */
export const READERS: Role[] = ['business_head', 'general_manager', 'auditor', 'admin'];
export const HANDLERS: Role[] = ['business_head', 'admin'];

export const NOT_FOUND: ErrorCodes = { 404: [WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A lifecycle command on one return request: `POST /return-requests/{id}/<verb>`, 200 with the
 * return request after it, refused by its state with a 409 naming the state (details.status, details.command).
 */
export function ReturnRequestCommandRoute(verb: string, summary: string, roles: Role[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: ReturnRequestResponseDto, description: 'The return request after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(WAREHOUSE_RETURNS.RETURN_REQUEST_IS) }, CONCURRENCY_ERRORS),
  );
}

/** What every return request endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class ReturnRequestEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: ReturnRequestPresenter,
  ) {}
}
