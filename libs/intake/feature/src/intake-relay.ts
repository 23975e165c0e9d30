import { Injectable, OnModuleInit } from '@nestjs/common';
import { COMPLAINT_STREAM_PREFIX, INTAKE_TOPIC } from '@aftersales/contracts';
import { RelayHost } from '@aftersales/platform';
import { toIntakeIntegrationEvent } from './integration-events';

/** Publishes intake's integration events (libs/contracts) to `aftersales.intake.events`. */
@Injectable()
export class IntakeRelay implements OnModuleInit {
  constructor(private readonly relays: RelayHost) {}

  onModuleInit(): void {
    this.relays.register({ context: 'intake', topic: INTAKE_TOPIC, streamPrefixes: [COMPLAINT_STREAM_PREFIX], map: toIntakeIntegrationEvent });
  }
}
