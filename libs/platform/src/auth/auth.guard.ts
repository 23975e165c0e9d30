import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../errors/api-error';
import { AUTH } from '../errors/codes';
import { TokenError, TokenVerifier } from './claims';
import { accessDeclaration } from './decorators';
import { AuthUser } from './roles';

/** The TokenVerifier of this deployment: our own HS256 secret, or an OIDC issuer's keys. */
export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Bearer-token authentication and role check for every route (global guard). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = accessDeclaration(context.getHandler(), context.getClass());
    if (access.public) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const header = request.headers['authorization'];
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw ApiError.unauthorized(AUTH.TOKEN_MISSING, 'send an Authorization: Bearer <token> header');
    try {
      request.user = await this.verifier.verify(match[1]);
    } catch (err) {
      if (err instanceof TokenError) throw new ApiError(err.status, err.code, err.message);
      throw err;
    }
    const allowed = access.roles;
    if (!allowed) {
      // Unreachable when RouteRolesAudit ran at start-up; refuse rather than allow by default.
      throw ApiError.forbidden(AUTH.FORBIDDEN, 'this endpoint declares no roles');
    }
    // In the endpoint's order: it names its most specific role first (`@Roles('qa', 'department')`).
    const roles = request.user.roles;
    const actingRole = allowed.find((r) => roles.includes(r));
    if (!actingRole) {
      // details.allowedRoles: the client (and the role matrix test) tells the endpoint's roles from a context's own rule.
      throw new ApiError(403, AUTH.FORBIDDEN, `needs one of the roles: ${allowed.join(', ')}`, undefined, { allowedRoles: allowed });
    }
    request.user = { ...request.user, actingRole };
    return true;
  }
}
