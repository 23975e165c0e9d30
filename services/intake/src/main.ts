import 'reflect-metadata';
import { IntakeModule } from '@aftersales/intake';
import { runService } from '@aftersales/infrastructure';

/** The intake service as its own process (distributed mode): complaints over HTTP, its events to Kafka. */
void runService({
  service: 'intake',
  title: 'aftersales intake',
  modules: (config) => [IntakeModule.forRoot({ policyFile: config.POLICY_FILE })],
});
