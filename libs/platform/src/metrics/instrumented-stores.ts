import type { DocumentCollection, DocumentStore, EventStore, IndexSpec, StoredDocument } from '@aftersales/eventsourcing';
import { Metrics, secondsSince } from './metrics';
import { traceEventStore } from '../tracing/traced-event-store';
import { tracingEnabled } from '../tracing/tracing';

const EVENT_STORE_OPERATIONS: Readonly<Record<string, string>> = { append: 'append', readStream: 'read_stream', readAll: 'read_all', headPosition: 'head_position' };
const COLLECTION_OPERATIONS = new Set(['get', 'find', 'count', 'upsert', 'upsertMany', 'patch', 'delete', 'clear']);

/** Times a promise-returning call into `observe(seconds, outcome)`. */
async function timed<T>(call: () => Promise<T>, observe: (seconds: number, outcome: 'ok' | 'error') => void): Promise<T> {
  const start = process.hrtime.bigint();
  try {
    const result = await call();
    observe(secondsSince(start), 'ok');
    return result;
  } catch (err) {
    observe(secondsSince(start), 'error');
    throw err;
  }
}

/**
 * The event store with its calls timed and its appends counted (issue 17), whatever the adapter:
 * the port's calls are measured, anything else (an adapter's own methods, `instanceof`) passes through.
 * With tracing on, its appends are traced too, and record their trace context (traceEventStore, ADR 016).
 */
export function instrumentEventStore<T extends EventStore>(store: T, metrics: Metrics): T {
  return new Proxy(tracingEnabled() ? traceEventStore(store) : store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const operation = typeof property === 'string' ? EVENT_STORE_OPERATIONS[property] : undefined;
      if (!operation) return value.bind(target);
      return (...args: unknown[]) =>
        timed(
          () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args),
          (seconds, outcome) => {
            metrics.eventStoreDuration.observe({ operation, outcome }, seconds);
            if (operation === 'append' && outcome === 'ok') {
              const [stream, events] = args as [string, readonly { type: string }[]];
              const context = stream.slice(0, Math.max(0, stream.indexOf('.'))) || stream;
              for (const event of events) metrics.eventsAppended.inc({ context, type: event.type });
            }
          },
        );
    },
  });
}

function instrumentCollection<D extends StoredDocument>(collection: DocumentCollection<D>, name: string, metrics: Metrics): DocumentCollection<D> {
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (typeof property !== 'string' || !COLLECTION_OPERATIONS.has(property)) return value.bind(target);
      return (...args: unknown[]) =>
        timed(
          () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args),
          (seconds, outcome) => metrics.readModelDuration.observe({ collection: name, operation: property, outcome }, seconds),
        );
    },
  });
}

/** The read-model store with every collection call timed by collection and operation (issue 17). */
export function instrumentDocumentStore<T extends DocumentStore>(documents: T, metrics: Metrics): T {
  return new Proxy(documents, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property !== 'collection') return value.bind(target);
      return <D extends StoredDocument>(name: string, indexes?: readonly IndexSpec[]) => instrumentCollection(target.collection<D>(name, indexes), name, metrics);
    },
  });
}
