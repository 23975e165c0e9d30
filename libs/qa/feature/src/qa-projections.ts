import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventEnvelope, Projection, foldIntoDocuments } from '@aftersales/eventsourcing';
import { ProjectionHost } from '@aftersales/platform';
import { CAPA_EVENT_TYPES, CAPA_STREAM_PREFIX, CASE_STREAM_PREFIX, QUALITY_CASE_EVENT_TYPES } from '@aftersales/qa-domain';
import { LocalMonthOf, applyCapaEvent, applyCaseEvent } from './case-view';
import { CapaService } from './capa.service';
import { QualityCaseService } from './quality-case.service';

/** The cases list and the monthly report's rows (`qa.cases`): QA's own case streams. */
@Injectable()
export class CasesProjection implements Projection, OnModuleInit {
  readonly name = 'qa-cases';
  readonly version = 2;
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
    return foldIntoDocuments(this.cases.collection(), events, CASE_STREAM_PREFIX, (v, e) => applyCaseEvent(v, e, this.monthOf));
  }

  reset(): Promise<void> {
    return this.cases.collection().clear();
  }
}

/** The CAPA list and the report's CAPA rows (`qa.capas`). */
@Injectable()
export class CapasProjection implements Projection, OnModuleInit {
  readonly name = 'qa-capas';
  readonly version = 2;
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
    return foldIntoDocuments(this.capas.collection(), events, CAPA_STREAM_PREFIX, (v, e) => applyCapaEvent(v, e, this.cases.monthOf));
  }

  reset(): Promise<void> {
    return this.capas.collection().clear();
  }
}
