import { Injectable, OnModuleInit } from '@nestjs/common';
import { DISPATCH_STREAM_PREFIXES, DISPATCH_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toDispatchIntegrationEvent } from './integration-events';

/** Publishes dispatch's integration events (libs/contracts) to `aftersales.dispatch.events`. */
@Injectable()
export class DispatchRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'dispatch', topic: DISPATCH_TOPIC, streamPrefixes: DISPATCH_STREAM_PREFIXES, map: toDispatchIntegrationEvent });
  }
}
