// Module boundaries (ARCHITECTURE.md "Layout", STYLE.md "Nx module boundaries"): two tag
// dimensions. scope:<context> keeps contexts apart; type:* keeps layers apart. Domain and utility
// libraries import from npm only what an allow-list names (none for a domain), so Nest, a database
// client or a validator entering pure code fails lint instead of waiting for a deny-list entry.
const nx = require('@nx/eslint-plugin');

/**
 * External packages a utility library may import, by project root: an allow-list, so a new
 * dependency (a validator, a query engine, a parser) enters shared pure code only by being named
 * here. Node's built-ins (`node:crypto`) are not packages and stay allowed.
 */
const UTIL_EXTERNALS = {
  'libs/calendar': ['chinese-days', 'chinese-days/*'],
  'libs/eventsourcing': ['mingo', 'uuid'],
  'libs/policy': ['ajv', 'yaml'],
  // RFC 8785 canonical JSON: the leaf bytes of the audit log (ADR 013).
  'libs/verifiable-log': ['json-canonicalize'],
};

/**
 * External packages libs/contracts may import: ajv alone, so the published schemas are compiled
 * where they are written and JSONSchemaType<T> keeps each one in step with its type. Nothing else:
 * every service imports the contracts.
 */
const CONTRACTS_EXTERNALS = ['ajv'];

/** The bounded contexts of ARCHITECTURE.md; each project of one is tagged scope:<context>. */
const CONTEXTS = ['intake', 'qa', 'dispatch', 'warehouse-returns', 'finance-ratio', 'audit'];

/** The boundary rule; `utilExternals` is what a type:util library may import from npm. */
function moduleBoundaries(utilExternals) {
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        // scope: a context sees shared libraries and itself, never another context (they talk
        // through libs/contracts, which is scope:shared). Only the standalone composes them all.
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:standalone', onlyDependOnLibsWithTags: ['*'] },
        // The audit service's composition root provides the contexts' aggregate definitions for
        // case replay and the case file (ADR 019): an app may read every context's feature lib,
        // as the standalone does; audit's libs still never import another context.
        { sourceTag: 'scope:audit-service', onlyDependOnLibsWithTags: ['scope:shared', ...CONTEXTS.map((context) => `scope:${context}`)] },
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
          // Deciders and policies are plain TypeScript over the shared utilities: no npm package at all.
          allowedExternalImports: [],
        },
        {
          sourceTag: 'type:util',
          onlyDependOnLibsWithTags: ['type:util'],
          allowedExternalImports: utilExternals,
        },
        // Contracts are the one thing services share: they depend on no library, and on npm only
        // for the schema checker (CONTRACTS_EXTERNALS).
        { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], allowedExternalImports: CONTRACTS_EXTERNALS },
      ],
    },
  ];
}

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
      '@nx/enforce-module-boundaries': moduleBoundaries([]),
    },
  },
  // Each utility library's own allow-list (flat config: the later block wins for its files).
  ...Object.entries(UTIL_EXTERNALS).map(([root, externals]) => ({
    files: [`${root}/**/*.ts`],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries(externals) },
  })),
];
