import 'reflect-metadata';
import { QaModule } from '@aftersales/qa';
import { runService } from '@aftersales/infrastructure';

/** The QA service as its own process (distributed mode): quality cases over HTTP, intake's events in, its own to Kafka. */
void runService({
  service: 'qa',
  title: 'aftersales qa',
  modules: (config) => [QaModule.forRoot({ policyFile: config.QA_POLICY_FILE })],
});
