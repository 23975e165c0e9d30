import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { hasLoneSurrogate, hostileKey, hostileString, hostileValue, nestedJson } from './hostile';

/*
 * Requests derived from the OpenAPI document: for each operation, a valid body built from its
 * request schema (examples, enums, formats, required fields), then one field mutated (a hostile
 * value, removed, or a hostile key beside it), or the whole body replaced, or sent as another
 * media type; path ids are real resources made before fuzzing (or hostile ones); query
 * parameters get hostile values.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = { operationId: string; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

export interface FuzzOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: Operation;
}

/** Real resources to aim at, made through the API before fuzzing. */
export interface Resources {
  readonly complaints: readonly string[];
  readonly cases: readonly string[];
  readonly capas: readonly string[];
  /** Dispatch (issue 13): work orders in several states, an outlet, a qualified technician. */
  readonly workOrders: readonly string[];
  readonly outlets: readonly string[];
  readonly technicians: readonly string[];
}

export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly operationId: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** What was done to the request, for the failure report. */
  readonly mutation: string;
}

/** Every operation of the API (health and the docs are left out: they take no input). */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, item]) => Object.entries(item).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, operation]) => ({ method, path, operation })));
}

const MARK = '\u0001fuzz\u0001';
const MARK_KEY = '\u0001fuzz-key\u0001';

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  while (current.$ref) current = document.components.schemas[current.$ref.replace('#/components/schemas/', '')];
  if (current.allOf) return current.allOf.map((s) => resolve(document, s)).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
  return current;
}

/** A value the schema accepts: its example, first enum value, a value of its format, required properties. */
export function validSample(document: OpenApiDocument, schema: Schema, resources: Resources, name = ''): unknown {
  const s = resolve(document, schema);
  if (s.oneOf) return validSample(document, s.oneOf[0], resources, name);
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return name === 'caseId' ? resources.cases[0] : name === 'workOrderId' ? resources.workOrders[0] : name === 'outletId' ? resources.outlets[0] : randomUUID();
      if (name === 'technicianId' && resources.technicians.length) return resources.technicians[0];
      if (s.format === 'date') return '2026-03-03';
      if (s.format === 'date-time') return '2026-03-03T10:00:00+08:00';
      return 'fuzz';
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(s.minItems ?? 0, 1) }, () => validSample(document, s.items ?? {}, resources, name));
    default: {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(s.properties ?? {})) {
        const p = resolve(document, property);
        if (s.required?.includes(key) || p.example !== undefined) out[key] = validSample(document, property, resources, key);
      }
      return out;
    }
  }
}

/** Paths to every field of a sample (objects and array elements), the root first. */
function fieldPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => fieldPaths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => fieldPaths(v, [...prefix, k]))];
  return here;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parentOf(root: unknown, path: (string | number)[]): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
}

/** The body with the field at `path` replaced by raw JSON text (so `__proto__` keys and deep nesting survive). */
function withValue(body: unknown, path: (string | number)[], json: string): string {
  if (path.length === 0) return json;
  const copy = clone(body);
  parentOf(copy, path)[path[path.length - 1]] = MARK;
  return JSON.stringify(copy).replace(JSON.stringify(MARK), json);
}

function withoutField(body: unknown, path: (string | number)[]): string {
  const copy = clone(body);
  const parent = parentOf(copy, path);
  if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
  else delete parent[path[path.length - 1]];
  return JSON.stringify(copy);
}

/** The object at `path` with one more key (raw JSON text, so `__proto__` stays a key). */
function withKey(body: unknown, path: (string | number)[], key: string, json: string): string {
  const copy = clone(body);
  const node = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], copy) as Record<string, unknown>;
  node[MARK_KEY] = MARK;
  return JSON.stringify(copy).replace(`${JSON.stringify(MARK_KEY)}:${JSON.stringify(MARK)}`, `${JSON.stringify(key)}:${json}`);
}

function objectPaths(body: unknown): (string | number)[][] {
  return fieldPaths(body).filter((p) => {
    const node = p.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], body);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
}

type BodyPlan = { body?: string; contentType?: string; mutation: string };

