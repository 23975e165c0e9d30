import { Injectable, OnModuleInit } from '@nestjs/common';
import { AUDIT_STREAM_PREFIXES, AUDIT_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toAuditIntegrationEvent } from './integration-events';

/** Publishes audit's integration events (libs/contracts) to `aftersales.audit.events`. */
@Injectable()
export class AuditRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'audit', topic: AUDIT_TOPIC, streamPrefixes: AUDIT_STREAM_PREFIXES, map: toAuditIntegrationEvent });
  }
}
