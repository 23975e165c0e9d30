import { Command } from '@nestjs/cqrs';
import { Caller } from '@aftersales/platform';

export class ReevaluateRatio extends Command<void> {
  constructor(
    readonly caller: Caller,
    readonly customerId: string,
  ) {
    super();
  }
}
