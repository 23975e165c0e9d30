import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import createClient, { Client } from 'openapi-fetch';
import type { components, paths } from './schema';

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];

/**
 * A client typed by the committed OpenAPI types, for an app listening at `baseUrl`, calling as the
 * given bearer token: a request or response body that is not what the document says fails tsc.
 */
export function apiClient(baseUrl: string, authorization: string): ApiClient {
  return createClient<paths>({ baseUrl, headers: { authorization } });
}

/** The body of a 2xx answer, or a thrown error that shows the status and error body. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new Error(`${response.status} ${response.url}: ${JSON.stringify(error ?? data)}`);
  }
  return data;
}

/** The base URL of an app that is listening (`await app.listen(0, '127.0.0.1')`). */
export function baseUrlOf(app: INestApplication): string {
  const address = (app.getHttpServer() as { address(): AddressInfo | string | null }).address();
  if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
  return `http://127.0.0.1:${address.port}`;
}
