// @ts-check
// `npx nx g ./tools/generators:context <name>`: a new bounded context as the kit makes one
// (docs/new-context.md). Plain CommonJS with JSDoc types: Nx 23 loads a local generator written in
// TypeScript only through @swc-node/register or ts-node, and this workspace has neither (Node 20
// cannot strip types), so the generator is JavaScript the way Nx would load it anyway.
const { execSync } = require('node:child_process');
const path = require('node:path');
const { generateFiles, joinPathFragments, logger, updateJson } = require('@nx/devkit');

/** @typedef {import('@nx/devkit').Tree} Tree */
/** @typedef {{ name: string; entity?: string; rule?: string; skipDocs?: boolean }} ContextOptions */

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The contexts ARCHITECTURE.md plans, with the aggregate each starts from and the DOMAIN.md rule
 * that aggregate first decides; any other name starts from `<name>-case` and no rule.
 * @type {Record<string, { entity: string; rule: string }>}
 */
const PLANNED = {
  dispatch: { entity: 'work-order', rule: 'DI-1' },
  'warehouse-returns': { entity: 'return-request', rule: 'WR-1' },
  'finance-ratio': { entity: 'ratio-alert', rule: 'FR-2' },
  audit: { entity: 'archive-submission', rule: 'AU-3' },
};

/** Folders and aliases a context may not take: the shared libraries' and the all-in-one's. */
const RESERVED = ['adapters', 'calendar', 'contracts', 'eventsourcing', 'infrastructure', 'platform', 'policy', 'standalone', 'shared'];

