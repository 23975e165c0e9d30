// `npm run fuzz -- --runs 5000 [--seed N] [--all | --defects nulAndSurrogates,deepNesting]`: the OpenAPI-driven fuzz suite
// (test/fuzz) for longer than `npm test` runs it. --all also generates the input families whose
// defects wait for the hardening branch (test/fuzz/hostile.ts, KNOWN_DEFECTS).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' }, all: { type: 'boolean', default: false }, defects: { type: 'string' } } });
if (!/^\d+$/.test(values.runs)) {
  process.stderr.write('usage: npm run fuzz -- --runs <N> [--seed <N>] [--all | --defects <family>,...]\n');
  process.exit(2);
}
const env = { ...process.env, FUZZ_RUNS: values.runs, ...(values.seed ? { FUZZ_SEED: values.seed } : {}), ...(values.all ? { FUZZ_ALL: '1' } : {}), ...(values.defects ? { FUZZ_DEFECTS: values.defects } : {}) };
const result = spawnSync('npx', ['jest', 'test/fuzz', '--verbose=false'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
