import { Attributes, Link, SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { BusMessage, DeliveryContext, MessageBus, MessageHandler, dlqTopic } from '@aftersales/eventsourcing';
import { contextFrom, failSpan, inSpan, traceContextOf, tracer } from './tracing';

/**
 * Spans of the relays and consumers, named and attributed by the OpenTelemetry messaging semantic
 * conventions (`send <topic>` PRODUCER, `process <topic>` CONSUMER; messaging.* attributes), over
 * the MessageBus port, so the in-process bus (standalone) and Kafka (distributed) trace alike.
 * Attribute names are written out: the messaging conventions are still "development" in
 * @opentelemetry/semantic-conventions, which asks users to copy them rather than import them.
 */
export const MESSAGING = {
  system: 'messaging.system',
  operationType: 'messaging.operation.type',
  operationName: 'messaging.operation.name',
  destination: 'messaging.destination.name',
  consumerGroup: 'messaging.consumer.group.name',
  messageId: 'messaging.message.id',
  kafkaKey: 'messaging.kafka.message.key',
} as const;

/** Ours, under the `aftersales.` namespace the conventions leave to applications. */
export const AFTERSALES = {
  eventType: 'aftersales.event.type',
  stream: 'aftersales.stream',
  correlationId: 'aftersales.correlation_id',
  consumer: 'aftersales.consumer',
  attempt: 'aftersales.delivery.attempt',
  outcome: 'aftersales.delivery.outcome',
  deadLettered: 'aftersales.dead_lettered',
  linkReason: 'aftersales.link.reason',
} as const;

/** messaging.system for a bus: `kafka`, or the in-process bus' own name. */
export function messagingSystemOf(bus: MessageBus): string {
  return bus.messagingSystem ?? 'aftersales_in_process';
}

function messageAttributes(system: string, topic: string, message: BusMessage): Attributes {
  const attributes: Attributes = {
    [MESSAGING.system]: system,
    [MESSAGING.destination]: topic,
    [MESSAGING.messageId]: message.event.id,
    [AFTERSALES.eventType]: message.event.type,
    [AFTERSALES.stream]: message.event.stream,
    [AFTERSALES.correlationId]: message.event.correlationId,
  };
  if (system === 'kafka') attributes[MESSAGING.kafkaKey] = message.key;
  return attributes;
}

/**
 * The bus as a relay publishes through it: one `send <topic>` PRODUCER span per message, the child
 * of the span its event was appended in (the envelope's traceContext; a new trace for an event
 * appended untraced), whose context the message carries as `traceparent`/`tracestate`. A failed
 * publish fails every span of the attempt; the relay's retry makes new ones.
 */
export function tracedPublishing(bus: MessageBus): MessageBus {
  const system = messagingSystemOf(bus);
  const publish = async (topic: string, messages: readonly BusMessage[]): Promise<void> => {
    const spans = messages.map((message) =>
      tracer().startSpan(
        `send ${topic}`,
        { kind: SpanKind.PRODUCER, attributes: { ...messageAttributes(system, topic, message), [MESSAGING.operationType]: 'send', [MESSAGING.operationName]: 'send' } },
        contextFrom(message.event.traceContext),
      ),
    );
    const traced = messages.map((message, i) => {
      const sent = traceContextOf(trace.setSpan(context.active(), spans[i]));
      return sent ? { ...message, traceContext: sent } : message;
    });
    try {
      await bus.publish(topic, traced);
    } catch (err) {
      for (const span of spans) failSpan(span, err);
      throw err;
    } finally {
      for (const span of spans) span.end();
    }
  };
  return new Proxy(bus, {
    get(target, property, receiver) {
      if (property === 'publish') return publish;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface TracedDeliveryOptions {
  readonly consumer: string;
  readonly group: string;
  readonly system: string;
  /** Whether a failure of this attempt sends the message to `<topic>.dlq` (the bus' rule). */
  readonly isFinal: (err: unknown, context: DeliveryContext) => boolean;
}

/**
 * A consumer's handler in a `process <topic>` CONSUMER span per delivery attempt (retries are
 * sibling spans with a rising aftersales.delivery.attempt), the child of the sender's span (the
 * message's traceparent). The span the event was appended in is a link, not the parent, when it
 * belongs to another trace: a message replayed later (from its dead-letter topic, or republished)
 * starts a new trace that points back to the original one. What the handler appends is appended
 * in this span, so its events carry it on. A last failed attempt records the dead letter.
 */
export function tracedDelivery(handler: (message: BusMessage, context: DeliveryContext) => Promise<'handled' | 'skipped'>, options: TracedDeliveryOptions): MessageHandler {
  return async (message, delivery) => {
    const parent = contextFrom(message.traceContext);
    const parentTrace = trace.getSpanContext(parent)?.traceId;
    const appended = trace.getSpanContext(contextFrom(message.event.traceContext));
    const links: Link[] = appended && appended.traceId !== parentTrace ? [{ context: appended, attributes: { [AFTERSALES.linkReason]: 'appended' } }] : [];
    const attributes: Attributes = {
      ...messageAttributes(options.system, delivery.topic, message),
      [MESSAGING.operationType]: 'process',
      [MESSAGING.operationName]: 'process',
      [MESSAGING.consumerGroup]: options.group,
      [AFTERSALES.consumer]: options.consumer,
      [AFTERSALES.attempt]: delivery.attempt,
    };
    await inSpan(`process ${delivery.topic}`, { kind: SpanKind.CONSUMER, attributes, links, parent }, async (span) => {
      try {
        span.setAttribute(AFTERSALES.outcome, await handler(message, delivery));
        span.setStatus({ code: SpanStatusCode.OK });
      } catch (err) {
        const final = options.isFinal(err, delivery);
        span.setAttribute(AFTERSALES.outcome, final ? 'dead_lettered' : 'retry');
        if (final) {
          span.setAttribute(AFTERSALES.deadLettered, true);
          span.addEvent('dead_letter', { [MESSAGING.destination]: dlqTopic(delivery.topic) });
        }
        throw err;
      }
    });
  };
}
