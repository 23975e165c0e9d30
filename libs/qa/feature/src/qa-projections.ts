import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEnvelope, Projection, StoredDocument, DocumentCollection } from '@aftersales/eventsourcing';
import { ProjectionHost } from '@aftersales/platform';
import { CAPA_EVENT_TYPES, CAPA_STREAM_PREFIX, CASE_STREAM_PREFIX, QUALITY_CASE_EVENT_TYPES } from '@aftersales/qa-domain';
import { LocalMonthOf, applyCapaEvent, applyCaseEvent } from './case-view';
import { CapaService } from './capa.service';
import { QualityCaseService } from './quality-case.service';

/** Folds each event into its document and writes it once, under the event's position. */
async function foldInto<T extends StoredDocument>(
  collection: DocumentCollection<T>,
  events: readonly EventEnvelope[],
  prefix: string,
  apply: (view: T | null, event: EventEnvelope) => T | null,
): Promise<void> {
  for (const event of events) {
    const id = event.stream.slice(prefix.length);
    const current = await collection.get(id);
    // The position guard makes a redelivered event a no-op; skip the fold for it as well.
    if (current?._position !== undefined && current._position >= event.position) continue;
    const { _position: _ignored, ...view } = current ?? ({} as T);
    const next = apply(current ? (view as unknown as T) : null, event);
    if (next) await collection.upsert(next as Omit<T, '_position'>, event.position);
  }
}

/** The cases list and the monthly report's rows (`qa.cases`): QA's own case streams. */
@Injectable()
export class CasesProjection implements Projection, OnModuleInit {
  readonly name = 'qa-cases';
  readonly version = 1;
  readonly handles = QUALITY_CASE_EVENT_TYPES;
  readonly streamPrefixes = [CASE_STREAM_PREFIX];
  private readonly monthOf: LocalMonthOf;

  constructor(
    private readonly cases: QualityCaseService,
    private readonly host: ProjectionHost,
  ) {
    this.monthOf = cases.monthOf;
  }

  onModuleInit(): void {
    this.host.register(this);
  }

  handle(events: readonly EventEnvelope[]): Promise<void> {
    return foldInto(this.cases.collection(), events, CASE_STREAM_PREFIX, (v, e) => applyCaseEvent(v, e, this.monthOf));
  }

  reset(): Promise<void> {
    return this.cases.collection().clear();
  }
}

/** The CAPA list and the report's CAPA rows (`qa.capas`). */
@Injectable()
export class CapasProjection implements Projection, OnModuleInit {
  readonly name = 'qa-capas';
  readonly version = 1;
  readonly handles = CAPA_EVENT_TYPES;
  readonly streamPrefixes = [CAPA_STREAM_PREFIX];

  constructor(
    private readonly capas: CapaService,
    private readonly cases: QualityCaseService,
    private readonly host: ProjectionHost,
  ) {}

  onModuleInit(): void {
    this.host.register(this);
  }

  handle(events: readonly EventEnvelope[]): Promise<void> {
    return foldInto(this.capas.collection(), events, CAPA_STREAM_PREFIX, (v, e) => applyCapaEvent(v, e, this.cases.monthOf));
  }

  reset(): Promise<void> {
    return this.capas.collection().clear();
  }
}
