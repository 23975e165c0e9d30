import { LIMITS, Text } from '@aftersales/platform';

/** POST /work-orders/{id}/remote-attempt (DI-3). */
export class StartRemoteAttemptDto {
  @Text(LIMITS.name, { example: 'Li Wei', description: 'DI-3: who agreed to the remote attempt for the customer' })
  customerAgreedBy!: string;
}
