import { DocumentCollection, EventEnvelope, TenantDocument, TenantScopedReader } from '@aftersales/eventsourcing';

/**
 * A consumer's record without what the store keeps (id, tenant, position): what a fold reads and
 * returns. Its declared fields only (`Omit` on a document would keep just the stored document's
 * index signature, and every field would read as unknown).
 */
export type RecordFields<D extends TenantDocument> = { [K in keyof D as string extends K ? never : K extends '_id' | 'tenantId' | '_position' ? never : K]: D[K] };

/**
 * Folds one event of another context's published stream into this context's own record of it (one
 * document per `id`, e.g. per work order), as intake and QA keep theirs of dispatch's work orders.
 * The stream arrives in order (key = stream), so: a document of another tenant is left alone, an
 * event at or before the document's position is dropped (a redelivery that passed the inbox changes
 * nothing), and `apply` (pure) turns the current fields (null before the first) into the next ones,
 * or null when there is nothing to record.
 */
export async function foldPublishedEvent<D extends TenantDocument, E extends Pick<EventEnvelope, 'tenantId' | 'position'>>(
  collection: DocumentCollection<D>,
  id: string,
  event: E,
  apply: (fields: RecordFields<D> | null, event: E) => RecordFields<D> | null,
): Promise<void> {
  const current = await collection.get(id);
  if (current && current.tenantId !== event.tenantId) return;
  if (current?._position !== undefined && current._position >= event.position) return;
  const { _id: _unusedId, _position: _unusedPosition, tenantId: _unusedTenant, ...fields } = current ?? ({} as D);
  const next = apply(current ? (fields as unknown as RecordFields<D>) : null, event);
  if (next) await collection.upsert({ ...next, _id: id, tenantId: event.tenantId } as unknown as Omit<D, '_position'>, event.position);
}

/**
 * One tenant's records whose `field` is one of `values`, the latest per value (e.g. the latest work
 * order of each complaint); `later(a, b)` says whether `a` is later than `b`.
 */
export async function latestRecordsBy<D extends TenantDocument, F extends keyof D & string>(
  collection: DocumentCollection<D>,
  tenantId: string,
  field: F,
  values: readonly string[],
  later: (a: D, b: D) => boolean,
): Promise<Map<string, D>> {
  if (values.length === 0) return new Map();
  const found = await new TenantScopedReader(collection, tenantId).find({ [field]: { $in: [...values] } });
  const latest = new Map<string, D>();
  for (const record of found) {
    const key = String(record[field]);
    const seen = latest.get(key);
    if (!seen || later(record, seen)) latest.set(key, record);
  }
  return latest;
}
