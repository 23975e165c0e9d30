import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { EventMetadata, deterministicUuid, newEventId } from '@aftersales/eventsourcing';
import { AuthUser, actingRoleOf } from '../auth/roles';
import { correlationIdOf } from '../logging/correlation';

/**
 * Who sent a request, as a use case's command or query carries it (issue 12: use cases on
 * @nestjs/cqrs): the authenticated user, the correlation id every event and log line gets, the
 * Idempotency-Key (checked by the IdempotencyInterceptor) and the Accept-Language header.
 */
export interface Caller {
  readonly user: AuthUser;
  readonly correlationId: string;
  readonly idempotencyKey?: string;
  readonly language?: string;
}

interface CallerRequest {
  readonly id?: unknown;
  readonly user?: AuthUser;
  readonly idempotencyKey?: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** `@Caller() caller: Caller` in a controller: one parameter instead of the user, correlation, key and language. */
export const Caller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const request = ctx.switchToHttp().getRequest<CallerRequest>();
  if (!request.user) throw new Error('Caller used on an endpoint without authentication');
  const language = request.headers['accept-language'];
  return {
    user: request.user,
    correlationId: correlationIdOf(request),
    ...(request.idempotencyKey !== undefined ? { idempotencyKey: request.idempotencyKey } : {}),
    ...(typeof language === 'string' ? { language } : {}),
  };
});

/** The metadata every event a caller's command appends carries (ARCHITECTURE.md "Events"). */
export function eventMetadata(caller: Caller, region: string): EventMetadata {
  const { user, correlationId } = caller;
  return { tenantId: user.tenantId, region, actor: { id: user.id, role: actingRoleOf(user) }, correlationId };
}

/**
 * The id of what a create command makes: derived from the caller's Idempotency-Key when there is
 * one, so a retry after a crash that stored the first attempt but lost its response finds it
 * (the handler then answers with it, ADR 003); a new one otherwise. `kind` keeps two kinds of
 * resource created under one key apart.
 */
export function idForCreate(caller: Caller, kind: string): string {
  return caller.idempotencyKey ? deterministicUuid(caller.user.tenantId, caller.user.id, caller.idempotencyKey, kind) : newEventId();
}
