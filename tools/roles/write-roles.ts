import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneOpenApiDocument } from '../openapi/document';
import { MatrixDocument, buildRoleMatrix, renderRoleMatrix } from './roles-matrix';

/** `npm run roles`: regenerates docs/roles.md from the standalone app's route metadata (run from dist: Nest needs decorator metadata). */
async function main(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const document = (await standaloneOpenApiDocument()) as unknown as MatrixDocument;
  writeFileSync(join(root, 'docs', 'roles.md'), renderRoleMatrix(buildRoleMatrix(document)));
  process.stdout.write('docs/roles.md written\n');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
