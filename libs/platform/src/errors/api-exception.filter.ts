import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import {
  CodedError,
  DomainError,
  DuplicateEventIdError,
  EventStoreClosedError,
  InvalidStateError,
  NotFoundError,
  WrongExpectedRevisionError,
} from '@aftersales/eventsourcing';
import { ApiError, ErrorBody } from './api-error';
import { AUTH, HTTP, INTERNAL, REQUEST, httpStatusCode } from './codes';
import { CORRELATION_HEADER, correlationIdOf } from '../logging/correlation';

interface HttpLikeRequest {
  id?: unknown;
  method?: string;
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Set by pino-http, which then logs the response itself. */
  log?: unknown;
}
interface HttpLikeResponse {
  status(code: number): HttpLikeResponse;
  json(body: unknown): void;
  setHeader(name: string, value: string): void;
  headersSent?: boolean;
}

/**
 * Maps every error to the one error body. Domain errors map to HTTP only here (STYLE.md,
 * domain-driven-hexagon): not found → 404, invalid state and concurrency → 409, other rule
 * refusals → 422. Anything unexpected is a 500 with the correlation id and nothing internal.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpLikeRequest>();
    const response = http.getResponse<HttpLikeResponse>();
    const correlationId = correlationIdOf(request);
    const [status, body] = this.toBody(exception, correlationId);
    if (status >= 500) {
      this.logger.error({ err: exception, correlationId }, 'unhandled error');
    } else if (request.log === undefined) {
      // Refused while reading the request (bad JSON, 413, 415, a bad URL), before pino-http's
      // middleware: no request line will be written, so this is the refusal's one log line.
      this.logger.warn({ correlationId, method: request.method, url: request.originalUrl, status, code: body.code }, 'request refused');
    }
    if (response.headersSent) return;
    response.setHeader(CORRELATION_HEADER, correlationId);
    response.status(status).json(body);
  }

  toBody(exception: unknown, correlationId: string): [number, ErrorBody] {
    if (exception instanceof ApiError) {
      return [
        exception.status,
        { code: exception.code, message: exception.message, fieldErrors: exception.fieldErrors, details: exception.details, correlationId },
      ];
    }
    if (exception instanceof CodedError) {
      const status = codedStatus(exception);
      const details = status === 500 ? undefined : jsonSafe(exception.details);
      const message = status === 500 ? 'internal error' : exception.message;
      return [status, { code: status === 500 ? INTERNAL : exception.code, message, details, correlationId }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return [status, { code: httpCode(status, exception), message: httpMessage(exception), correlationId }];
    }
    const clientFault = bodyParserFault(exception);
    if (clientFault) return [clientFault.status, { ...clientFault.body, correlationId }];
    return [500, { code: INTERNAL, message: 'internal error', correlationId }];
  }
}

/**
 * Domain and store errors by kind. A duplicate event id is a repeated command with a deterministic
 * id (409, like any conflict); a closed store is the shutdown in progress (503, retry elsewhere);
 * anything else coded but not listed is our fault (500).
 */
function codedStatus(exception: CodedError): number {
  if (exception instanceof NotFoundError) return 404;
  if (exception instanceof InvalidStateError || exception instanceof WrongExpectedRevisionError) return 409;
  if (exception instanceof DuplicateEventIdError) return 409;
  if (exception instanceof DomainError) return 422;
  if (exception instanceof EventStoreClosedError) return 503;
  return 500;
}

/**
 * body-parser (and its raw-body/iconv/zlib helpers) throw plain errors carrying an HTTP status and
 * `expose: true` for what the client sent: too large, unknown charset or encoding, bad gzip.
 */
function bodyParserFault(exception: unknown): { status: number; body: Omit<ErrorBody, 'correlationId'> } | null {
  const e = exception as { status?: unknown; expose?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object' || e.expose !== true || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) {
    return null;
  }
  const code = e.status === 413 ? REQUEST.TOO_LARGE : e.status === 415 ? REQUEST.UNSUPPORTED_MEDIA_TYPE : REQUEST.BAD;
  const message = typeof e.message === 'string' && e.message.length < 300 ? e.message : 'the request body could not be read';
  return { status: e.status, body: { code, message } };
}

function httpCode(status: number, exception: HttpException): string {
  // Nest wraps JSON parse failures as a 400 HttpException; name them for clients.
  if (status === HttpStatus.BAD_REQUEST && /JSON/i.test(exception.message)) return REQUEST.MALFORMED_JSON;
  // Nest wraps the router's URIError for a path segment it cannot percent-decode (`%E0%A4%A`) likewise.
  if (status === HttpStatus.BAD_REQUEST && exception.message.startsWith('Failed to decode param')) return REQUEST.BAD_URL;
  if (status === HttpStatus.PAYLOAD_TOO_LARGE) return REQUEST.TOO_LARGE;
  switch (status) {
    case 400:
      return REQUEST.BAD;
    case 401:
      return AUTH.UNAUTHENTICATED;
    case 403:
      return AUTH.FORBIDDEN;
    case 404:
      return HTTP.NOT_FOUND;
    case 405:
      return HTTP.METHOD_NOT_ALLOWED;
    case 415:
      return REQUEST.UNSUPPORTED_MEDIA_TYPE;
    default:
      return status >= 500 ? INTERNAL : httpStatusCode(status);
  }
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : exception.message;
}

/** Error details cross the wire as JSON: bigints become strings. */
function jsonSafe(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
    string,
    unknown
  >;
}
