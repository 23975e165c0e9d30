import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { AuthUser, Role } from './roles';
import { correlationIdOf } from '../logging/correlation';
import { errorResponse } from '../openapi/error-response';
import { AUTH } from '../errors/codes';

export const ROLES_KEY = 'aftersales:roles';
export const PUBLIC_KEY = 'aftersales:public';
export const OWN_RECORDS_KEY = 'aftersales:own-records';
/** The OpenAPI extensions naming an operation's roles and its own-records roles (docs/roles.md is made from them). */
export const ROLES_EXTENSION = 'x-roles';
export const OWN_RECORDS_EXTENSION = 'x-own-records';

/**
 * The roles allowed to call an endpoint. Every endpoint states its roles (or `@Public()`);
 * the application refuses to start when one does not.
 */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  if (roles.length === 0) throw new Error('@Roles() needs at least one role');
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiExtension(ROLES_EXTENSION, roles),
    ApiBearerAuth(),
    errorResponse(401, [AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID, AUTH.TOKEN_EXPIRED, AUTH.TOKEN_LIFETIME_TOO_LONG, AUTH.NO_TENANT]),
    errorResponse(403, [AUTH.FORBIDDEN, AUTH.NO_ROLE], `Needs one of the roles: ${roles.join(', ')}`),
    errorResponse(503, [AUTH.KEYS_UNAVAILABLE]),
  );
}

/**
 * Of the endpoint's roles, those that reach only their own records (a salesperson, the cases they
 * are a stakeholder of): the aggregate's `mayRead` decides; this states it for docs/roles.md and
 * the role matrix test, which checks that such a role gets 404 for a record not theirs.
 */
export function OwnRecordsOnly(...roles: Role[]): MethodDecorator {
  if (roles.length === 0) throw new Error('@OwnRecordsOnly() needs at least one role');
  return applyDecorators(SetMetadata(OWN_RECORDS_KEY, roles), ApiExtension(OWN_RECORDS_EXTENSION, roles));
}

/** An endpoint anyone may call without a token (health, docs). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

/** The request's correlation id (echoed or generated; the one every log line and event carries). */
export const Correlation = createParamDecorator((_: unknown, ctx: ExecutionContext): string =>
  correlationIdOf(ctx.switchToHttp().getRequest<{ id?: unknown; headers: Record<string, string | string[] | undefined> }>()),
);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new Error('CurrentUser used on an endpoint without authentication');
  return user;
});

/** What an endpoint declares, the method's declaration winning over its class's. */
export interface AccessDeclaration {
  readonly public: boolean;
  readonly roles: readonly Role[] | undefined;
  /** `@Public()` and `@Roles()` on the same method or class: refused at start-up. */
  readonly conflicting: boolean;
}

type MetadataTarget = object;

export function accessDeclaration(handler: MetadataTarget, controller: MetadataTarget): AccessDeclaration {
  const at = (target: MetadataTarget) => ({
    public: Reflect.getMetadata(PUBLIC_KEY, target) === true,
    roles: Reflect.getMetadata(ROLES_KEY, target) as Role[] | undefined,
  });
  const method = at(handler);
  const cls = at(controller);
  const conflicting = (method.public && method.roles !== undefined) || (cls.public && cls.roles !== undefined);
  const chosen = method.public || method.roles !== undefined ? method : cls;
  // Roles win a conflict: a mistake must not open an endpoint to anonymous callers.
  return { public: chosen.public && chosen.roles === undefined, roles: chosen.roles, conflicting };
}
