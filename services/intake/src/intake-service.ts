import { IntakeModule, intakeSettings } from '@aftersales/intake';
import type { ServiceAppOptions } from '@aftersales/infrastructure';

/** The intake service as its own process (distributed mode): complaints over HTTP, its events to Kafka. */
export const intakeService: Omit<ServiceAppOptions, 'env' | 'clock'> = {
  service: 'intake',
  title: 'aftersales intake',
  // Intake takes the deployment's calendar publications (ADR 013): the first deadlines of a case are its.
  calendarPublisher: true,
  // Intake's settings come from its own config (INTAKE_POLICY_FILE, or POLICY_FILE its alias).
  modules: (_config, env) => [IntakeModule.forRoot(intakeSettings(env))],
};
