import { Aggregate, AggregateDefinition, EventEnvelope, NotFoundError, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import { AuthUser, Role } from '@aftersales/platform';
import {
  CUSTOMER_RATIO_EVENT_TYPES,
  CustomerRatioCommand,
  CustomerRatioEvent,
  CustomerRatioState,
  CustomerRatioStatus,
  FINANCE_RATIO,
  FINANCE_RATIO_CUSTOMER_STREAM_PREFIX,
  FinanceRatioPolicy,
  RatioSnapshot,
  customerRatioDecider,
  customerRatioObligationChanges,
} from '@aftersales/finance-ratio-domain';
import { LoadedPolicy } from '@aftersales/platform';

export const CUSTOMERS_COLLECTION = 'finance-ratio.customers';

/** Roles that read every customer's ratio and alerts of their tenant; sales reads its own customers. */
export const READS_EVERY_CUSTOMER: readonly Role[] = ['finance', 'business_head', 'general_manager', 'auditor', 'admin'];

export function readsEveryCustomer(user: AuthUser): boolean {
  return user.roles.some((r) => READS_EVERY_CUSTOMER.includes(r));
}

export function customerNotFound(customerId: string): NotFoundError {
  return new NotFoundError(FINANCE_RATIO.CUSTOMER_NOT_FOUND, `nothing is recorded for customer ${customerId}`, { customerId });
}

/** A customer's ratio account as the list shows it: the latest snapshot and its alert state. */
export interface CustomerRatioView extends TenantDocument {
  readonly _id: string;
  readonly accountId: string;
  readonly customerId: string;
  readonly region: string;
  readonly status: CustomerRatioStatus;
  readonly salesRepIds: readonly string[];
  readonly purchaseDocuments: number;
  readonly corrections: number;
  readonly movements: number;
  readonly snapshot: RatioSnapshot | null;
  readonly openAlertId: string | null;
  readonly crossings: number;
  readonly updatedAt: string;
  readonly revision: string;
}

/** Applies one stored event to the customer's view (null before its first). Pure and total. */
export function applyToCustomerView(view: CustomerRatioView | null, envelope: EventEnvelope): CustomerRatioView | null {
  const event = toDomainEvent<CustomerRatioEvent>(envelope);
  const accountId = envelope.stream.slice(FINANCE_RATIO_CUSTOMER_STREAM_PREFIX.length);
  const base: CustomerRatioView = {
    ...(view ?? {
      _id: accountId,
      tenantId: envelope.tenantId,
      accountId,
      customerId: event.data.customerId,
      region: envelope.region,
      status: 'within_limit',
      salesRepIds: [],
      purchaseDocuments: 0,
      corrections: 0,
      movements: 0,
      snapshot: null,
      openAlertId: null,
      crossings: 0,
    }),
    updatedAt: envelope.occurredAt,
    revision: envelope.revision.toString(),
  };
  switch (event.type) {
    case 'finance-ratio.PurchaseRecorded':
    case 'finance-ratio.PurchaseCorrected': {
      const rep = event.data.document.salesRepId;
      return {
        ...base,
        region: event.data.document.region,
        purchaseDocuments: base.purchaseDocuments + (event.type === 'finance-ratio.PurchaseRecorded' ? 1 : 0),
        corrections: base.corrections + (event.type === 'finance-ratio.PurchaseCorrected' ? 1 : 0),
        salesRepIds: rep && !base.salesRepIds.includes(rep) ? [...base.salesRepIds, rep] : base.salesRepIds,
      };
    }
    case 'finance-ratio.MovementRecorded':
      return { ...base, movements: base.movements + 1 };
    case 'finance-ratio.MovementWithdrawn':
      return { ...base, movements: base.movements - 1 };
    case 'finance-ratio.MovementCorrected':
    case 'finance-ratio.RatioAlertAcknowledged':
      return base;
    case 'finance-ratio.RatioEvaluated':
      return { ...base, snapshot: event.data.snapshot, region: event.data.snapshot.region };
    case 'finance-ratio.RatioAlertRaised':
      return { ...base, status: 'over_limit', openAlertId: event.data.alertId, crossings: event.data.crossing };
    case 'finance-ratio.RatioAlertCleared':
      return { ...base, status: 'within_limit', openAlertId: null };
  }
}

export type CustomerRatioDefinition = AggregateDefinition<CustomerRatioCommand, CustomerRatioEvent, CustomerRatioState, CustomerRatioView, AuthUser>;

/**
 * A customer's ratio account (FR-1, FR-2), declared once: the platform derives its write path,
 * reads, list, and the re-evaluation when a period moves on (its one obligation, under the policy
 * in force).
 */
export const customerRatioAggregate = (policy: LoadedPolicy<FinanceRatioPolicy>): CustomerRatioDefinition => ({
  context: 'finance-ratio',
  streamPrefix: FINANCE_RATIO_CUSTOMER_STREAM_PREFIX,
  eventTypes: CUSTOMER_RATIO_EVENT_TYPES,
  decider: customerRatioDecider,
  notFound: customerNotFound,
  // Finance, leadership and auditors read every customer; a sales rep the customers on its documents.
  mayRead: (user, view) => readsEveryCustomer(user) || view.salesRepIds.includes(user.id),
  obligations: {
    changes: customerRatioObligationChanges(policy.policy),
    // The period moved on: the same facts, evaluated at the scheduler's clock reading.
    missed: (accountId, _obligation, now) => ({ type: 'Reevaluate', accountId, policy: policy.policy, now }),
  },
  view: {
    collection: CUSTOMERS_COLLECTION,
    projection: { name: 'finance-ratio-customers', version: 1 },
    apply: applyToCustomerView,
    indexes: [{ fields: { tenantId: 1, customerId: 1 } }, { fields: { tenantId: 1, status: 1, updatedAt: -1 } }],
  },
});

/** The provider token of the customer ratio aggregate (platform provideAggregate). */
export const CUSTOMERS = Symbol('finance-ratio.Customers');

export type Customers = Aggregate<CustomerRatioCommand, CustomerRatioEvent, CustomerRatioState, CustomerRatioView, AuthUser>;
