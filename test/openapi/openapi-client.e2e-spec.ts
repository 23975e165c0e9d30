import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { standaloneOpenApiDocument } from '../../tools/openapi/document';

const ROOT = resolve(__dirname, '../..');
const CLIENT = join(ROOT, 'services/standalone/src/testing/client');

/**
 * The typed client the e2e suites use (services/standalone/src/testing/client) is generated from the document, and the document is built
 * from the controllers: the committed types must equal what the current document generates, so
 * `npm run typecheck` checks the suites against the contract the server really documents.
 */
describe('the generated API client', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftersales-client-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equals what the current OpenAPI document generates (else: npm run openapi:client)', async () => {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(await standaloneOpenApiDocument()));
    execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(CLIENT, 'write-types.ts'), join(dir, 'openapi.json'), join(dir, 'schema.d.ts')], { cwd: ROOT, stdio: 'pipe' });
    const current = readFileSync(join(dir, 'schema.d.ts'), 'utf8');
    const committed = readFileSync(join(CLIENT, 'schema.d.ts'), 'utf8');
    expect(current === committed ? 'in step' : 'services/standalone/src/testing/client/schema.d.ts is stale: run npm run openapi:client').toBe('in step');
  }, 60_000);
});
