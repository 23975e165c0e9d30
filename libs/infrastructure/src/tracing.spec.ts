import { Writable } from 'node:stream';
import pino from 'pino';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { BusMessage, ManualClock, TraceContext, dlqTopic } from '@aftersales/eventsourcing';
import { anEnvelope } from '@aftersales/eventsourcing/testing';
import { MemoryDocumentStore, MemoryMessageBus } from '@aftersales/adapters-memory';
import { IntakeIntegrationEventTypes as Intake } from '@aftersales/contracts';
import { ConsumerHost, ReadinessRegistry, traceContextOf, traceLogFields, tracedPublishing, tracer, tracingEnabled } from '@aftersales/platform';

/**
 * The platform's messaging spans (issue 17, ADR 016) on the in-process bus: the relays' send spans,
 * the consumers' process spans per delivery attempt, the link a replayed event keeps to the trace
 * it was appended in, and the trace ids on log lines. Here rather than in libs/platform because the
 * platform may not depend on adapters.
 */
describe('tracing through the bus', () => {
  const TOPIC = 'aftersales.test.events';
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let bus: MemoryMessageBus;
  let host: ConsumerHost;

  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  });
  beforeEach(() => {
    exporter.reset();
    bus = new MemoryMessageBus({ partitions: 1 });
    host = new ConsumerHost(bus, new MemoryDocumentStore(), new ManualClock('2026-03-03T00:00:00.000Z'), new ReadinessRegistry());
  });
  afterEach(async () => {
    await host.onApplicationShutdown();
    await bus.close();
  });

  const closed = (n: number, traceContext?: TraceContext): BusMessage => ({
    key: `intake.complaint-c-${n}`,
    event: anEnvelope({ stream: `intake.complaint-c-${n}`, type: Intake.ComplaintClosed, data: { complaintId: `c-${n}`, outcome: 'resolved' }, ...(traceContext ? { traceContext } : {}) }),
  });

  /** The context of a span standing for an append, ended, as the envelope records it. */
  function appendedIn(name: string): { span: ReadableSpan; traceContext: TraceContext } {
    const span = tracer().startSpan(name);
    const traceContext = traceContextOf(trace.setSpan(context.active(), span));
    span.end();
    if (!traceContext) throw new Error('no trace context');
    return { span: exporter.getFinishedSpans().find((s) => s.name === name) as ReadableSpan, traceContext };
  }

  async function finished(count: number, name: string): Promise<ReadableSpan[]> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const spans = exporter.getFinishedSpans().filter((s) => s.name === name);
      if (spans.length >= count) return spans;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} ${name} span(s): ${exporter.getFinishedSpans().map((s) => s.name).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('ADR 016 a relayed message is sent in a PRODUCER span under its append, and processed in a CONSUMER span under the send', async () => {
    expect(tracingEnabled()).toBe(true);
    const handled: string[] = [];
    host.register({ name: 'test-traced', group: 'test', topics: [TOPIC], handle: async (event) => void handled.push(event.id) });
    host.onApplicationBootstrap();
    await host.joined();
    const { span: append, traceContext } = appendedIn('append intake');

    await tracedPublishing(bus).publish(TOPIC, [closed(1, traceContext)]);
    const [send] = await finished(1, `send ${TOPIC}`);
    const [processed] = await finished(1, `process ${TOPIC}`);

    expect(send.kind).toBe(SpanKind.PRODUCER);
    expect(send.parentSpanContext?.spanId).toBe(append.spanContext().spanId);
    expect(send.spanContext().traceId).toBe(append.spanContext().traceId);
    expect(processed.kind).toBe(SpanKind.CONSUMER);
    expect(processed.parentSpanContext?.spanId).toBe(send.spanContext().spanId);
    expect(processed.links).toEqual([]);
    expect(processed.attributes).toMatchObject({
      'messaging.system': 'aftersales_in_process',
      'messaging.operation.type': 'process',
      'messaging.destination.name': TOPIC,
      'messaging.consumer.group.name': 'test',
      'aftersales.delivery.attempt': 1,
      'aftersales.delivery.outcome': 'handled',
    });
    expect(handled).toHaveLength(1);
  });

  it('ADR 016 an event replayed later starts a new trace with a link to the one it was appended in, not a parent', async () => {
    host.register({ name: 'test-replayed', group: 'test', topics: [TOPIC], handle: async () => undefined });
    host.onApplicationBootstrap();
    await host.joined();
    const { span: append, traceContext } = appendedIn('append intake');

    // What the DLQ replay does: the stored event put back on its topic, without the sender's context of back then.
    await bus.publish(TOPIC, [closed(2, traceContext)]);
    const [processed] = await finished(1, `process ${TOPIC}`);

    expect(processed.parentSpanContext).toBeUndefined();
    expect(processed.spanContext().traceId).not.toBe(append.spanContext().traceId);
    expect(processed.links.map((l) => l.context.spanId)).toEqual([append.spanContext().spanId]);
    expect(processed.links[0].context.traceId).toBe(append.spanContext().traceId);
  });

  it('ADR 016 each retry is a process span of its own with a rising attempt, and the last one records the dead letter', async () => {
    host.register({
      name: 'test-failing',
      group: 'test',
      topics: [TOPIC],
      maxAttempts: 2,
      retryBackoffMs: 1,
      handle: async () => {
        throw new Error('handler keeps failing');
      },
    });
    host.onApplicationBootstrap();
    await host.joined();

    await tracedPublishing(bus).publish(TOPIC, [closed(3)]);
    const attempts = await finished(2, `process ${TOPIC}`);

    const [send] = await finished(1, `send ${TOPIC}`);
    expect(send.parentSpanContext).toBeUndefined(); // appended untraced: the send starts the trace
    expect(attempts.map((s) => s.attributes['aftersales.delivery.attempt'])).toEqual([1, 2]);
    expect(attempts.every((s) => s.parentSpanContext?.spanId === send.spanContext().spanId && s.status.code === SpanStatusCode.ERROR)).toBe(true);
    expect(attempts.map((s) => s.attributes['aftersales.delivery.outcome'])).toEqual(['retry', 'dead_lettered']);
    expect(attempts[1].events.find((e) => e.name === 'dead_letter')?.attributes).toEqual({ 'messaging.destination.name': dlqTopic(TOPIC) });
    expect(attempts[0].events.map((e) => e.name)).toEqual(['exception']);
  });

  it('ADR 016 a log line written in a span carries its trace id and span id, one written outside none', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ mixin: traceLogFields }, new Writable({ write: (chunk, _enc, done) => void (lines.push(JSON.parse(String(chunk))), done()) }));
    const span = tracer().startSpan('request');
    context.with(trace.setSpan(context.active(), span), () => logger.info({ correlationId: 'corr-1' }, 'inside'));
    span.end();
    logger.info('outside');
    expect(lines[0]).toMatchObject({ correlationId: 'corr-1', trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId, trace_flags: '01' });
    expect(lines[1]).not.toHaveProperty('trace_id');
  });
});
