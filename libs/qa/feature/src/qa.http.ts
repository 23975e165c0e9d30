import { Controller, Get, HttpCode, Injectable, Param, Post, Type, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, OwnRecordsOnly, PARAMETER_ERRORS, Role, Roles, uuidParam } from '@aftersales/platform';
import { QA } from '@aftersales/qa-domain';
import { QaPresenter } from './presentation';
import { CaseResponseDto } from './qa.response.dto';
import { InspectionResponseDto } from './inspection.response.dto';

/** Who may read cases and CAPAs (sales roles only those of the cases they are stakeholders of, qa.aggregates.ts). */
export const CASE_READERS: Role[] = ['qa', 'department', 'general_manager', 'business_head', 'auditor', 'admin', 'sales', 'sales_assistant'];

/** Who may read inspections of returned goods (QA-6): QA, and read-only customer service and the auditor. */
export const INSPECTION_READERS: Role[] = ['qa', 'customer_service', 'auditor', 'admin'];
export const INSPECTION_NOT_FOUND: ErrorCodes = { 404: [QA.INSPECTION_NOT_FOUND] };

export const CASE_NOT_FOUND: ErrorCodes = { 404: [QA.CASE_NOT_FOUND] };
export const CAPA_NOT_FOUND: ErrorCodes = { 404: [QA.CAPA_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response and records nothing' });

/** A controller of QA's API: `/qa/<path>`, tagged qa. */
export const QaController = (path: string): ClassDecorator => applyDecorators(ApiTags('qa'), Controller(`qa/${path}`));

/** The `{id}` path parameter: a UUID. */
export const IdParam = (): ParameterDecorator => Param('id', uuidParam('id'));

/** A read of cases or CAPAs by their readers: `GET <path>`, answering `type`. */
export function QaReadRoute(path: string, summary: string, type: Type, ...errors: ErrorCodes[]): MethodDecorator {
  return applyDecorators(Get(path), Roles(...CASE_READERS), OwnRecordsOnly('sales', 'sales_assistant'), ApiOperation({ summary }), ApiOkResponse({ type }), ApiErrors(PARAMETER_ERRORS, ...errors));
}

/** A read of inspections of returned goods by their readers: `GET <path>`, answering `type`. */
export function InspectionReadRoute(path: string, summary: string, type: Type, ...errors: ErrorCodes[]): MethodDecorator {
  return applyDecorators(Get(path), Roles(...INSPECTION_READERS), ApiOperation({ summary }), ApiOkResponse({ type }), ApiErrors(PARAMETER_ERRORS, ...errors));
}

/** A command on one inspection (QA-6): `POST /qa/inspections/{id}/<verb>` by QA, 200 with the inspection after it. */
export function InspectionCommandRoute(verb: string, summary: string, ...refusals: ErrorCodes[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles('qa'),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: InspectionResponseDto, description: 'The inspection after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, INSPECTION_NOT_FOUND, { 409: [QA.INSPECTION_IS_COMPLETED] }, CONCURRENCY_ERRORS, ...refusals),
  );
}

/**
 * A command on one case: `POST /qa/cases/{id}/<verb>`, 200 with the case after it, refused by its
 * state with a 409 naming the state (details.status, details.command), and by what `refusals` list.
 */
export function CaseCommandRoute(verb: string, summary: string, roles: Role[], ...refusals: ErrorCodes[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: CaseResponseDto, description: 'The case after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, CASE_NOT_FOUND, { 409: Object.values(QA.CASE_IS) }, CONCURRENCY_ERRORS, ...refusals),
  );
}

/** What every QA endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class QaEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: QaPresenter,
  ) {}
}
