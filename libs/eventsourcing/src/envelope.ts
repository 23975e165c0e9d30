/** Who caused an event: a user id (or a service id) and the role it acted in. */
export interface Actor {
  readonly id: string;
  readonly role: string;
}

/**
 * The envelope every event carries, in every store and on every topic (ARCHITECTURE.md "Events").
 * `revision` is the 0-based index in its stream; `position` is global, monotonic in the order
 * readers see events, and never reveals a gap that a slower commit fills later.
 */
export interface EventEnvelope<TData = unknown, TType extends string = string> {
  readonly id: string;
  readonly type: TType;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly revision: bigint;
  readonly position: bigint;
  /** ISO-8601 UTC instant. */
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly policyVersion: string | null;
  readonly data: TData;
}

/** What a writer hands to `EventStore.append`: the envelope minus what the store assigns. */
export interface NewEvent<TData = unknown, TType extends string = string> {
  /**
   * Any-version UUID, stored lower-case: a new v7 when absent; a name-based one (deterministicUuid)
   * when redelivery or a retry must produce the same id, so the store refuses the duplicate.
   */
  readonly id?: string;
  readonly type: TType;
  readonly schemaVersion?: number;
  readonly occurredAt: string;
  readonly tenantId: string;
  readonly region: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId?: string | null;
  readonly policyVersion?: string | null;
  readonly data: TData;
}

/** The metadata half of a NewEvent, as a command handler receives it from the edge. */
export type EventMetadata = Omit<NewEvent, 'id' | 'type' | 'schemaVersion' | 'data' | 'occurredAt'>;
