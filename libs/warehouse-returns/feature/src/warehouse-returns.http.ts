import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { WAREHOUSE_RETURNS } from '@aftersales/warehouse-returns-domain';
import { ReturnRequestResponseDto } from './return-request.response.dto';
import { ReturnRequestPresenter } from './presentation';

/*
 * Who may do what (docs/returns.md "Roles"): the after-sales section (its head) enters requests,
 * amends lines, issues transport orders, resolves serial mismatches and records the customer's
 * choice; the signers sign or refuse the steps the policy gives their role (the domain checks
 * the step's role); the warehouse records arrival, count and booking; a driver only records a
 * pickup; QA answers through its inspection (an event, not this API); customer service, finance
 * and the auditor read.
 */
export const READERS: Role[] = ['after_sales_head', 'business_head', 'area_manager', 'general_manager', 'finance', 'warehouse', 'qa', 'customer_service', 'auditor', 'admin'];
export const AFTER_SALES: Role[] = ['after_sales_head'];
export const SIGNERS: Role[] = ['after_sales_head', 'business_head', 'area_manager', 'general_manager', 'finance'];
export const PICKUP: Role[] = ['driver', 'warehouse'];
export const WAREHOUSE: Role[] = ['warehouse'];
export const RETURN_NOTE_SENDERS: Role[] = ['after_sales_head', 'warehouse'];

export const NOT_FOUND: ErrorCodes = { 404: [WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A command on one return request: `POST /returns/{id}/<path>`, 200 with the return request after
 * it, refused by its state with a 409 naming the state (details.status, details.command), and by
 * the rules it decides with the codes in `rules`.
 */
export function ReturnRequestCommandRoute(path: string, summary: string, roles: Role[], rules: ErrorCodes = {}): MethodDecorator {
  return applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: ReturnRequestResponseDto, description: 'The return request after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(WAREHOUSE_RETURNS.RETURN_REQUEST_IS) }, rules, CONCURRENCY_ERRORS),
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
