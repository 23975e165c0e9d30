import { DocumentFilter, DocumentSort, assertQueryable } from '@aftersales/eventsourcing';

/**
 * The DocumentStore port's filter language (MongoDB's, document-store.ts) as PostgreSQL over a
 * table of `(id text, position bigint, doc jsonb)`. Values always travel as parameters; field
 * paths are checked against a strict identifier pattern and only then written into the SQL, as
 * `doc #> '{a,b}'` literals: an expression index matches only a literal path, never a parameter.
 *
 * Two ways to compare a field (ADR 010):
 * - a path a declared index covers is compared as one value through the index's own expression
 *   (`doc #> '{status}' = $1::jsonb`, ranges with the JSON type pinned), so the planner uses the
 *   index. Such a field holds a scalar or null, as projections write them; an array there is
 *   compared as a whole, not element by element.
 * - any other path through SQL/JSON path predicates in lax mode (`$."lines"."sku" == $v`), which
 *   reach into arrays of values and of subdocuments like MongoDB and compare only values of one
 *   type (a string is never greater than a number), at the cost of reading every candidate row.
 */

const SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_]*|\d+)$/;

export class QueryTranslationError extends Error {}

/** The segments of a dot path, each checked: nothing outside [A-Za-z0-9_] reaches the SQL text. */
export function pathSegments(path: string): string[] {
  const segments = path.split('.');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment.length > 63) throw new QueryTranslationError(`"${path}" is not a field path this store can query`);
  }
  return segments;
}

/** The SQL expression of a field's JSON value: identical in indexes and queries, so they match. */
export function valueExpression(path: string): string {
  return `(doc #> '{${pathSegments(path).join(',')}}'::text[])`;
}

function jsonPath(path: string): string {
  return `$${pathSegments(path)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `."${s}"`))
    .join('')}`;
}

/** Collects positional parameters. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  json(value: unknown): string {
    return `${this.add(JSON.stringify(value))}::jsonb`;
  }
}

type Scalar = string | number | boolean;

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

function jsonType(value: unknown): 'string' | 'number' | 'boolean' {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return typeof value as 'string' | 'number' | 'boolean';
  throw new QueryTranslationError(`a range comparison needs a string, number or boolean, not ${JSON.stringify(value)}`);
}

function checkValue(value: unknown): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new QueryTranslationError(`${value} cannot be compared`);
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol' || value === undefined) {
    throw new QueryTranslationError(`a filter value must be JSON, not ${typeof value}`);
  }
  if (value instanceof RegExp || value instanceof Date) throw new QueryTranslationError('regular expressions and Date objects are not part of the filter language; compare ISO strings');
}

const COMPARISONS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** Comparisons of one field, in the way chosen for its path. */
interface FieldDialect {
  eq(value: unknown): string;
  /**
   * `$in` as one comparison with an array parameter (`= ANY`), where the dialect has one: one
   * index scan and one parameter where an OR of equalities costs a plan node and a parameter per
   * value (a projection batch asks for up to 200 ids). Null when the values need the OR form.
   */
  eqAny?(values: readonly unknown[]): string | null;
  compare(operator: string, value: Scalar): string;
  exists(): string;
  size(n: number): string;
  elemMatch(condition: Record<string, unknown>): string;
}

/** `_id` is the table's primary key column. */
function idDialect(params: Params): FieldDialect {
  return {
    eq: (value) => (typeof value === 'string' ? `id = ${params.add(value)}` : 'FALSE'),
    eqAny: (values) => (values.every((v) => typeof v === 'string') ? `id = ANY(${params.add([...values])}::text[])` : null),
    compare: (operator, value) => (typeof value === 'string' ? `id ${COMPARISONS[operator]} ${params.add(value)}` : 'FALSE'),
    exists: () => 'TRUE',
    size: () => 'FALSE',
    elemMatch: () => 'FALSE',
  };
}

