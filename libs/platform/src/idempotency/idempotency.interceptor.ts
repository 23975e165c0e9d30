import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, createParamDecorator } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Observable, finalize, from, mergeMap, of } from 'rxjs';
import { CLOCK, Clock, EVENT_STORE, EventStore, WrongExpectedRevisionError } from '@aftersales/eventsourcing';
import { ApiError } from '../errors/api-error';
import { FIELD, IDEMPOTENCY } from '../errors/codes';
import { AuthUser, actingRoleOf } from '../auth/roles';
import { correlationIdOf } from '../logging/correlation';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAY_HEADER = 'idempotent-replayed';
export const IDEMPOTENCY_RECORDED = 'platform.IdempotentResponseRecorded';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

interface RecordedResponse {
  readonly requestHash: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
  /** The Location header of a create (absent on records made before it was kept). */
  readonly location?: string | null;
}

interface HttpRequest {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  user?: AuthUser;
  id?: unknown;
  idempotencyKey?: string;
}
interface HttpResponse {
  statusCode: number;
  status(code: number): HttpResponse;
  setHeader(name: string, value: string): void;
  getHeader(name: string): unknown;
}

/**
 * Idempotency-Key for POSTs: the first successful response is recorded as an event in its own
 * stream (durable before the 2xx goes out); the same key with the same request replays it, the
 * same key with another request is 422. Keys belong to the caller (tenant and user). Rejected
 * requests record nothing, so a corrected retry may reuse its key. Two requests with one key at
 * once: the second gets 409 in this process, and across processes the `no_stream` append admits
 * one record. A crash between a handler's own append and the record is closed by the handler
 * deriving its ids from the key (IdempotencyKey, ADR 003).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Set<string>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_FORMAT.test(key)) {
      throw ApiError.badRequest(IDEMPOTENCY.KEY_INVALID, 'Idempotency-Key must be 1 to 255 visible ASCII characters', [
        { field: 'Idempotency-Key', code: FIELD.FORMAT, message: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    request.idempotencyKey = key;
    // Per caller, not per tenant: another user's key must never replay that user's response.
    const tenant = request.user?.tenantId ?? 'public';
    const caller = request.user?.id ?? 'anonymous';
    const stream = `platform.idempotency-${sha256(`${tenant}\n${caller}\n${key}`).slice(0, 40)}`;
    const requestHash = sha256(`${request.method} ${request.originalUrl}\n${canonicalJson(request.body)}`);
    // Claimed before the first await, so two requests with one key cannot both find no record
    // and both run the handler; the second is told the first is in progress.
    if (this.inFlight.has(stream)) {
      throw ApiError.conflict(IDEMPOTENCY.IN_PROGRESS, 'a request with this Idempotency-Key is still being processed');
    }
    this.inFlight.add(stream);
    return from(this.store.readStream(stream, { maxCount: 1 })).pipe(
      mergeMap((recorded) =>
        recorded.length > 0
          ? of(this.replay(recorded[0].data as RecordedResponse, requestHash, response))
          : next.handle().pipe(mergeMap((body) => from(this.record(stream, requestHash, request, response, body)))),
      ),
      finalize(() => this.inFlight.delete(stream)),
    );
  }

  private replay(recorded: RecordedResponse, requestHash: string, response: HttpResponse): unknown {
    if (recorded.requestHash !== requestHash) {
      throw ApiError.unprocessable(
        IDEMPOTENCY.KEY_REUSED,
        'this Idempotency-Key was used for a different request; use a new key for a new request',
        { firstRequest: `${recorded.method} ${recorded.path}` },
      );
    }
    response.status(recorded.status);
    response.setHeader(IDEMPOTENT_REPLAY_HEADER, 'true');
    if (recorded.location) response.setHeader('location', recorded.location);
    return recorded.body;
  }

  private async record(stream: string, requestHash: string, request: HttpRequest, response: HttpResponse, body: unknown): Promise<unknown> {
    if (response.statusCode < 200 || response.statusCode >= 300) return body;
    const user = request.user;
    const location = response.getHeader('location');
    const data: RecordedResponse = {
      requestHash,
      method: request.method,
      path: request.originalUrl,
      status: response.statusCode,
      body: body === undefined ? null : (JSON.parse(JSON.stringify(body, bigintAsString)) as unknown),
      location: typeof location === 'string' ? location : null,
    };
    try {
      await this.store.append(
        stream,
        [
          {
            type: IDEMPOTENCY_RECORDED,
            occurredAt: this.clock.now().toISOString(),
            tenantId: user?.tenantId ?? 'public',
            region: 'global',
            actor: { id: user?.id ?? 'anonymous', role: user ? actingRoleOf(user) : 'anonymous' },
            correlationId: correlationIdOf(request),
            data,
          },
        ],
        { expectedRevision: 'no_stream' },
      );
    } catch (err) {
      // Another process recorded this key first; its response is the one that counts from now on.
      if (!(err instanceof WrongExpectedRevisionError)) throw err;
    }
    return body;
  }
}

/** JSON has no bigint: positions and revisions travel as decimal strings (as bootstrap.ts does). */
export function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/**
 * The request's Idempotency-Key, for handlers that create something: derive its id from the key
 * (`deterministicUuid(tenant, user, key, 'complaint')`) so that a retry after a crash, whose
 * response was never recorded, meets the first attempt's stream instead of creating a second.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  return ctx.switchToHttp().getRequest<{ idempotencyKey?: string }>().idempotencyKey;
});

/**
 * A create handler's hold on its response: where the new resource lives, and whether an
 * Idempotency-Key retry met what a first attempt stored but never answered (ADR 003).
 */
export interface CreatedResource {
  /** Sets Location to the new resource's GET URL: the POST's own path followed by `/<id>`. */
  at(id: string): void;
  /** Marks the response `Idempotent-Replayed: true`, as a replay of a recorded response is: it is not new. */
  replayed(): void;
}

export const Created = createParamDecorator((_: unknown, ctx: ExecutionContext): CreatedResource => {
  const http = ctx.switchToHttp();
  const request = http.getRequest<HttpRequest>();
  const response = http.getResponse<HttpResponse>();
  const path = request.originalUrl.split('?')[0].replace(/\/+$/, '');
  return {
    at: (id) => response.setHeader('location', `${path}/${encodeURIComponent(id)}`),
    replayed: () => response.setHeader(IDEMPOTENT_REPLAY_HEADER, 'true'),
  };
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
