// `npm run fuzz -- --runs 5000 [--seed N]`: the OpenAPI-driven fuzz suite (test/fuzz) for longer
// than `npm test` runs it; --seed replays the run fast-check printed for a failure.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
if (!/^\d+$/.test(values.runs)) {
  process.stderr.write('usage: npm run fuzz -- --runs <N> [--seed <N>]\n');
  process.exit(2);
}
const env = { ...process.env, FUZZ_RUNS: values.runs, ...(values.seed ? { FUZZ_SEED: values.seed } : {}) };
const result = spawnSync('npx', ['jest', 'test/fuzz', '--verbose=false'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
