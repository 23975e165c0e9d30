import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from './decorators';
import { AuthUser, ROLES, Role } from './roles';
import { EXTERNAL_ID } from '../openapi/schema-fields';

export class MeResponse {
  @ApiProperty({ ...EXTERNAL_ID, example: 'dev-dispatcher', description: "The token's subject" })
  id!: string;

  @ApiProperty({ enum: ROLES, isArray: true, maxItems: ROLES.length, example: ['dispatcher'] })
  roles!: Role[];

  @ApiProperty({ ...EXTERNAL_ID, example: 'acme' })
  tenantId!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Li Lei', description: 'For people: the name the identity provider gives (AUTH_NAME_CLAIMS)' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 200, example: '0190f5c2-0000-7000-8000-0000000000f1', description: "DI-2: the service outlet the token names (AUTH_OUTLET_CLAIM), where an outlet_staff user works" })
  outletId?: string;
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: "The caller's id, roles, tenant (and outlet): lets a client check its token." })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentUser() user: AuthUser): MeResponse {
    return {
      id: user.id,
      roles: [...user.roles],
      tenantId: user.tenantId,
      ...(user.name === undefined ? {} : { name: user.name.slice(0, 200) }),
      ...(user.outletId === undefined ? {} : { outletId: user.outletId }),
    };
  }
}
