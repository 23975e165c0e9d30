import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { InstrumentationModuleDefinition } from '@opentelemetry/instrumentation';
import * as http from 'node:http';
import { EVENT_STORE, EventStore, ManualClock } from '@aftersales/eventsourcing';
import { ConsumerHost, ProjectionHost, RelayHost, signToken, tracingEnabled } from '@aftersales/platform';
import { copyPgliteTemplateTo } from '@aftersales/adapters-postgres/testing';
import { createStandaloneApp } from './app';
import { registration } from './testing/complaint-body';
import { apiClient, baseUrlOf, ok } from './testing/client/client';

/**
 * Traces on the standalone (issue 17, ADR 016), with an in-memory span exporter in place of OTLP:
 * registering a complaint over HTTP and QA opening its case from it are one trace, from intake's
 * HTTP server span through the append, the relay's send span and QA's consumer span to QA's append,
 * and each stored event records the span it was appended in.
 */
const SECRET = 't'.repeat(40);
const token = (roles: string[], subject = 'cs-1') => `Bearer ${signToken(SECRET, { subject, roles: roles as never, tenantId: 'acme' })}`;

async function eventually<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('traces (standalone)', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const instrumentation = new HttpInstrumentation({ disableOutgoingRequestInstrumentation: true });
  let httpPatch: InstrumentationModuleDefinition | undefined;
  let app: INestApplication;
  let dataDir: string;

  beforeAll(async () => {
    // What startTracing does with the SDK, minus the exporter: before the app is created.
    provider.register();
    instrumentation.setTracerProvider(provider);
    // The SDK patches `http` through Node's require hook, which jest's module loader bypasses: the
    // same patch is applied to the module here (and taken off afterwards, the module being shared).
    httpPatch = instrumentation.getModuleDefinitions().find((d) => d.name === 'http');
    httpPatch?.patch?.(http);
    dataDir = mkdtempSync(join(tmpdir(), 'aftersales-traces-'));
    await copyPgliteTemplateTo(join(dataDir, 'pglite'));
    ({ app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: SECRET, LOG_LEVEL: 'silent', DEADLINE_TICK_MS: '3600000' }, { clock: new ManualClock('2026-03-03T03:00:00.000Z') }));
    await app.listen(0, '127.0.0.1');
    await app.get(ProjectionHost).caughtUp();
    await app.get(ConsumerHost).joined();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    httpPatch?.unpatch?.(http);
    instrumentation.disable();
    await provider.shutdown();
    trace.disable();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('IN-1, QA-1 one trace runs from intake\'s HTTP request through the relay and QA\'s consumer to QA\'s append', async () => {
    expect(tracingEnabled()).toBe(true);
    const registered = await ok(apiClient(baseUrlOf(app), token(['customer_service'])).POST('/api/v1/complaints', { body: registration() }));
    await eventually(
      async () => (await ok(apiClient(baseUrlOf(app), token(['qa'], 'qa-1')).GET('/api/v1/qa/cases', { params: { query: { complaintId: registered.complaintId } } }))).total === 1,
      'the QA case',
    );
    await app.get(RelayHost).caughtUp();

    const spans = exporter.getFinishedSpans();
    const request = spans.find(
      (s) => s.kind === SpanKind.SERVER && (s.attributes['http.request.method'] ?? s.attributes['http.method']) === 'POST' && String(s.attributes['url.path'] ?? s.attributes['http.target']).startsWith('/api/v1/complaints'),
    );
    if (!request) throw new Error(`no HTTP server span for the registration among: ${spans.map((s) => s.name).join(', ')}`);
    const traceId = request.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(inTrace.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
    const one = (predicate: (s: ReadableSpan) => boolean, what: string) => {
      const found = inTrace.filter(predicate);
      if (found.length !== 1) throw new Error(`expected one ${what} in the trace, found ${found.length}: ${inTrace.map((s) => s.name).join(', ')}`);
      return found[0];
    };

    const intakeAppend = one((s) => s.name === 'append intake' && s.attributes['aftersales.event.type']?.toString().includes('intake.ComplaintRegistered') === true, "intake's append");
    const processed = one(
      (s) => s.name === 'process aftersales.intake.events' && s.attributes['messaging.consumer.group.name'] === 'qa' && s.attributes['aftersales.delivery.outcome'] === 'handled',
      "QA's consumer span",
    );
    const send = parentOf(processed);
    if (!send) throw new Error("QA's consumer span has no parent in the trace");
    const qaAppend = one((s) => s.name === 'append qa' && parentOf(s) === processed, "QA's append");

    expect(send.name).toBe('send aftersales.intake.events');
    expect(send.kind).toBe(SpanKind.PRODUCER);
    expect(processed.kind).toBe(SpanKind.CONSUMER);
    expect(send.attributes).toMatchObject({ 'messaging.operation.type': 'send', 'messaging.destination.name': 'aftersales.intake.events', 'messaging.message.id': expect.any(String) });
    expect(processed.attributes).toMatchObject({ 'messaging.operation.type': 'process', 'aftersales.delivery.attempt': 1, 'messaging.message.id': send.attributes['messaging.message.id'] });
    // The chain, parent by parent: request → … → intake append → send → process → QA append.
    let ancestor = parentOf(intakeAppend);
    while (ancestor && ancestor !== request) ancestor = parentOf(ancestor);
    expect(ancestor).toBe(request);
    expect(parentOf(send)).toBe(intakeAppend);
    expect(parentOf(processed)).toBe(send);
    expect(processed.links).toEqual([]);
    expect(parentOf(qaAppend)).toBe(processed);

    // Each stored event records the span it was appended in (ADR 016).
    const store = app.get<EventStore>(EVENT_STORE);
    const [complaintRegistered] = await store.readStream(`intake.complaint-${registered.complaintId}`, { maxCount: 1 });
    expect(complaintRegistered.traceContext?.traceparent).toBe(`00-${traceId}-${intakeAppend.spanContext().spanId}-01`);
    const qaEvents = (await store.readAll({ streamPrefixes: ['qa.'] })).filter((e) => e.traceContext?.traceparent.includes(traceId));
    expect(qaEvents.map((e) => e.traceContext?.traceparent)).toContain(`00-${traceId}-${qaAppend.spanContext().spanId}-01`);
  }, 30_000);
});
