import { CodedError, EventEnvelope, IntegrationEvent, Upcasters } from '@aftersales/eventsourcing';
import { ContractProblem, ContractRegistry, IntegrationEventData, IntegrationEventType } from '@aftersales/contracts';
import { CONTRACT } from '../errors/codes';

/**
 * The contract registry the relay and consumer hosts check integration events against (libs/contracts
 * INTEGRATION_EVENT_CONTRACTS unless a module binds another, as tests of a version to come do).
 */
export const INTEGRATION_CONTRACTS = Symbol('IntegrationContracts');

/** An integration event as a consumer's handler receives it: checked against its contract, `data` typed by `type`. */
export type IntegrationEventOf<K extends IntegrationEventType = IntegrationEventType> = { [T in K]: EventEnvelope<IntegrationEventData[T], T> }[K];

/**
 * An integration event whose data breaks its contract. Permanent (no redelivery changes the
 * payload): a consumer's bus dead-letters it at its first delivery, with the problems in the dead
 * letter's `error.details`; a relay holds on it, because its producer has a bug.
 */
export class ContractViolationError extends CodedError {
  static readonly CODE = CONTRACT.SCHEMA_VIOLATION;
  readonly code = ContractViolationError.CODE;
  readonly permanent = true;
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly eventId: string,
    readonly problems: readonly ContractProblem[],
  ) {
    super(`${type} v${schemaVersion} (event ${eventId}) breaks its contract: ${problems.map((p) => `${p.path || '(data)'} ${p.message}`).join('; ')}`, {
      type,
      schemaVersion,
      eventId,
      problems,
    });
  }
}

/**
 * An integration event of a known type at a version this side cannot read: newer than its
 * contracts (a consumer not yet upgraded: replay the dead letter once it is), or older than the
 * version it reads with no upcaster to bring it there. Permanent, like a violation.
 */
export class UnknownContractVersionError extends CodedError {
  static readonly CODE = CONTRACT.UNKNOWN_VERSION;
  readonly code = UnknownContractVersionError.CODE;
  readonly permanent = true;
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly eventId: string,
    readonly known: readonly number[],
    readonly reads: number | null = null,
  ) {
    super(
      reads !== null && schemaVersion < reads
        ? `${type} v${schemaVersion} (event ${eventId}) cannot be read: this side reads v${reads} and has no upcaster from v${schemaVersion}`
        : `${type} v${schemaVersion} (event ${eventId}) is not a version this side reads (its contracts: v${known.join(', v')})`,
      { type, schemaVersion, eventId, known, reads },
    );
  }
}

/** A producer publishing a type that no contract names (a typo, or a type not added to libs/contracts yet). */
export class UnknownContractTypeError extends CodedError {
  static readonly CODE = CONTRACT.UNKNOWN_TYPE;
  readonly code = UnknownContractTypeError.CODE;
  constructor(
    readonly type: string,
    readonly eventId: string,
  ) {
    super(`${type} (event ${eventId}) is not a published integration event type: add its contract to libs/contracts first`, { type, eventId });
  }
}

/** Whether `err` says an integration event and its contract disagree (any CONTRACT.* error above). */
export function isContractError(err: unknown): err is ContractViolationError | UnknownContractVersionError | UnknownContractTypeError {
  return err instanceof ContractViolationError || err instanceof UnknownContractVersionError || err instanceof UnknownContractTypeError;
}

/**
 * A relay's check (EventRelayOptions.check): throws when an integration event about to be published
 * breaks its contract as a producer must keep it (no field the contract lacks; a type and version
 * the registry has).
 */
export function publishedContractCheck(contracts: ContractRegistry): (event: IntegrationEvent, source: EventEnvelope) => void {
  return (event, source) => {
    const schemaVersion = event.schemaVersion ?? 1;
    const result = contracts.check(event.type, schemaVersion, event.data, 'producer');
    switch (result.outcome) {
      case 'valid':
        return;
      case 'unknown_type':
        throw new UnknownContractTypeError(event.type, source.id);
      case 'unknown_version':
        throw new UnknownContractVersionError(event.type, schemaVersion, source.id, result.known);
      case 'invalid':
        throw new ContractViolationError(event.type, schemaVersion, source.id, result.problems);
    }
  };
}

/**
 * What a consumer host makes of a received integration event before any handler sees it: the event
 * at the version this service reads (the newest its registry has for the type), brought there by
 * `upcasters`, and checked against that version's contract as a consumer reads it (a field it does
 * not know is tolerated). An event at an older version is checked against its own contract first,
 * when there is one, so an upcaster only ever sees a payload of its version.
 *
 * Null for a type no contract names: a newer producer's new type, which no handler of this service
 * can act on (once one can, its contract is here). Throws ContractViolationError or
 * UnknownContractVersionError, both permanent, so the message is dead-lettered and never handled.
 */
export function readIntegrationEvent(contracts: ContractRegistry, event: EventEnvelope, upcasters?: Upcasters): IntegrationEventOf | null {
  const reads = contracts.latestVersion(event.type);
  if (reads === null) return null;
  if (event.schemaVersion !== reads) {
    const own = contracts.check(event.type, event.schemaVersion, event.data, 'consumer');
    if (own.outcome === 'invalid') throw new ContractViolationError(event.type, event.schemaVersion, event.id, own.problems);
  }
  const current = upcasters ? upcasters.apply(event) : event;
  if (current.schemaVersion !== reads) {
    throw new UnknownContractVersionError(event.type, event.schemaVersion, event.id, contracts.versionsOf(event.type), reads);
  }
  const result = contracts.check(current.type, reads, current.data, 'consumer');
  if (result.outcome === 'invalid') throw new ContractViolationError(current.type, reads, current.id, result.problems);
  // The registry's types are the published types, and `data` has just passed the contract of `type`.
  return current as IntegrationEventOf;
}
