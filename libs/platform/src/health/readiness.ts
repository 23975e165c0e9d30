import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => boolean | Promise<boolean>;

export interface ReadinessCheckOptions {
  /**
   * Whether the service is unready while the check fails (default true). A non-critical check is
   * reported (`down` in /health/ready) but does not take the service out of traffic: a message
   * broker the relay only catches up with later, for instance.
   */
  readonly critical?: boolean;
}

/**
 * What must hold before the service takes traffic: the store is open and every subscription has
 * caught up. Adapters and projection runners register their checks here.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, { check: ReadinessCheck; critical: boolean }>();

  register(name: string, check: ReadinessCheck, options: ReadinessCheckOptions = {}): void {
    this.checks.set(name, { check, critical: options.critical ?? true });
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  /** Runs every check at once (a slow one does not delay the others); ready when each critical one is up. */
  async evaluate(): Promise<{ ready: boolean; checks: Record<string, 'up' | 'down'> }> {
    const entries = [...this.checks];
    const outcomes = await Promise.all(
      entries.map(async ([, { check }]) => {
        try {
          return (await check()) === true;
        } catch {
          return false;
        }
      }),
    );
    const results: Record<string, 'up' | 'down'> = {};
    let criticalChecks = 0;
    let ready = true;
    entries.forEach(([name, { critical }], i) => {
      results[name] = outcomes[i] ? 'up' : 'down';
      if (critical) {
        criticalChecks++;
        if (!outcomes[i]) ready = false;
      }
    });
    return { ready: ready && criticalChecks > 0, checks: results };
  }
}
