import { JSONSchemaType } from 'ajv';

// Building blocks of the contracts' JSON Schemas. Each keeps ajv's JSONSchemaType<T> checking a
// schema against its TypeScript type, and closes what JSONSchemaType leaves open.

const NULL = { type: 'null', nullable: true } as const;

/**
 * What JSONSchemaType<T> requires of `properties` for an object type T (a schema of each field's
 * type), and more: a required field that may be null must admit null (orNull), which
 * JSONSchemaType alone lets a plain `{ type: 'string' }` skip.
 */
type PropertiesOf<T> = NonNullable<Extract<JSONSchemaType<T>, { type: 'object' }>['properties']> & {
  readonly [K in keyof T]-?: undefined extends T[K] ? unknown : null extends T[K] ? { readonly anyOf: readonly [unknown, typeof NULL] } : unknown;
};

/** The optional fields of T (`field?:`), which a schema must not require. */
export type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/**
 * The schema of an object type T: a schema for every field (the compiler checks each against the
 * field's type), and every field required but the optional ones, which `optional` names, all of
 * them. (A hand-written `required` list that forgets a field compiles; this cannot.)
 */
export function object<T>(
  properties: PropertiesOf<T>,
  ...optional: [OptionalKeys<T>] extends [never] ? [] : [{ readonly [K in OptionalKeys<T>]: true }]
): JSONSchemaType<T> {
  const skip = new Set(Object.keys(optional[0] ?? {}));
  const required = Object.keys(properties).filter((name) => !skip.has(name));
  return { type: 'object', required, properties } as unknown as JSONSchemaType<T>;
}

/**
 * A required field of type `T | null`: `schema` or null. (JSONSchemaType<T> reserves `nullable` for
 * optional fields, where it also admits an absent one; a required nullable field is an anyOf.)
 */
export function orNull<const S>(schema: S): { readonly anyOf: readonly [S, typeof NULL] } {
  return { anyOf: [schema, NULL] };
}

/**
 * A string union as an enum. `values` names every member once as a key, so the compiler refuses a
 * list with a member missing or one the type does not have (an inline `enum` only catches the latter).
 */
export function literals<T extends string>(values: { readonly [K in T]: true }): { readonly type: 'string'; readonly enum: readonly T[] } {
  return { type: 'string', enum: Object.keys(values) as T[] };
}
