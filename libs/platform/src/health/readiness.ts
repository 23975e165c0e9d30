import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => boolean | Promise<boolean>;

/**
 * What must hold before the service takes traffic: the store is open and every subscription has
 * caught up. Adapters and projection runners register their checks here.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  async evaluate(): Promise<{ ready: boolean; checks: Record<string, 'up' | 'down'> }> {
    const results: Record<string, 'up' | 'down'> = {};
    for (const [name, check] of this.checks) {
      let up = false;
      try {
        up = await check();
      } catch {
        up = false;
      }
      results[name] = up ? 'up' : 'down';
    }
    const ready = this.checks.size > 0 && Object.values(results).every((r) => r === 'up');
    return { ready, checks: results };
  }
}
