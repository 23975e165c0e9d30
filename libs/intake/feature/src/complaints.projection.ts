import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentStore, EventEnvelope, Projection } from '@aftersales/eventsourcing';
import { ProjectionHost } from '@aftersales/platform';
import { COMPLAINT_EVENT_TYPES } from '@aftersales/intake-domain';
import { ComplaintView, applyToView } from './complaint-view';
import { COMPLAINTS_COLLECTION, ComplaintService } from './complaint.service';

/** The complaints list (GET /complaints) and the repeat check's candidates: intake's own streams only. */
@Injectable()
export class ComplaintsProjection implements Projection, OnModuleInit {
  readonly name = 'intake-complaints';
  readonly version = 1;
  readonly handles = COMPLAINT_EVENT_TYPES;
  readonly streamPrefixes = ['intake.complaint-'];

  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly complaints: ComplaintService,
    private readonly host: ProjectionHost,
  ) {}

  onModuleInit(): void {
    this.host.register(this);
  }

  async handle(events: readonly EventEnvelope[]): Promise<void> {
    const collection = this.complaints.collection();
    for (const event of events) {
      const id = event.stream.slice(this.streamPrefixes[0].length);
      const current = await collection.get(id);
      // The position guard makes a redelivered event a no-op; skip the fold for it as well.
      if (current?._position !== undefined && current._position >= event.position) continue;
      const { _position: _ignored, ...view } = current ?? ({} as ComplaintView);
      const next = applyToView(current ? (view as ComplaintView) : null, event);
      if (next) await collection.upsert(next, event.position);
    }
  }

  async reset(): Promise<void> {
    await this.documents.collection(COMPLAINTS_COLLECTION).clear();
  }
}
