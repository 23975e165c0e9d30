import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { AccessDeclaration, OWN_RECORDS_KEY, accessDeclaration } from './decorators';
import { Role } from './roles';

/** Refuses to start an application with an endpoint that states neither roles nor `@Public()`. */
@Injectable()
export class RouteRolesAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.undeclaredRoutes();
    if (missing.length > 0) {
      throw new Error(`endpoints without @Roles() or @Public(): ${missing.join(', ')}`);
    }
    const conflicting = this.conflictingRoutes();
    if (conflicting.length > 0) {
      throw new Error(`endpoints with both @Roles() and @Public() on one method or class: ${conflicting.join(', ')}`);
    }
    const strayOwn = this.ownRecordsOutsideRoles();
    if (strayOwn.length > 0) {
      throw new Error(`endpoints whose @OwnRecordsOnly() names a role their @Roles() does not: ${strayOwn.join(', ')}`);
    }
  }

  /** `@OwnRecordsOnly('sales')` on an endpoint `sales` may not call: a mistake in the matrix (docs/roles.md). */
  ownRecordsOutsideRoles(): string[] {
    return this.routes()
      .filter((r) => (r.ownRecords ?? []).some((role) => !(r.access.roles ?? []).includes(role)))
      .map((r) => r.name);
  }

  undeclaredRoutes(): string[] {
    return this.routes()
      .filter((r) => !r.access.public && r.access.roles === undefined)
      .map((r) => r.name);
  }

  conflictingRoutes(): string[] {
    return this.routes()
      .filter((r) => r.access.conflicting)
      .map((r) => r.name);
  }

  private routes(): { name: string; access: AccessDeclaration; ownRecords?: Role[] }[] {
    const routes: { name: string; access: AccessDeclaration; ownRecords?: Role[] }[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes.push({ name: `${wrapper.name}.${name}`, access: accessDeclaration(handler, wrapper.metatype), ownRecords: Reflect.getMetadata(OWN_RECORDS_KEY, handler) as Role[] | undefined });
      }
    }
    return routes;
  }
}
