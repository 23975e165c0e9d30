import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildErrorCodes, renderErrorCodes } from './error-codes';

/** `npm run errors`: regenerates docs/errors.md from the errors files. */
const root = join(__dirname, '..', '..');
writeFileSync(join(root, 'docs', 'errors.md'), renderErrorCodes(buildErrorCodes(root)));
process.stdout.write('docs/errors.md written\n');
