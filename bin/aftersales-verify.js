#!/usr/bin/env node
// The offline evidence-bundle verifier (services/audit/src/cli/aftersales-verify.ts), compiled by
// `npm run build`. It reads files only: no network, no database.
let verifier;
try {
  verifier = require('../dist/services/audit/src/cli/aftersales-verify.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('aftersales-verify: run `npm run build` first (dist/ is missing)\n');
    process.exit(2);
  }
  throw err;
}
verifier.main(process.argv.slice(2));
