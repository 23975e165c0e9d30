import { Injectable, OnModuleInit } from '@nestjs/common';
import { WAREHOUSE_RETURNS_STREAM_PREFIXES, WAREHOUSE_RETURNS_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toWarehouseReturnsIntegrationEvent } from './integration-events';

/** Publishes warehouse-returns's integration events (libs/contracts) to `aftersales.warehouse-returns.events`. */
@Injectable()
export class WarehouseReturnsRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'warehouse-returns', topic: WAREHOUSE_RETURNS_TOPIC, streamPrefixes: WAREHOUSE_RETURNS_STREAM_PREFIXES, map: toWarehouseReturnsIntegrationEvent });
  }
}
