import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from './decorators';
import { AuthUser, ROLES } from './roles';

class MeResponse {
  id!: string;
  roles!: string[];
  tenantId!: string;
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: "The caller's id, roles and tenant: lets a client check its token." })
  @ApiOkResponse({ type: MeResponse, schema: { example: { id: 'dev-dispatcher', roles: ['dispatcher'], tenantId: 'acme' } } })
  me(@CurrentUser() user: AuthUser): MeResponse {
    return { id: user.id, roles: [...user.roles], tenantId: user.tenantId };
  }
}