/** A path with a declared index: the index's expression, compared as one value. */
function indexedDialect(path: string, params: Params, fallback: FieldDialect): FieldDialect {
  const e = valueExpression(path);
  return {
    eq: (value) => (value === null ? `(${e} IS NULL OR ${e} = 'null'::jsonb)` : `${e} = ${params.json(value)}`),
    // A null among the values matches a missing field too: that needs the OR form.
    eqAny: (values) => (values.includes(null) ? null : `${e} = ANY(${params.add(values.map((v) => JSON.stringify(v)))}::jsonb[])`),
    compare: (operator, value) => `(${e} ${COMPARISONS[operator]} ${params.json(value)} AND jsonb_typeof(${e}) = '${jsonType(value)}')`,
    exists: () => `${e} IS NOT NULL`,
    size: (n) => fallback.size(n),
    elemMatch: (condition) => fallback.elemMatch(condition),
  };
}

/** An element condition of $elemMatch as an SQL/JSON path filter over `@`. */
function elementFilter(condition: Record<string, unknown>, vars: Record<string, unknown>): string {
  const variable = (value: unknown) => {
    checkValue(value);
    const name = `v${Object.keys(vars).length}`;
    vars[name] = value;
    return `$${name}`;
  };
  const onValue = (target: string, spec: unknown): string[] => {
    if (!isOperatorObject(spec)) return [`${target} == ${variable(spec)}`];
    return Object.entries(spec).map(([operator, operand]) => {
      if (operator === '$eq') return `${target} == ${variable(operand)}`;
      if (operator === '$ne') return `!(${target} == ${variable(operand)})`;
      if (operator in COMPARISONS) return `${target} ${COMPARISONS[operator]} ${variable(operand)}`;
      if (operator === '$in' && Array.isArray(operand)) {
        return operand.length === 0 ? 'false' : `(${operand.map((v) => `${target} == ${variable(v)}`).join(' || ')})`;
      }
      throw new QueryTranslationError(`${operator} is not supported inside $elemMatch`);
    });
  };
  const parts = Object.entries(condition).flatMap(([key, spec]) =>
    key.startsWith('$') ? onValue('@', { [key]: spec }) : onValue(`@${jsonPath(key).slice(1)}`, spec),
  );
  if (parts.length === 0) throw new QueryTranslationError('$elemMatch needs a condition');
  return parts.join(' && ');
}

/** Any other path: SQL/JSON path predicates, lax mode (arrays are searched element by element). */
function pathDialect(path: string, params: Params): FieldDialect {
  const p = jsonPath(path);
  const e = valueExpression(path);
  const match = (predicate: string, vars: Record<string, unknown>) =>
    `COALESCE(jsonb_path_match(doc, ${params.add(predicate)}::jsonpath, ${params.json(vars)}), false)`;
  const exists = () => `jsonb_path_exists(doc, ${params.add(p)}::jsonpath)`;
  return {
    eq: (value) => {
      // MongoDB: null matches a missing field too; a whole array or subdocument matches as a whole.
      if (value === null) return `(NOT ${exists()} OR ${match(`${p} == null`, {})})`;
      if (typeof value === 'object') return `${e} = ${params.json(value)}`;
      return match(`${p} == $v`, { v: value });
    },
    compare: (operator, value) => match(`${p} ${COMPARISONS[operator]} $v`, { v: value }),
    exists,
    size: (n) => `(jsonb_typeof(${e}) = 'array' AND jsonb_array_length(${e}) = ${params.add(n)}::int)`,
    elemMatch: (condition) => {
      const vars: Record<string, unknown> = {};
      const filter = elementFilter(condition, vars);
      return `jsonb_path_exists(doc, ${params.add(`${p}[*] ? (${filter})`)}::jsonpath, ${params.json(vars)})`;
    },
  };
}

export interface FilterContext {
  /** Paths covered by a declared index of the collection (compared through the index expression). */
  readonly indexedPaths: ReadonlySet<string>;
  /** Paths of multikey indexes (arrays): a value matches by containment, through the GIN index. */
  readonly arrayPaths: ReadonlySet<string>;
}

/** An array field with a multikey (GIN) index: `{ stakeholders: 'u1' }` is containment. */
function arrayDialect(path: string, params: Params, fallback: FieldDialect): FieldDialect {
  const e = valueExpression(path);
  return {
    ...fallback,
    eq: (value) => (value === null || typeof value === 'object' ? fallback.eq(value) : `${e} @> ${params.json([value])}`),
  };
}

