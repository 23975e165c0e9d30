import { SpanKind } from '@opentelemetry/api';
import type { AppendOptions, EventStore, NewEvent } from '@aftersales/eventsourcing';
import { AFTERSALES } from './messaging';
import { inSpan, traceContextOf } from './tracing';

/**
 * The event store with every append in an `append <context>` span whose W3C context each appended
 * event records (envelope `traceContext`, ADR 016), unless it brings its own: the relay publishes
 * it as the child of that span, so the trace goes on in the consumers. Other calls pass through
 * (PostgreSQL's own spans come from the pg instrumentation). Wrap only when tracing is on.
 */
export function traceEventStore<T extends EventStore>(store: T): T {
  const append = (stream: string, events: readonly NewEvent[], options: AppendOptions) => {
    const owner = stream.slice(0, Math.max(0, stream.indexOf('.'))) || stream;
    const attributes = { [AFTERSALES.stream]: stream, [AFTERSALES.eventType]: [...new Set(events.map((e) => e.type))], 'aftersales.event.count': events.length };
    return inSpan(`append ${owner}`, { kind: SpanKind.INTERNAL, attributes }, () => {
      const traceContext = traceContextOf();
      return store.append(stream, traceContext ? events.map((e) => (e.traceContext ? e : { ...e, traceContext })) : events, options);
    });
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'append') return append;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
