import { DocumentCollection, DocumentStore, EventEnvelope, Projection, TenantDocument, toDomainEvent } from '@aftersales/eventsourcing';
import { AlertStatus, CustomerRatioEvent, FINANCE_RATIO_CUSTOMER_STREAM_PREFIX, RatioSnapshot } from '@aftersales/finance-ratio-domain';

export const ALERTS_COLLECTION = 'finance-ratio.alerts';

/**
 * One ratio alert (FR-2) as `/finance/alerts` lists it: the notification record for the business
 * head and leadership, with the snapshot that raised it and, once back under, the one that cleared it.
 */
export interface AlertView extends TenantDocument {
  readonly _id: string;
  readonly alertId: string;
  readonly accountId: string;
  readonly customerId: string;
  readonly region: string;
  readonly crossing: number;
  readonly status: AlertStatus;
  readonly recipients: readonly string[];
  readonly salesRepIds: readonly string[];
  readonly raisedAt: string;
  readonly raisedWith: RatioSnapshot;
  readonly clearedAt: string | null;
  readonly clearedWith: RatioSnapshot | null;
  readonly acknowledged: { readonly by: string; readonly at: string; readonly comment: string } | null;
  readonly policyVersion: string | null;
}

const ALERT_EVENTS = ['finance-ratio.RatioAlertRaised', 'finance-ratio.RatioAlertCleared', 'finance-ratio.RatioAlertAcknowledged'] as const;

/** Applies an alert event of a customer's stream to its alert's document (null before it was raised). */
export function applyToAlertView(view: AlertView | null, envelope: EventEnvelope): AlertView | null {
  const event = toDomainEvent<CustomerRatioEvent>(envelope);
  switch (event.type) {
    case 'finance-ratio.RatioAlertRaised': {
      const d = event.data;
      return {
        _id: d.alertId,
        tenantId: envelope.tenantId,
        alertId: d.alertId,
        accountId: envelope.stream.slice(FINANCE_RATIO_CUSTOMER_STREAM_PREFIX.length),
        customerId: d.customerId,
        region: d.region,
        crossing: d.crossing,
        status: 'open',
        recipients: d.recipients,
        salesRepIds: d.salesRepIds,
        raisedAt: d.raisedAt,
        raisedWith: d.snapshot,
        clearedAt: null,
        clearedWith: null,
        acknowledged: null,
        policyVersion: envelope.policyVersion,
      };
    }
    case 'finance-ratio.RatioAlertCleared':
      return view && { ...view, status: 'cleared', clearedAt: event.data.clearedAt, clearedWith: event.data.snapshot };
    case 'finance-ratio.RatioAlertAcknowledged':
      return view && { ...view, acknowledged: { by: event.data.acknowledgedBy, at: event.data.acknowledgedAt, comment: event.data.comment } };
    default:
      return view;
  }
}

function alertIdOf(envelope: EventEnvelope): string {
  return (envelope.data as { alertId: string }).alertId;
}

/**
 * The alerts list: one document per alert, from the alert events of the customers' streams. A
 * batch reads its documents once, folds in event order and writes each once under the position of
 * the last event that changed it (a redelivered event is a no-op, as in foldIntoDocuments).
 */
export function alertsProjection(documents: DocumentStore): { projection: Projection; collection: () => DocumentCollection<AlertView> } {
  const collection = () =>
    documents.collection<AlertView>(ALERTS_COLLECTION, [
      { fields: { tenantId: 1, raisedAt: -1 } },
      { fields: { tenantId: 1, status: 1, raisedAt: -1 } },
      { fields: { tenantId: 1, customerId: 1, raisedAt: -1 } },
      { fields: { salesRepIds: 1 }, multikey: true },
    ]);
  const projection: Projection = {
    name: 'finance-ratio-alerts',
    version: 1,
    handles: ALERT_EVENTS,
    streamPrefixes: [FINANCE_RATIO_CUSTOMER_STREAM_PREFIX],
    async handle(events) {
      const alerts = collection();
      const ids = [...new Set(events.map(alertIdOf))];
      const stored = new Map((await alerts.find({ _id: { $in: ids } })).map((d) => [d._id, d]));
      const folded = new Map<string, { view: AlertView | null; position: bigint | undefined; changedAt: bigint | null }>();
      for (const id of ids) {
        const current = stored.get(id);
        const { _position: position, ...view } = current ?? ({} as AlertView);
        folded.set(id, { view: current ? (view as AlertView) : null, position, changedAt: null });
      }
      for (const event of events) {
        const state = folded.get(alertIdOf(event)) as { view: AlertView | null; position: bigint | undefined; changedAt: bigint | null };
        if (state.position !== undefined && state.position >= event.position) continue;
        const next = applyToAlertView(state.view, event);
        if (!next) continue;
        state.view = next;
        state.changedAt = event.position;
      }
      const writes = [...folded.values()].filter((s) => s.changedAt !== null && s.view !== null);
      await alerts.upsertMany(writes.map((s) => ({ doc: s.view as AlertView, position: s.changedAt as bigint })));
    },
    reset: () => collection().clear(),
  };
  return { projection, collection };
}
