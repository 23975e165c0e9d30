import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Public, Roles } from './decorators';
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

async function auditOf(...controllers: (new () => unknown)[]): Promise<RouteRolesAudit> {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteRolesAudit] })
  class AuditedModule {}
  const moduleRef = await Test.createTestingModule({ imports: [AuditedModule] }).compile();
  return moduleRef.get(RouteRolesAudit);
}

describe('RouteRolesAudit', () => {
  it('accepts endpoints that state roles on the method or the class, or are public', async () => {
    const audit = await auditOf(DeclaredController, ClassLevelController);
    expect(audit.undeclaredRoutes()).toEqual([]);
    expect(() => audit.onApplicationBootstrap()).not.toThrow();
  });

  it('refuses to start with an endpoint that states no roles, naming it', async () => {
    const audit = await auditOf(DeclaredController, ForgottenController);
    expect(audit.undeclaredRoutes()).toEqual(['ForgottenController.write']);
    expect(() => audit.onApplicationBootstrap()).toThrow(/ForgottenController\.write/);
  });
});
