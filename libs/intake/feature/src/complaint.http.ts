import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { INTAKE } from '@aftersales/intake-domain';
import { ComplaintResponseDto } from './complaint.response.dto';
import { ComplaintPresenter } from './presentation';

/** Who may do what (README "Intake API"). */
export const READERS: Role[] = ['customer_service', 'sales', 'sales_assistant', 'business_head', 'general_manager', 'qa', 'dispatcher', 'auditor', 'admin'];
export const FRONT_DESK: Role[] = ['customer_service', 'sales', 'sales_assistant'];
export const SUPERVISORS: Role[] = ['business_head', 'general_manager'];

export const NOT_FOUND: ErrorCodes = { 404: [INTAKE.COMPLAINT_NOT_FOUND] };
export const ACCEPT_LANGUAGE = ApiHeader({ name: 'Accept-Language', required: false, description: 'zh-CN or en: the language of `labels`' });
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A lifecycle command on one complaint: `POST /complaints/{id}/<verb>`, 200 with the complaint
 * after it, refused by its state with a 409 naming the state (details.status, details.command).
 */
export function ComplaintCommandRoute(verb: string, summary: string, roles: Role[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ACCEPT_LANGUAGE,
    ApiOkResponse({ type: ComplaintResponseDto, description: 'The complaint after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(INTAKE.COMPLAINT_IS) }, CONCURRENCY_ERRORS),
  );
}

/** What every complaint endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class ComplaintEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: ComplaintPresenter,
  ) {}
}
