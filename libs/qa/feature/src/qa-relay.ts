import { Injectable, OnModuleInit } from '@nestjs/common';
import { QA_STREAM_PREFIXES, QA_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toQaIntegrationEvent } from './integration-events';

/** Publishes QA's integration events (libs/contracts qa v1) to `aftersales.qa.events`. */
@Injectable()
export class QaRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'qa', topic: QA_TOPIC, streamPrefixes: QA_STREAM_PREFIXES, map: toQaIntegrationEvent });
  }
}
