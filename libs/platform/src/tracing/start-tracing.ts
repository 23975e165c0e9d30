/**
 * Starts the OpenTelemetry Node SDK, when asked to by the OTel environment variables, before Nest
 * and the clients it instruments are loaded (issue 17, ADR 016): each service's `tracing.ts`, the
 * first import of its main, calls it with its default service name. Nothing is required from the
 * SDK when tracing is off, so an untraced process pays for none of it (the API stays a no-op).
 *
 * This module imports no other file of the platform: loading `@aftersales/platform` would load
 * Nest, express and the database clients before the instrumentations could hook them.
 */

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether the OTel environment asks for traces: an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or an explicit OTEL_TRACES_EXPORTER (`console`, `otlp`,
 * `zipkin`), unless OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none. Nothing set: off.
 */
export function tracingRequested(env: Env = process.env): boolean {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((e) => e.trim().toLowerCase()).filter((e) => e !== '');
  if (exporters.includes('none')) return false;
  return exporters.length > 0 || !!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || !!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
}

/** Requests answered often and of no interest in a trace: probes and scrapes. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

let started = false;

/**
 * Starts the SDK (once) when tracingRequested(): OTLP traces (OTEL_EXPORTER_OTLP_PROTOCOL,
 * http/protobuf by default), the sampler of OTEL_TRACES_SAMPLER (parentbased_always_on by
 * default), OTEL_RESOURCE_ATTRIBUTES, and the HTTP, NestJS, pg and MongoDB instrumentations.
 * OTEL_SERVICE_NAME defaults to `serviceName`. Metrics stay with Prometheus (/metrics) and logs
 * with pino: the SDK's metric and log exporters are off unless OTEL_METRICS_EXPORTER or
 * OTEL_LOGS_EXPORTER ask for them. Returns whether it started.
 */
export function startTracing(serviceName: string, env: Record<string, string | undefined> = process.env): boolean {
  if (started || !tracingRequested(env)) return started;
  env.OTEL_SERVICE_NAME ||= serviceName;
  env.OTEL_METRICS_EXPORTER ||= 'none';
  env.OTEL_LOGS_EXPORTER ||= 'none';
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { NestInstrumentation } = require('@opentelemetry/instrumentation-nestjs-core') as typeof import('@opentelemetry/instrumentation-nestjs-core');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { MongoDBInstrumentation } = require('@opentelemetry/instrumentation-mongodb') as typeof import('@opentelemetry/instrumentation-mongodb');
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') }),
      new NestInstrumentation(),
      new PgInstrumentation(),
      new MongoDBInstrumentation(),
    ],
  });
  sdk.start();
  started = true;
  return true;
}
