import { INestApplication, Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError } from '../errors/api-error';
import { REQUEST } from '../errors/codes';
import { MAX_JSON_DEPTH, exceedsDepth } from '../errors/request-input';
import { CORRELATION_HEADER, correlationIdFromHeaders } from '../logging/correlation';

/** The largest JSON body (body-parser's default, kept explicit). */
export const MAX_JSON_BODY = '100kb';

interface RawRequest {
  method: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  id?: unknown;
  body?: unknown;
}
interface RawResponse {
  setHeader(name: string, value: string): void;
}
type Next = (err?: unknown) => void;

/** `application/json` or a `+json` type such as `application/merge-patch+json`, parameters aside. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type);
}

function hasBody(request: RawRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (typeof length === 'string' && Number(length) > 0);
}

/**
 * The correlation id before anything can refuse the request, so a refusal made while reading it
 * (malformed JSON, 413, 415) carries `X-Correlation-Id` like any other response; pino-http reuses it.
 */
function correlate(request: RawRequest, response: RawResponse, next: Next): void {
  const id = correlationIdFromHeaders(request.headers);
  request.id = id;
  response.setHeader(CORRELATION_HEADER, id);
  next();
}

/** Paths (with the API prefix, no query) whose POST takes a `multipart/form-data` file upload. */
const UPLOAD_PATHS = new Set<string>();

/**
 * Lets POSTs to `path` (e.g. `/api/v1/finance/purchases/import`) carry a `multipart/form-data`
 * upload, read by the route's own file interceptor; every other body stays JSON only.
 */
export function acceptUploadsAt(path: string): void {
  UPLOAD_PATHS.add(path);
}

function isUpload(request: RawRequest, type: string | undefined): boolean {
  const media = (type ?? '').split(';')[0].trim().toLowerCase();
  return request.method === 'POST' && media === 'multipart/form-data' && UPLOAD_PATHS.has((request.url ?? '').split('?')[0]);
}

/** Bodies are JSON: any other body (text/plain, multipart, none named) is 415, not a misleading 400; uploads only where acceptUploadsAt allows. */
function requireJsonBody(request: RawRequest, _response: RawResponse, next: Next): void {
  if (['POST', 'PUT', 'PATCH'].includes(request.method) && hasBody(request)) {
    const type = request.headers['content-type'];
    const single = Array.isArray(type) ? type[0] : type;
    if (!isJsonMediaType(single) && !isUpload(request, single)) {
      next(new ApiError(415, REQUEST.UNSUPPORTED_MEDIA_TYPE, 'send the request body as application/json'));
      return;
    }
  }
  next();
}

/** After the parser, before anything walks the body recursively (see MAX_JSON_DEPTH). */
function limitJsonDepth(request: RawRequest, _response: RawResponse, next: Next): void {
  if (exceedsDepth(request.body, MAX_JSON_DEPTH)) {
    next(ApiError.badRequest(REQUEST.TOO_DEEP, `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`));
    return;
  }
  next();
}

/**
 * What Node's HTTP parser refuses before any middleware (a control character in a header, a
 * malformed request line, too many header bytes) gets the standard error body, a correlation id
 * and a log line too, instead of Node's bare `400 Bad Request`.
 */
function answerUnparsableRequests(server: Server): void {
  const logger = new Logger('Http');
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', REQUEST.HEADERS_TOO_LARGE]
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', REQUEST.TIMEOUT]
          : [400, 'Bad Request', REQUEST.BAD];
    const correlationId = correlationIdFromHeaders({});
    const body = JSON.stringify({ code, message: 'the HTTP request could not be read', correlationId });
    logger.warn({ correlationId, status, code, parserError: err.code }, 'request refused');
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${CORRELATION_HEADER}: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * How every app reads requests, in order: correlation id, media type, JSON parser, nesting depth.
 * Registered before Nest's own parsers: Nest then skips its JSON parser (it finds one named
 * `jsonParser`), and its urlencoded parser never sees a body, as requireJsonBody refused it first.
 */
export function configureRequestReading(app: INestApplication): void {
  answerUnparsableRequests(app.getHttpServer() as Server);
  app.use(correlate);
  app.use(requireJsonBody);
  (app as NestExpressApplication).useBodyParser('json', { type: (req) => isJsonMediaType(req.headers['content-type']), limit: MAX_JSON_BODY });
  app.use(limitJsonDepth);
}
