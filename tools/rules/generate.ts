import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRulesIndex, renderRulesIndex } from './rules-index';

/** `npm run rules`: regenerates docs/rules.md from the rule tags and the test titles. */
const root = join(__dirname, '..', '..');
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesIndex(buildRulesIndex(root)));
process.stdout.write('docs/rules.md written\n');
