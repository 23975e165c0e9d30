import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, Projection } from '@aftersales/eventsourcing';
import { AlertView, alertsProjection } from './alerts.projection';

/** The alerts read model (FR-2): its projection and its collection. */
@Injectable()
export class FinanceAlerts {
  readonly projection: Projection;
  readonly collection: () => DocumentCollection<AlertView>;

  constructor(@Inject(DOCUMENT_STORE) documents: DocumentStore) {
    ({ projection: this.projection, collection: this.collection } = alertsProjection(documents));
  }
}
