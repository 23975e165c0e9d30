import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from the standalone app's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with \`npm run openapi:client\`; test/openapi/openapi-client.e2e-spec.ts fails when this
 * file differs from what the current document generates.
 */

`;

/**
 * The TypeScript types of an OpenAPI document (`paths`, `components`, `operations`), as committed.
 * A property with a default stays optional (a request may leave it out).
 */
export async function clientTypesOf(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { immutable: false, alphabetize: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}