function fieldCondition(path: string, spec: unknown, params: Params, context: FilterContext): string {
  const dialect =
    path === '_id'
      ? idDialect(params)
      : context.arrayPaths.has(path)
        ? arrayDialect(path, params, pathDialect(path, params))
        : context.indexedPaths.has(path)
          ? indexedDialect(path, params, pathDialect(path, params))
          : pathDialect(path, params);
  const eq = (value: unknown) => {
    checkValue(value);
    return dialect.eq(value);
  };
  if (!isOperatorObject(spec)) return eq(spec);
  const parts = Object.entries(spec).map(([operator, operand]) => {
    switch (operator) {
      case '$eq':
        return eq(operand);
      case '$ne':
        return `NOT COALESCE(${eq(operand)}, false)`;
      case '$in':
      case '$nin': {
        if (!Array.isArray(operand)) throw new QueryTranslationError(`${operator} needs an array`);
        operand.forEach(checkValue);
        const any = operand.length === 0 ? 'FALSE' : (operand.length > 1 ? dialect.eqAny?.(operand) : null) ?? `(${operand.map(eq).join(' OR ')})`;
        return operator === '$in' ? any : `NOT COALESCE(${any}, false)`;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte':
        checkValue(operand);
        return dialect.compare(operator, operand as Scalar);
      case '$exists':
        return operand ? dialect.exists() : `NOT ${dialect.exists()}`;
      case '$all': {
        if (!Array.isArray(operand) || operand.length === 0) throw new QueryTranslationError('$all needs a non-empty array');
        return `(${operand.map(eq).join(' AND ')})`;
      }
      case '$size':
        if (!Number.isInteger(operand) || (operand as number) < 0) throw new QueryTranslationError('$size needs a non-negative integer');
        return dialect.size(operand as number);
      case '$elemMatch':
        if (operand === null || typeof operand !== 'object' || Array.isArray(operand)) throw new QueryTranslationError('$elemMatch needs an object');
        return dialect.elemMatch(operand as Record<string, unknown>);
      default:
        throw new QueryTranslationError(`${operator} is not supported by the PostgreSQL document store`);
    }
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

/** A filter as an SQL boolean expression (`TRUE` for an empty filter). */
export function filterSql(filter: DocumentFilter, params: Params, context: FilterContext): string {
  assertQueryable(filter);
  const parts = Object.entries(filter).map(([key, value]) => {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || value.length === 0) throw new QueryTranslationError(`${key} needs a non-empty array of filters`);
      const inner = value.map((f: DocumentFilter) => filterSql(f, params, context));
      if (key === '$and') return `(${inner.join(' AND ')})`;
      const any = `(${inner.join(' OR ')})`;
      return key === '$or' ? any : `NOT ${any}`;
    }
    if (key.startsWith('$')) throw new QueryTranslationError(`${key} is not supported by the PostgreSQL document store`);
    return fieldCondition(key, value, params, context);
  });
  return parts.length === 0 ? 'TRUE' : parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

/**
 * ORDER BY for a sort spec. Missing fields sort first ascending and last descending, as in
 * MongoDB; the id breaks ties, so pages never overlap or skip a document. The id is never null,
 * so it is ordered with PostgreSQL's default null placement, which is how the indexes hold it: an
 * explicit NULLS FIRST would not match them and put a sort on top of every sorted page.
 */
export function orderBySql(sort: DocumentSort | undefined): string {
  assertQueryable(sort);
  const keys = Object.entries(sort ?? {}).map(([path, direction]) => {
    if (direction !== 1 && direction !== -1) throw new QueryTranslationError(`sort direction of ${path} must be 1 or -1`);
    if (path === '_id') return direction === 1 ? 'id ASC' : 'id DESC';
    const e = valueExpression(path);
    return direction === 1 ? `${e} ASC NULLS FIRST` : `${e} DESC NULLS LAST`;
  });
  if (!Object.keys(sort ?? {}).includes('_id')) keys.push('id ASC');
  return keys.join(', ');
}
