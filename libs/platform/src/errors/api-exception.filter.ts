import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CodedError, DomainError, InvalidStateError, NotFoundError, WrongExpectedRevisionError } from '@aftersales/eventsourcing';
import { ApiError, ErrorBody } from './api-error';
import { correlationIdOf } from '../logging/correlation';

interface HttpLikeRequest {
  id?: unknown;
  headers: Record<string, string | string[] | undefined>;
}
interface HttpLikeResponse {
  status(code: number): HttpLikeResponse;
  json(body: unknown): void;
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
    if (status >= 500) this.logger.error({ err: exception, correlationId }, 'unhandled error');
    if (response.headersSent) return;
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
      const status =
        exception instanceof NotFoundError
          ? 404
          : exception instanceof InvalidStateError || exception instanceof WrongExpectedRevisionError
            ? 409
            : exception instanceof DomainError
              ? 422
              : 500;
      const details = status === 500 ? undefined : jsonSafe(exception.details);
      const message = status === 500 ? 'internal error' : exception.message;
      return [status, { code: status === 500 ? 'INTERNAL' : exception.code, message, details, correlationId }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return [status, { code: httpCode(status, exception), message: httpMessage(exception), correlationId }];
    }
    return [500, { code: 'INTERNAL', message: 'internal error', correlationId }];
  }
}

function httpCode(status: number, exception: HttpException): string {
  // body-parser failures reach Nest as 400 HttpExceptions; name them for clients.
  const cause = (exception as { cause?: { type?: string } }).cause;
  if (status === HttpStatus.BAD_REQUEST && /JSON/i.test(exception.message)) return 'REQUEST.MALFORMED_JSON';
  if (cause?.type === 'entity.too.large' || status === HttpStatus.PAYLOAD_TOO_LARGE) return 'REQUEST.TOO_LARGE';
  switch (status) {
    case 400:
      return 'REQUEST.BAD';
    case 401:
      return 'AUTH.UNAUTHENTICATED';
    case 403:
      return 'AUTH.FORBIDDEN';
    case 404:
      return 'HTTP.NOT_FOUND';
    case 405:
      return 'HTTP.METHOD_NOT_ALLOWED';
    case 415:
      return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
    default:
      return status >= 500 ? 'INTERNAL' : `HTTP.${status}`;
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