function bodyArbitrary(document: OpenApiDocument, method: string, operation: Operation, resources: Resources): fc.Arbitrary<BodyPlan> {
  const schema = operation.requestBody?.content['application/json']?.schema;
  // fetch sends no body with a GET.
  if (method === 'get') return fc.constant<BodyPlan>({ mutation: 'no body' });
  if (!schema) {
    return fc.oneof(
      fc.constant<BodyPlan>({ mutation: 'no body' }),
      hostileValue().map<BodyPlan>((json) => ({ body: json, contentType: 'application/json', mutation: `unexpected body ${preview(json)}` })),
    );
  }
  const valid = validSample(document, schema, resources);
  const paths = fieldPaths(valid).filter((p) => p.length > 0);
  const objects = objectPaths(valid);
  const json = 'application/json';
  const plans: fc.Arbitrary<BodyPlan>[] = [
    fc.constant<BodyPlan>({ body: JSON.stringify(valid), contentType: json, mutation: 'valid body' }),
    fc.tuple(fc.constantFrom(...(paths.length ? paths : [[]])), hostileValue()).map<BodyPlan>(([path, value]) => ({
      body: withValue(valid, path, value),
      contentType: json,
      mutation: `${path.join('.') || '(body)'} = ${preview(value)}`,
    })),
    fc.tuple(fc.constantFrom(...objects), hostileKey(), hostileValue()).map<BodyPlan>(([path, key, value]) => ({
      body: withKey(valid, path, key, value),
      contentType: json,
      mutation: `${path.join('.') || '(body)'} gets key ${JSON.stringify(key)} = ${preview(value)}`,
    })),
    hostileValue().map<BodyPlan>((value) => ({ body: value, contentType: json, mutation: `body = ${preview(value)}` })),
    fc.constantFrom('{', '{"a":', '[1,]', '\u0000', '{"a":1}{"b":2}', '').map<BodyPlan>((raw) => ({ body: raw, contentType: json, mutation: `malformed JSON ${JSON.stringify(raw)}` })),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin-1', 'application/xml').map<BodyPlan>((type) => ({
      body: JSON.stringify(valid),
      contentType: type,
      mutation: `valid body as ${type}`,
    })),
  ];
  if (paths.length) {
    plans.push(fc.constantFrom(...paths).map<BodyPlan>((path) => ({ body: withoutField(valid, path), contentType: json, mutation: `without ${path.join('.')}` })));
  }
  plans.push(fc.constantFrom(nestedJson(5_000, 'array'), nestedJson(3_000, 'object')).map<BodyPlan>((raw) => ({ body: raw, contentType: json, mutation: 'deeply nested body' })));
  return fc.oneof(...plans);
}

/**
 * A hostile string that fits in a URL: Node's HTTP parser refuses a request line over 16 KB with a
 * bare 431 before the app sees it (a limit of the server, not of this API); a lone surrogate has no
 * UTF-8 form to percent-encode.
 */
function urlString(): fc.Arbitrary<string> {
  return hostileString().filter((s) => !hasLoneSurrogate(s) && encodeURIComponent(s).length < 8_000);
}

const POOLS: readonly [string, (r: Resources) => readonly string[]][] = [
  ['/api/v1/complaints/', (r) => r.complaints],
  ['/api/v1/qa/cases/', (r) => r.cases],
  ['/api/v1/qa/capas/', (r) => r.capas],
  ['/api/v1/work-orders/', (r) => r.workOrders],
  ['/api/v1/outlets/', (r) => r.outlets],
  ['/api/v1/technicians/', (r) => r.technicians],
];

function idFor(path: string, resources: Resources): fc.Arbitrary<string> {
  const pool = POOLS.find(([prefix]) => path.startsWith(prefix))?.[1](resources) ?? [];
  const real = pool.length ? fc.constantFrom(...pool) : fc.uuid();
  return fc.oneof({ weight: 8, arbitrary: real }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: urlString() });
}

function queryArbitrary(operation: Operation): fc.Arbitrary<{ query: string; mutation: string }> {
  const names = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  if (names.length === 0) return fc.constant({ query: '', mutation: '' });
  return fc.oneof(
    fc.constant({ query: '', mutation: '' }),
    fc.tuple(fc.constantFrom(...names), urlString()).map(([name, value]) => ({ query: `?${name}=${encodeURIComponent(value)}`, mutation: ` ?${name}=${preview(JSON.stringify(value))}` })),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom('[$gt]=', '[$ne]=1', '[]=a&x=1', '=a&%zz', '[__proto__][a]=1')).map(([name, raw]) => ({ query: `?${name}${raw}`, mutation: ` ?${name}${raw}` })),
  );
}

/** One request to one operation of the document. */
export function requestArbitrary(document: OpenApiDocument, operations: readonly FuzzOperation[], resources: Resources, authorization: string): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...operations).chain(({ method, path, operation }) => {
    const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
    const ids = fc.tuple(...pathParams.map((p) => (p.name === 'id' || p.name === 'technicianId' ? idFor(path, resources) : fc.oneof(fc.constantFrom('fuzz'), urlString()))));
    const idempotencyKey = method === 'post' ? fc.option(fc.oneof(fc.uuid(), fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 })), { nil: undefined }) : fc.constant(undefined);
    return fc.tuple(ids, bodyArbitrary(document, method, operation, resources), queryArbitrary(operation), idempotencyKey).map(([values, plan, query, key]) => {
      let url = path;
      pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(values[i]))));
      const headers: Record<string, string> = { authorization, 'x-correlation-id': `fuzz-${randomUUID()}` };
      if (plan.contentType) headers['content-type'] = plan.contentType;
      if (key !== undefined) headers['idempotency-key'] = key;
      return {
        method: method.toUpperCase(),
        url: url + query.query,
        operationId: operation.operationId,
        headers,
        body: plan.body,
        mutation: plan.mutation + query.mutation + (key !== undefined ? ` Idempotency-Key ${preview(JSON.stringify(key))}` : ''),
      };
    });
  });
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}
