import { Injectable, OnModuleInit } from '@nestjs/common';
import { FINANCE_RATIO_STREAM_PREFIXES, FINANCE_RATIO_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toFinanceRatioIntegrationEvent } from './integration-events';

/** Publishes finance-ratio's integration events (libs/contracts) to `aftersales.finance-ratio.events`. */
@Injectable()
export class FinanceRatioRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'finance-ratio', topic: FINANCE_RATIO_TOPIC, streamPrefixes: FINANCE_RATIO_STREAM_PREFIXES, map: toFinanceRatioIntegrationEvent });
  }
}
