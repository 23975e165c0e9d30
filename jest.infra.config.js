// The distributed tier (`npm run test:infra`): adapter contract suites and end-to-end suites that
// need real servers (Kafka, the Mongo-wire server, PostgreSQL, EventStoreDB). Files are named
// *.infra-spec.ts so `npm test` (jest.config.js) never picks them up. Servers come from
// KAFKA_BROKERS, MONGO_URL, PG_URL and EVENTSTORE_URL; `npm run infra:up` starts the local ones.
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testMatch: ['**/*.infra-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 120000,
  // One broker and one Mongo-wire server on two cores: run suites one after another.
  maxWorkers: 1,
  // EventStoreDB through testcontainers where Docker exists and EVENTSTORE_URL is unset.
  globalSetup: '<rootDir>/test/infra/global-setup.ts',
  globalTeardown: '<rootDir>/test/infra/global-teardown.ts',
};
