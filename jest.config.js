// One jest run over every project: unit (*.spec.ts), real-adapter (*.int-spec.ts) and
// end-to-end (*.e2e-spec.ts) tiers. Type checking is `npm run typecheck`; jest only transpiles.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/infra/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    // jose ships ECMAScript modules only: Node requires them natively (20.19+), jest's loader needs them as CommonJS.
    '^.+/node_modules/jose/.+\\.js$': '<rootDir>/tools/jest/esm-to-commonjs.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
