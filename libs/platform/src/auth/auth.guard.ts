import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ApiError } from '../errors/api-error';
import { AUTH } from '../errors/codes';
import { TokenError, TokenPolicy, verifyToken } from './jwt';
import { accessDeclaration } from './decorators';
import { AuthUser } from './roles';

export const JWT_SECRET = Symbol('JwtSecret');
export const TOKEN_POLICY = Symbol('TokenPolicy');

/** Bearer-token authentication and role check for every route (global guard). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(JWT_SECRET) private readonly secret: string,
    @Inject(TOKEN_POLICY) private readonly policy: TokenPolicy,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = accessDeclaration(context.getHandler(), context.getClass());
    if (access.public) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthUser }>();
    const header = request.headers['authorization'];
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw ApiError.unauthorized(AUTH.TOKEN_MISSING, 'send an Authorization: Bearer <token> header');
    try {
      request.user = verifyToken(this.secret, match[1], this.policy);
    } catch (err) {
      if (err instanceof TokenError) throw ApiError.unauthorized(err.code, err.message);
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
      throw ApiError.forbidden(AUTH.FORBIDDEN, `needs one of the roles: ${allowed.join(', ')}`);
    }
    request.user = { ...request.user, actingRole };
    return true;
  }
}
