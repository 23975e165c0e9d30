import { INestApplication } from '@nestjs/common';
import { Metrics, secondsSince } from './metrics';

interface MetricsRequest {
  readonly method: string;
  readonly baseUrl?: string;
  readonly route?: { readonly path?: unknown };
}
interface MetricsResponse {
  readonly statusCode: number;
  once(event: 'finish', listener: () => void): void;
  status(code: number): MetricsResponse;
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

/**
 * Times every HTTP request into `aftersales_http_server_request_duration_seconds` by its route
 * pattern (`/api/v1/complaints/:id`, never the raw URL: the label set stays bounded; "unmatched" for
 * a path no route has) and status, and serves `GET /metrics` on the app's port, outside the API and
 * its bearer token, unless METRICS_PORT gives it a port of its own.
 */
export function configureMetrics(app: INestApplication): void {
  const metrics = app.get(Metrics, { strict: false });
  app.use((req: MetricsRequest, res: MetricsResponse, next: () => void) => {
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      const path = req.route?.path;
      const route = typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : 'unmatched';
      metrics.httpRequestDuration.observe({ method: req.method, route, status_code: String(res.statusCode) }, secondsSince(start));
    });
    next();
  });
  if (metrics.separatePort) return;
  const http = app.getHttpAdapter();
  http.get('/metrics', (_req: unknown, res: MetricsResponse) => {
    metrics.scrape().then(
      (text) => {
        res.setHeader('content-type', metrics.contentType);
        res.status(200).send(text);
      },
      () => res.status(500).send('metrics scrape failed'),
    );
  });
}
