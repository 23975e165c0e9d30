// The first import of main.ts: starts the OpenTelemetry SDK, when the OTel environment asks for it,
// before Nest and the clients it instruments load (docs/observability.md "Traces", ADR 016).
import { startTracing } from '@aftersales/platform/tracing';

startTracing('aftersales-dispatch');
