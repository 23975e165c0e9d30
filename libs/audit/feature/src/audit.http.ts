import { HttpCode, Injectable, Post, applyDecorators } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors, BODY_ERRORS, CONCURRENCY_ERRORS, ErrorCodes, IDEMPOTENCY_ERRORS, PARAMETER_ERRORS, Role, Roles } from '@aftersales/platform';
import { AUDIT } from '@aftersales/audit-domain';
import { ArchiveSubmissionResponseDto } from './archive-submission.response.dto';
import { ArchiveSubmissionPresenter } from './presentation';

/** Who may do what (docs/audit.md): auditors and administrators read; administrators act. */
export const READERS: Role[] = ['auditor', 'admin'];
export const ACTORS: Role[] = ['admin'];

export const NOT_FOUND: ErrorCodes = { 404: [AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND] };
export const IDEMPOTENCY_KEY = ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing' });

/**
 * A lifecycle command on one archive submission: `POST /archive-submissions/{id}/<verb>`, 200 with the
 * archive submission after it, refused by its state with a 409 naming the state (details.status, details.command).
 */
export function ArchiveSubmissionCommandRoute(verb: string, summary: string, roles: Role[]): MethodDecorator {
  return applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    IDEMPOTENCY_KEY,
    ApiOkResponse({ type: ArchiveSubmissionResponseDto, description: 'The archive submission after the command' }),
    ApiErrors(BODY_ERRORS, PARAMETER_ERRORS, IDEMPOTENCY_ERRORS, NOT_FOUND, { 409: Object.values(AUDIT.ARCHIVE_SUBMISSION_IS) }, CONCURRENCY_ERRORS),
  );
}

/** What every archive submission endpoint uses: the buses its use case goes through, and the presenter of its answer. */
@Injectable()
export abstract class ArchiveSubmissionEndpoint {
  constructor(
    protected readonly commands: CommandBus,
    protected readonly queries: QueryBus,
    protected readonly presenter: ArchiveSubmissionPresenter,
  ) {}
}