/** @param {string} kebab */
const words = (kebab) => kebab.split('-').join(' ');
/** @param {string} kebab */
const pascal = (kebab) => kebab.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
/** @param {string} kebab */
const camel = (kebab) => pascal(kebab).replace(/^./, (c) => c.toLowerCase());
/** @param {string} kebab */
const constant = (kebab) => kebab.split('-').join('_').toUpperCase();
/** English plural of the last word of a kebab name (work-order → work-orders, ratio-alert → ratio-alerts). */
function plural(/** @type {string} */ kebab) {
  if (/[^aeiou]y$/.test(kebab)) return `${kebab.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(kebab)) return `${kebab}es`;
  return `${kebab}s`;
}

/**
 * Reads and checks the options: a lower-case kebab name no project, folder or alias has yet, and a
 * rule DOMAIN.md has (the rule ids tools/rules/rules-index.ts lists).
 * @param {Tree} tree
 * @param {ContextOptions} options
 */
function normalize(tree, options) {
  const name = options.name;
  if (typeof name !== 'string' || !KEBAB.test(name)) {
    throw new Error(`context: the name must be lower-case kebab (letters, digits, single hyphens; e.g. dispatch, finance-ratio), got ${JSON.stringify(name)}`);
  }
  if (RESERVED.includes(name)) throw new Error(`context: ${name} is a shared library's name, not a context's`);
  const taken = [`libs/${name}`, `services/${name}`, `libs/contracts/src/${name}`, `deploy/k8s/services/${name}.yaml`].filter((p) => tree.exists(p));
  /** @type {Record<string, unknown>} */
  const paths = JSON.parse(tree.read('tsconfig.base.json', 'utf-8') ?? '{}').compilerOptions?.paths ?? {};
  taken.push(...[`@aftersales/${name}`, `@aftersales/${name}-domain`].filter((alias) => alias in paths));
  if (taken.length > 0) throw new Error(`context: ${name} exists already (${taken.join(', ')}); the generator makes new contexts only`);

  const planned = PLANNED[name];
  const entity = options.entity ?? planned?.entity ?? `${name}-case`;
  if (!KEBAB.test(entity)) throw new Error(`context: the entity must be lower-case kebab (e.g. work-order), got ${JSON.stringify(entity)}`);
  const rule = options.rule === 'none' ? null : (options.rule ?? planned?.rule ?? null);
  if (rule !== null) {
    const known = [...(tree.read('tools/rules/rules-index.ts', 'utf-8') ?? '').matchAll(/^\s*'([A-Z]{2}-\d+)':/gm)].map((m) => m[1]);
    if (!known.includes(rule)) throw new Error(`context: ${rule} is not a rule of DOMAIN.md (tools/rules/rules-index.ts DOMAIN_RULES)`);
  }

  const entityPlural = plural(entity);
  const ctxConst = constant(name);
  const entityConst = constant(entity);
  return {
    // Path substitutions (__ctx__, __entity__, __entityPlural__) and the templates' names.
    ctx: name,
    ctxCamel: camel(name),
    ctxClass: pascal(name),
    ctxConst,
    ctxWords: words(name),
    entity,
    entityCamel: camel(entity),
    entityClass: pascal(entity),
    entityConst,
    entityWords: words(entity),
    entityA: `${/^[aeiou]/.test(entity) ? 'an' : 'a'} ${words(entity)}`,
    entityPlural,
    entityPluralCamel: camel(entityPlural),
    entityPluralClass: pascal(entityPlural),
    entityPluralConst: constant(entityPlural),
    entityPluralWords: words(entityPlural),
    id: `${camel(entity)}Id`,
    streamPrefixConst: `${ctxConst}_${entityConst}_STREAM_PREFIX`,
    topicConst: `${ctxConst}_TOPIC`,
    rule,
    /** `DI-1 ` before a spec title that names the rule, or nothing. */
    ruleTitle: rule ? `${rule} ` : '',
  };
}

/** @param {Tree} tree @param {string} file */
function read(tree, file) {
  const text = tree.read(file, 'utf-8');
  if (text === null) throw new Error(`context: ${file} is missing; the generator wires a new context into it`);
  return text;
}

/**
 * Rewrites one wiring file, failing loudly when the text it expects has moved (so a refactor of
 * the file shows up here rather than as a context that is silently not wired).
 * @param {Tree} tree @param {string} file @param {RegExp} anchor @param {(match: string, ...groups: string[]) => string} replace
 */
function edit(tree, file, anchor, replace) {
  const text = read(tree, file);
  if (!anchor.test(text)) throw new Error(`context: ${file} no longer has ${anchor}; wire the context by hand (docs/new-context.md) and update tools/generators/context/generator.js`);
  tree.write(file, text.replace(anchor, /** @type {(substring: string, ...args: any[]) => string} */ (replace)));
}

/** @param {Tree} tree @param {ReturnType<typeof normalize>} v */
function wire(tree, v) {
  // Path aliases: the domain and the feature library (test/boundaries wants one per library).
  updateJson(tree, 'tsconfig.base.json', (json) => {
    json.compilerOptions.paths[`@aftersales/${v.ctx}-domain`] = [`libs/${v.ctx}/domain/src/index.ts`];
    json.compilerOptions.paths[`@aftersales/${v.ctx}`] = [`libs/${v.ctx}/feature/src/index.ts`];
    return json;
  });

  // The boundary rule's contexts: scope:<name> may see shared libraries and itself only.
  const contexts = /const CONTEXTS = \[([^\]]*)\];/;
  const listed = (contexts.exec(read(tree, 'eslint.config.js'))?.[1] ?? '').split(',').map((s) => s.trim().replace(/^'|'$/g, ''));
  if (!listed.includes(v.ctx)) edit(tree, 'eslint.config.js', contexts, (_m, list) => `const CONTEXTS = [${list}, '${v.ctx}'];`);

  // The published contract: its types and schemas beside the others, in the one registry.
  edit(tree, 'libs/contracts/src/index.ts', /((?:export \* from '\.\/[a-z0-9-]+\/[^']+';\n)+)/, (block) =>
    `${block}export * from './${v.ctx}/${v.ctx}-events.v1';\nexport * from './${v.ctx}/${v.ctx}-events.v1.schema';\n`,
  );
  const registry = 'libs/contracts/src/integration-events.ts';
  edit(tree, registry, /((?:import [^\n]+\n)+)/, (imports) =>
    `${imports}import { ${v.ctxClass}IntegrationEventData } from './${v.ctx}/${v.ctx}-events.v1';\nimport { ${v.ctxCamel}EventSchemasV1 } from './${v.ctx}/${v.ctx}-events.v1.schema';\n`,
  );
  edit(tree, registry, /(export type IntegrationEventData = [^;]+);/, (_m, type) => `${type} & ${v.ctxClass}IntegrationEventData;`);
  edit(tree, registry, /(new ContractRegistry\(\[[^\]]*)\]\)/, (_m, list) => `${list}, ...contractsOf(1, ${v.ctxCamel}EventSchemasV1)])`);
  // AU-1: the audit service archives the new context's full record (aftersales.<context>.record).
  edit(tree, 'libs/contracts/src/record-topics.ts', /(export const RECORDED_CONTEXTS = \[[^\]]*)\]/, (_m, list) => `${list}, '${v.ctx}']`);

  // The standalone runs every context's module.
  const modules = 'services/standalone/src/context-modules.ts';
  edit(tree, modules, /((?:import [^\n]+\n)+)/, (imports) => `${imports}import { ${v.ctxClass}Module } from '@aftersales/${v.ctx}';\n`);
  // One line (`return [A, B];`) or one module a line with a trailing comma: the new one goes last, alike.
  edit(tree, modules, /(export function contextModules\([^)]*\)[^{]*\{\s*return \[[^\]]*?),?(\s*)\];/, (_m, head, space) =>
    space.includes('\n') ? `${head},\n    ${v.ctxClass}Module.forRoot(),${space}];` : `${head}, ${v.ctxClass}Module.forRoot()];`,
  );

  wireDeployment(tree, v);
}

/** Kubernetes (deploy/k8s, as its generate.sh writes it), the topics job and docker compose. */
function wireDeployment(/** @type {Tree} */ tree, /** @type {ReturnType<typeof normalize>} */ v) {
  edit(tree, 'deploy/k8s/services.txt', /\n*$/, () => `\n${v.ctx}\n`);
  const template = read(tree, 'deploy/k8s/template/service.yaml.tpl');
  tree.write(`deploy/k8s/services/${v.ctx}.yaml`, `# GENERATED by deploy/k8s/generate.sh from template/service.yaml.tpl: do not edit.\n${template.split('__SERVICE__').join(v.ctx)}`);
  edit(tree, 'deploy/k8s/kustomization.yaml', /((?: {2}- services\/[a-z0-9-]+\.yaml\n)+)/, (block) => `${block}  - services/${v.ctx}.yaml\n`);
  edit(tree, 'deploy/k8s/kafka-topics-job.yaml', /((\s+)aftersales\.[a-z0-9-]+\.events\n)(?!\s+aftersales\.)/, (line, _l, indent) => `${line}${indent.replace(/^\n+/, '')}aftersales.${v.ctx}.events\n`);

  const compose = read(tree, 'docker-compose.yml');
  const ports = [...compose.matchAll(/- "(30\d\d):3000"/g)].map((m) => Number(m[1]));
  const port = Math.max(3000, ...ports) + 1;
  edit(tree, 'docker-compose.yml', /(\n {2}# -+ the all-in-one)/, (anchor) =>
    [
      '',
      `  ${v.ctx}:`,
      '    <<: *context-service',
      `    command: ["node", "dist/services/${v.ctx}/src/main.js"]`,
      '    environment:',
      '      <<: *service-env',
      `      KAFKA_CLIENT_ID: ${v.ctx}`,
      `      MONGO_URL: mongodb://mongo:27017/aftersales-${v.ctx}`,
      '    ports:',
      `      - "${port}:3000"`,
      '',
    ].join('\n') + anchor,
  );
}

