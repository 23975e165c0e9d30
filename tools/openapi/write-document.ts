import { writeFileSync } from 'node:fs';
import { standaloneOpenApiDocument } from './document';

/** `tsx tools/openapi/write-document.ts <file>`: writes the standalone app's OpenAPI document. */
async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: write-document.ts <output.json>');
  writeFileSync(out, JSON.stringify(await standaloneOpenApiDocument(), null, 2) + '\n');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
