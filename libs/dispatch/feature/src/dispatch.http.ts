import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { DISPATCH } from '@aftersales/dispatch-domain';
import { WorkOrderResponseDto } from './work-order.response.dto';
import { WorkOrderPresenter } from './presentation';

/*
 * Who may do what (docs/dispatch.md "Roles"): the dispatcher acts; a technician sees and acts only
 * on the orders assigned to them (another's is 404); an outlet's staff (DI-2) take requests at their
 * outlet's counter, see the orders given to it and assign them to its technicians; customer service
 * reads and makes the follow-up call; quality does final QC; the auditor reads; the admin manages
 * technicians and outlets.
 */
export const READERS: Role[] = ['dispatcher', 'technician', 'outlet_staff', 'customer_service', 'qa', 'auditor', 'admin'];
export const DISPATCHERS: Role[] = ['dispatcher'];
/** The roles that reach only their outlet's records (docs/roles.md `own`). */
export const OUTLET_STAFF: Role[] = ['outlet_staff'];
/** DI-2: a request at an outlet's counter: the dispatcher (any outlet), the outlet's own staff (theirs). */
export const COUNTER: Role[] = ['dispatcher', 'outlet_staff'];
/** TR-2, DI-2: assigning a technician: the dispatcher, or an outlet's staff for the orders given to their outlet. */
export const ASSIGNERS: Role[] = ['dispatcher', 'outlet_staff'];
export const TECHNICIANS_ROLE: Role[] = ['technician'];
/** On site, the technician records what the customer says (consent, sign-off); a dispatcher may, from a call. */
export const ON_SITE: Role[] = ['technician', 'dispatcher'];
export const QUALITY: Role[] = ['qa'];
export const FOLLOW_UP_CALLERS: Role[] = ['customer_service', 'dispatcher'];
export const TECHNICIAN_ADMINS: Role[] = ['admin'];
export const TECHNICIAN_READERS: Role[] = ['dispatcher', 'admin', 'auditor'];
/** DI-2: the technicians list; an outlet's staff see their outlet's technicians (those they may assign). */
export const TECHNICIAN_LISTERS: Role[] = [...TECHNICIAN_READERS, 'outlet_staff'];

export const NOT_FOUND: ErrorCodes = { 404: [DISPATCH.WORK_ORDER_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A command on one work order: `POST /work-orders/{id}/<verb>`, 200 with the work order after
 * it, refused by its state with a 409 naming the state (details.status, details.command), and by
 * the rules it decides with the codes in `rules`.
 */
export function WorkOrderCommandRoute(verb: string, summary: string, roles: Role[], rules: ErrorCodes = {}): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: WorkOrderResponseDto, description: 'The work order after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(DISPATCH.WORK_ORDER_IS) }, rules, CONCURRENCY_ERRORS),
  );
}

/** What every work order endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class WorkOrderEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: WorkOrderPresenter,
  ) {}
}
