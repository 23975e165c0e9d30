import { Injectable } from '@nestjs/common';

export type ReadinessCheck = () => boolean | Promise<boolean>;

export interface ReadinessCheckOptions {
  /**
   * Whether the service is unready while the check fails (default true). A non-critical check is
   * reported (`down` in /health/ready) but does not take the service out of traffic: a message
   * broker the relay only catches up with later, for instance.
   */
  readonly critical?: boolean;
  /** How long the check may take before it counts as down (default the registry's checkTimeoutMs). */
  readonly timeoutMs?: number;
  /** What /health/ready shows beside the check while it is down (e.g. how far projections are behind). */
  readonly progress?: () => Promise<unknown>;
}

/** How long a check may take by default before it counts as down: a hung probe must not hang /health/ready. */
export const DEFAULT_READINESS_CHECK_TIMEOUT_MS = 2_000;

/**
 * What must hold before the service takes traffic: the store is open and every subscription has
 * caught up. Adapters and projection runners register their checks here.
 */
@Injectable()
export class ReadinessRegistry {
  private readonly checks = new Map<string, { check: ReadinessCheck; critical: boolean; timeoutMs?: number; progress?: () => Promise<unknown> }>();
  /** The default per-check timeout (a check that has not answered by then is down). */
  checkTimeoutMs = DEFAULT_READINESS_CHECK_TIMEOUT_MS;

  register(name: string, check: ReadinessCheck, options: ReadinessCheckOptions = {}): void {
    this.checks.set(name, { check, critical: options.critical ?? true, timeoutMs: options.timeoutMs, progress: options.progress });
  }

  unregister(name: string): void {
    this.checks.delete(name);
  }

  /**
   * Runs every check at once (a slow one does not delay the others), each for at most its timeout
   * (down when it has not answered by then); ready when each critical one is up.
   */
  async evaluate(): Promise<{ ready: boolean; checks: Record<string, 'up' | 'down'>; progress?: Record<string, unknown> }> {
    const entries = [...this.checks];
    const outcomes = await Promise.all(entries.map(([, { check, timeoutMs }]) => this.run(check, timeoutMs ?? this.checkTimeoutMs)));
    const progress: Record<string, unknown> = {};
    await Promise.all(
      entries.map(async ([name, entry], i) => {
        if (outcomes[i] || !entry.progress) return;
        // Bounded like the checks: /health/ready must answer even while the store is busy.
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ error: string }>((resolve) => (timer = setTimeout(() => resolve({ error: 'no answer in time' }), entry.timeoutMs ?? this.checkTimeoutMs)));
        progress[name] = await Promise.race([entry.progress().catch((err: unknown) => ({ error: err instanceof Error ? err.message : String(err) })), timedOut]);
        clearTimeout(timer);
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
    const verdict = { ready: ready && criticalChecks > 0, checks: results };
    return Object.keys(progress).length > 0 ? { ...verdict, progress } : verdict;
  }

  private async run(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([Promise.resolve().then(check).then((up) => up === true), timedOut]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
