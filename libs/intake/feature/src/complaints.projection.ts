import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentStore, EventEnvelope, Projection, foldIntoDocuments } from '@aftersales/eventsourcing';
import { ProjectionHost } from '@aftersales/platform';
import { COMPLAINT_EVENT_TYPES } from '@aftersales/intake-domain';
import { applyToView } from './complaint-view';
import { COMPLAINTS_COLLECTION, ComplaintService } from './complaint.service';

/** The complaints list (GET /complaints) and the repeat check's candidates: intake's own streams only. */
@Injectable()
export class ComplaintsProjection implements Projection, OnModuleInit {
  readonly name = 'intake-complaints';
  readonly version = 2;
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

  handle(events: readonly EventEnvelope[]): Promise<void> {
    return foldIntoDocuments(this.complaints.collection(), events, this.streamPrefixes[0], applyToView);
  }

  async reset(): Promise<void> {
    await this.documents.collection(COMPLAINTS_COLLECTION).clear();
  }
}
