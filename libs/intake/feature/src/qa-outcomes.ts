import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DOCUMENT_STORE, DocumentCollection, DocumentStore, TenantDocument, TenantScopedReader } from '@aftersales/eventsourcing';
import { DeterminationMadeV1, DispositionDecidedV1, QA_CASE_STREAM_PREFIX, QA_TOPIC, QaIntegrationEventType, QaIntegrationEventTypes as Qa } from '@aftersales/contracts';
import { ConsumerHost, IntegrationEventOf, RecordFields, foldPublishedEvent } from '@aftersales/platform';

export const QA_OUTCOMES_COLLECTION = 'intake.qa-outcomes';

/**
 * What QA has decided about a complaint (rules QA-2, QA-5), as customer service needs it to answer
 * the customer: intake's own projection of QA's integration events, one document per complaint.
 */
export interface QaOutcome extends TenantDocument {
  /** The complaint id. */
  readonly _id: string;
  readonly caseId: string;
  readonly status: 'open' | 'determined' | 'closed' | 'cancelled';
  readonly severity: 'minor' | 'severe';
  readonly responsibility: DeterminationMadeV1['responsibility'] | null;
  readonly ourCause: DeterminationMadeV1['ourCause'];
  readonly explanationToCustomer: string | null;
  readonly capaRequired: boolean;
  readonly disposition: DispositionDecidedV1['disposition'] | null;
  readonly dispositionInterim: boolean;
  readonly dispositionNote: string | null;
  readonly summary: string | null;
  readonly updatedAt: string;
}

type QaOutcomeFields = RecordFields<QaOutcome>;

/** One of QA's integration events, checked against its contract by the consumer host. */
export type QaIntegrationEvent = IntegrationEventOf<QaIntegrationEventType>;

/** Applies one QA integration event to the outcome (null before the case opened). Pure. */
export function applyQaEvent(outcome: QaOutcomeFields | null, event: QaIntegrationEvent): QaOutcomeFields | null {
  const at = event.occurredAt;
  if (event.type === Qa.QualityCaseOpened) {
    const d = event.data;
    return {
      caseId: d.caseId,
      status: 'open',
      severity: d.severity,
      responsibility: null,
      ourCause: null,
      explanationToCustomer: null,
      capaRequired: false,
      disposition: null,
      dispositionInterim: false,
      dispositionNote: null,
      summary: null,
      updatedAt: at,
    };
  }
  if (outcome === null) return null;
  switch (event.type) {
    case Qa.SeverityChanged: {
      const d = event.data;
      return { ...outcome, severity: d.severity, capaRequired: d.capaRequired ?? outcome.capaRequired, updatedAt: at };
    }
    case Qa.DeterminationMade: {
      const d = event.data;
      return {
        ...outcome,
        status: outcome.status === 'open' ? 'determined' : outcome.status,
        responsibility: d.responsibility,
        ourCause: d.ourCause,
        explanationToCustomer: d.explanationToCustomer,
        capaRequired: d.capaRequired,
        updatedAt: at,
      };
    }
    case Qa.DispositionDecided: {
      const d = event.data;
      return { ...outcome, disposition: d.disposition, dispositionInterim: d.interim, dispositionNote: d.note, updatedAt: at };
    }
    case Qa.QualityCaseReinstated: {
      const d = event.data;
      return { ...outcome, status: d.status === 'determined' ? 'determined' : 'open', summary: null, updatedAt: at };
    }
    case Qa.QualityCaseClosed: {
      const d = event.data;
      return { ...outcome, status: d.outcome, summary: d.summary, updatedAt: at };
    }
    default:
      return outcome;
  }
}

/**
 * Consumes `aftersales.qa.events` (group `intake`) into `intake.qa-outcomes`. Every document is fed
 * by the events of one QA case stream, which arrive in order (key = stream); the position guard
 * compares positions of QA's one store only, and the consumer host's inbox drops redeliveries.
 */
@Injectable()
export class QaOutcomes implements OnModuleInit {
  constructor(
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly consumers: ConsumerHost,
  ) {}

  collection(): DocumentCollection<QaOutcome> {
    return this.documents.collection<QaOutcome>(QA_OUTCOMES_COLLECTION, [{ fields: { caseId: 1 } }]);
  }

  onModuleInit(): void {
    this.consumers.register({ name: 'intake-qa-outcomes', group: 'intake', topics: [QA_TOPIC], handles: Object.values(Qa), handle: (event) => this.handle(event) });
  }

  async handle(event: QaIntegrationEvent): Promise<void> {
    // Only the case's own stream feeds its document: a CAPA's events travel under another key (and
    // partition), so letting them advance the position guard could make a later-delivered case
    // event look stale.
    if (!event.stream.startsWith(QA_CASE_STREAM_PREFIX)) return;
    const complaintId = 'complaintId' in event.data ? event.data.complaintId : null;
    // A case entered by hand is not about a complaint.
    if (complaintId === null) return;
    await foldPublishedEvent(this.collection(), complaintId, event, applyQaEvent);
  }

  /** The outcomes of these complaints, by complaint id, as one tenant sees them. */
  async forComplaints(tenantId: string, complaintIds: readonly string[]): Promise<Map<string, QaOutcome>> {
    if (complaintIds.length === 0) return new Map();
    const found = await new TenantScopedReader(this.collection(), tenantId).find({ _id: { $in: [...complaintIds] } });
    return new Map(found.map((o) => [o._id, o]));
  }
}
