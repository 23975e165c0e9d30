import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { OwnRecordsOnly, Public, Roles, accessDeclaration } from './decorators';
import { RouteRolesAudit } from './route-roles.audit';

@Controller('declared')
class DeclaredController {
  @Get()
  @Roles('qa')
  read(): string {
    return 'ok';
  }

  @Get('open')
  @Public()
  open(): string {
    return 'ok';
  }
}

@Roles('auditor')
@Controller('class-level')
class ClassLevelController {
  @Get()
  read(): string {
    return 'ok';
  }
}

@Controller('forgotten')
class ForgottenController {
  @Post()
  write(): string {
    return 'ok';
  }

  helper(): string {
    return 'not a route';
  }
}

@Public()
@Controller('mostly-open')
class MostlyOpenController {
  @Get()
  open(): string {
    return 'ok';
  }

  @Post()
  @Roles('admin')
  guarded(): string {
    return 'ok';
  }
}

@Controller('confused')
class ConfusedController {
  @Get()
  @Public()
  @Roles('qa')
  both(): string {
    return 'ok';
  }
}

@Controller('own')
class OwnRecordsController {
  @Get()
  @Roles('qa', 'sales')
  @OwnRecordsOnly('sales')
  mine(): string {
    return 'ok';
  }

  @Get('stray')
  @Roles('qa')
  @OwnRecordsOnly('sales')
  stray(): string {
    return 'ok';
  }
}

async function auditOf(...controllers: (new () => unknown)[]): Promise<RouteRolesAudit> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteRolesAudit] })
  class AuditedModule {}
  const moduleRef = await Test.createTestingModule({ imports: [AuditedModule] }).compile();
  return moduleRef.get(RouteRolesAudit);
}

describe('accessDeclaration', () => {
  const proto = (c: { prototype: object }, m: string) => (c.prototype as Record<string, object>)[m];

  it("lets a method's roles win over its class's @Public()", () => {
    expect(accessDeclaration(proto(MostlyOpenController, 'open'), MostlyOpenController)).toMatchObject({ public: true });
    expect(accessDeclaration(proto(MostlyOpenController, 'guarded'), MostlyOpenController)).toEqual({
      public: false,
      roles: ['admin'],
      conflicting: false,
    });
  });

  it('keeps an endpoint closed when one method says both', () => {
    expect(accessDeclaration(proto(ConfusedController, 'both'), ConfusedController)).toEqual({
      public: false,
      roles: ['qa'],
      conflicting: true,
    });
  });
});

describe('RouteRolesAudit', () => {
  it('accepts endpoints that state roles on the method or the class, or are public', async () => {
    const audit = await auditOf(DeclaredController, ClassLevelController);
    expect(audit.undeclaredRoutes()).toEqual([]);
    expect(() => audit.onApplicationBootstrap()).not.toThrow();
  });

  it('refuses to start with @Public() and @Roles() on one method, naming it', async () => {
    const audit = await auditOf(MostlyOpenController, ConfusedController);
    expect(audit.conflictingRoutes()).toEqual(['ConfusedController.both']);
    expect(() => audit.onApplicationBootstrap()).toThrow(/both @Roles\(\) and @Public\(\).*ConfusedController\.both/);
  });

  it('refuses to start with an endpoint that states no roles, naming it', async () => {
    const audit = await auditOf(DeclaredController, ForgottenController);
    expect(audit.undeclaredRoutes()).toEqual(['ForgottenController.write']);
    expect(() => audit.onApplicationBootstrap()).toThrow(/ForgottenController\.write/);
  });

  it('refuses to start with @OwnRecordsOnly() naming a role the endpoint does not allow', async () => {
    const audit = await auditOf(OwnRecordsController);
    expect(audit.ownRecordsOutsideRoles()).toEqual(['OwnRecordsController.stray']);
    expect(() => audit.onApplicationBootstrap()).toThrow(/@OwnRecordsOnly\(\).*OwnRecordsController\.stray/);
  });
});
