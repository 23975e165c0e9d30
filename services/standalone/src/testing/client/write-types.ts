import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientTypesOf } from './generate';

/**
 * `tsx services/standalone/src/testing/client/write-types.ts <openapi.json> [<out.d.ts>]`: the
 * client types of a document, into schema.d.ts beside this file by default. (A script, not a jest import: openapi-typescript loads
 * ES modules that jest's CommonJS runtime cannot.)
 */
async function main(): Promise<void> {
  const [source, out = join(__dirname, 'schema.d.ts')] = process.argv.slice(2);
  if (!source) throw new Error('usage: write-types.ts <openapi.json> [<out.d.ts>]');
  writeFileSync(out, await clientTypesOf(JSON.parse(readFileSync(source, 'utf8')) as object));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
