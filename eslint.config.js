// Module boundaries (ARCHITECTURE.md "Layout", STYLE.md "Nx module boundaries"): two tag
// dimensions. scope:<context> keeps contexts apart; type:* keeps layers apart and keeps
// infrastructure clients out of domain and utility code.
const nx = require('@nx/eslint-plugin');

const INFRASTRUCTURE = [
  '@nestjs/*',
  'express',
  'mongoose',
  'mongodb',
  'kafkajs',
  'pg',
  '@electric-sql/pglite',
  '@eventstore/db-client',
  'nestjs-pino',
  'pino',
];

/** The bounded contexts of ARCHITECTURE.md; each project of one is tagged scope:<context>. */
const CONTEXTS = ['intake', 'qa', 'dispatch', 'warehouse-returns', 'finance-ratio', 'audit'];

module.exports = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', 'tmp', 'data', '.nx', 'coverage', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Annotated defaults on decorated properties feed emitDecoratorMetadata (class-validator, Swagger).
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // scope: a context sees shared libraries and itself, never another context (they talk
            // through libs/contracts, which is scope:shared). Only the standalone composes them all.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:standalone', onlyDependOnLibsWithTags: ['*'] },
            ...CONTEXTS.map((context) => ({
              sourceTag: `scope:${context}`,
              onlyDependOnLibsWithTags: ['scope:shared', `scope:${context}`],
            })),
            // type: layers from apps down to contracts.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:infrastructure', 'type:platform', 'type:data-access', 'type:domain', 'type:util', 'type:contracts'],
            },
            // The distributed composition: binds the adapters to the ports for a service's process.
            {
              sourceTag: 'type:infrastructure',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:platform', 'type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: ['@nestjs/*', 'express'],
            },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:contracts'],
              bannedExternalImports: INFRASTRUCTURE,
            },
            {
              sourceTag: 'type:util',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: INFRASTRUCTURE,
            },
            // Contracts are the one thing services share: they depend on nothing at all.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: ['*'] },
          ],
        },
      ],
    },
  },
];
