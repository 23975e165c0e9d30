import { CountOptions, DocumentCollection, DocumentFilter, FindOptions, StoredDocument } from './document-store';

/** A read-model document that belongs to one tenant. */
export interface TenantDocument extends StoredDocument {
  readonly tenantId: string;
}

/**
 * Reads of one collection as one tenant sees it: every filter is narrowed to the tenant, and a
 * document of another tenant reads as absent (404 at the edge, never 403). Query handlers read
 * through this, so forgetting the tenant in a filter cannot leak another tenant's data.
 */
export class TenantScopedReader<T extends TenantDocument> {
  constructor(
    private readonly collection: DocumentCollection<T>,
    readonly tenantId: string,
  ) {
    if (tenantId === '') throw new Error('a tenant scope needs a tenant id');
  }

  async get(id: string): Promise<T | null> {
    const doc = await this.collection.get(id);
    return doc && doc.tenantId === this.tenantId ? doc : null;
  }

  find(filter: DocumentFilter = {}, options?: FindOptions): Promise<T[]> {
    return this.collection.find(this.narrow(filter), options);
  }

  count(filter: DocumentFilter = {}, options?: CountOptions): Promise<number> {
    return this.collection.count(this.narrow(filter), options);
  }

  private narrow(filter: DocumentFilter): DocumentFilter {
    // $and keeps a caller's own `tenantId` condition from replacing ours.
    return Object.keys(filter).length === 0 ? { tenantId: this.tenantId } : { $and: [{ tenantId: this.tenantId }, filter] };
  }
}