/**
 * @param {Tree} tree
 * @param {ContextOptions} options
 */
async function contextGenerator(tree, options) {
  const v = normalize(tree, options);
  generateFiles(tree, path.join(__dirname, 'files'), '.', { ...v, tmpl: '' });
  wire(tree, v);
  const made = [`libs/${v.ctx}/domain`, `libs/${v.ctx}/feature`, `libs/contracts/src/${v.ctx}`, `services/${v.ctx}`];
  return () => {
    // Generated from the sources the new files joined: they are stale until regenerated, and tests say so.
    if (!options.skipDocs) {
      for (const script of ['errors', 'rules', 'openapi:client', 'roles']) {
        logger.info(`context: npm run ${script}`);
        execSync(`npm run -s ${script}`, { cwd: tree.root, stdio: 'inherit' });
      }
    }
    logger.info(
      [
        `context ${v.ctx}: made ${made.join(', ')}, wired into tsconfig.base.json, eslint.config.js, libs/contracts, the standalone and deploy/.`,
        `Next: npm run lint && npm run typecheck && npx jest ${joinPathFragments('libs', v.ctx)} (docs/new-context.md).`,
      ].join('\n'),
    );
  };
}

module.exports = contextGenerator;
module.exports.default = contextGenerator;
module.exports.normalize = normalize;
