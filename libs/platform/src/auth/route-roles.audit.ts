import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';

/** Refuses to start an application with an endpoint that states neither roles nor `@Public()`. */
@Injectable()
export class RouteRolesAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.undeclaredRoutes();
    if (missing.length > 0) {
      throw new Error(`endpoints without @Roles() or @Public(): ${missing.join(', ')}`);
    }
  }

  undeclaredRoutes(): string[] {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const targets = [handler, wrapper.metatype];
        const declared =
          this.reflector.getAllAndOverride(ROLES_KEY, targets) !== undefined ||
          this.reflector.getAllAndOverride(PUBLIC_KEY, targets) === true;
        if (!declared) missing.push(`${wrapper.name}.${name}`);
      }
    }
    return missing;
  }
}
