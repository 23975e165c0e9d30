import {
  Attributes,
  Context,
  Link,
  ProxyTracerProvider,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  Tracer,
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  trace,
} from '@opentelemetry/api';
import type { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { TraceContext } from '@aftersales/eventsourcing';

/**
 * Traces (issue 17, ADR 016), through the OpenTelemetry API only: the SDK is started, or not, by
 * `@aftersales/platform/tracing` before Nest loads (start-tracing.ts). With no SDK the API is a
 * no-op, and the platform does not even wrap its stores, relays and consumers (tracingEnabled).
 */

/** The instrumentation scope of the platform's own spans. */
export const TRACER_NAME = 'aftersales';

/** The delegate a ProxyTracerProvider answers with when no SDK registered one: the API's no-op provider. */
const NOOP_PROVIDER = new ProxyTracerProvider().getDelegate();

/** Whether an SDK registered a tracer provider (start-tracing.ts, or a test's provider.register()). */
export function tracingEnabled(): boolean {
  const provider = trace.getTracerProvider();
  return !(provider instanceof ProxyTracerProvider) || provider.getDelegate() !== NOOP_PROVIDER;
}

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

let w3c: W3CTraceContextPropagator | undefined;

/**
 * W3C Trace Context, whatever OTEL_PROPAGATORS says for HTTP: the envelope and the Kafka headers
 * hold `traceparent`/`tracestate` and nothing else, so every service reads them alike. Loaded on
 * first use, which only tracing makes: an untraced process does not load @opentelemetry/core.
 */
function W3C(): W3CTraceContextPropagator {
  w3c ??= new (require('@opentelemetry/core') as typeof import('@opentelemetry/core')).W3CTraceContextPropagator();
  return w3c;
}

/** The W3C trace context of `ctx`'s span, or undefined when it has none (no span, or an invalid one). */
export function traceContextOf(ctx: Context = context.active()): TraceContext | undefined {
  const carrier: Record<string, string> = {};
  W3C().inject(ctx, carrier, defaultTextMapSetter);
  if (carrier.traceparent === undefined) return undefined;
  return carrier.tracestate ? { traceparent: carrier.traceparent, tracestate: carrier.tracestate } : { traceparent: carrier.traceparent };
}

/** A context whose (remote) parent span is the one `traceContext` names; the root context when there is none. */
export function contextFrom(traceContext: TraceContext | undefined): Context {
  if (!traceContext) return ROOT_CONTEXT;
  return W3C().extract(ROOT_CONTEXT, { ...traceContext }, defaultTextMapGetter);
}

/** `trace_id`, `span_id` and `trace_flags` of the active span, for a log line (pino's mixin); {} outside a span. */
export function traceLogFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  return trace.isSpanContextValid(span.spanContext()) ? { trace_id: traceId, span_id: spanId, trace_flags: `0${traceFlags.toString(16)}`.slice(-2) } : {};
}

/**
 * Runs `work` in a new active span and ends it with its outcome: an error is recorded on the span
 * (status ERROR) and rethrown.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; links?: Link[]; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const span = tracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links: options.links }, options.parent ?? context.active());
  try {
    return await context.with(trace.setSpan(options.parent ?? context.active(), span), () => work(span));
  } catch (err) {
    failSpan(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/** Marks a span failed with `err` (an exception event and status ERROR). */
export function failSpan(span: Span, err: unknown): void {
  span.recordException(err instanceof Error ? err : String(err));
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}

/**
 * Ends the tracer provider the SDK registered, exporting what is still buffered (a batch span
 * processor holds spans for up to 5 s). Called on shutdown; a no-op with tracing off.
 */
export async function shutdownTracing(): Promise<void> {
  const provider = trace.getTracerProvider();
  const delegate = (provider instanceof ProxyTracerProvider ? provider.getDelegate() : provider) as { shutdown?: () => Promise<void> };
  await delegate.shutdown?.();
}
