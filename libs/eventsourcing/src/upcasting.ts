import { EventEnvelope } from './envelope';

/**
 * Moves one event type from one schema version to the next (ARCHITECTURE.md "Events": never
 * change a published version's meaning; upcast old versions on read).
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: unknown, envelope: EventEnvelope): unknown;
}

/** The upcasters of a context, applied in version order when events are read back. */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) {
      const key = `${u.type}@${u.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`two upcasters for ${key}`);
      this.byKey.set(key, u);
    }
  }

  /** The envelope at the newest version this registry knows; untouched when none applies. */
  apply<T = unknown>(envelope: EventEnvelope): EventEnvelope<T> {
    let current = envelope;
    for (let step = this.byKey.get(`${current.type}@${current.schemaVersion}`); step; step = this.byKey.get(`${current.type}@${current.schemaVersion}`)) {
      current = { ...current, schemaVersion: current.schemaVersion + 1, data: step.upcast(current.data, current) };
    }
    return current as EventEnvelope<T>;
  }
}
