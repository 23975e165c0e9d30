import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import type { ESLint as ESLintClass } from 'eslint';
import type { Tree } from '@nx/devkit';
import { buildErrorCodes, codeLiteralsOutsideErrorsFiles } from '../../tools/errors/error-codes';
import { buildRulesIndex } from '../../tools/rules/rules-index';
import { checkProjects, constrainedTags } from '../boundaries/projects';

const ROOT = resolve(__dirname, '../..');
/** What the generator reads and writes, and what tsc, ESLint, Nx and jest need to judge its output. */
// package-lock.json: Nx takes the external nodes of its graph from it, which the boundary rule's
// allow-lists of npm packages check against.
const COPIED = ['libs', 'services', 'tools', 'deploy', 'docker-compose.yml', 'eslint.config.js', 'nx.json', 'package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.json', 'jest.config.js'];
// A context that will never exist in the workspace (the planned ones, dispatch and the rest, are
// made by this generator and then exist, which it refuses): its entity is the default
// `<name>-case`, and it is tagged with a rule no generated context claims by default.
const CONTEXT = 'generator-probe';
const RULE = 'SV-4';

type Generator = ((tree: Tree, options: { name: string; entity?: string; rule?: string; skipDocs?: boolean }) => Promise<() => void>) & {
  normalize(tree: Tree, options: { name: string; entity?: string; rule?: string }): Record<string, unknown>;
};

/**
 * `npx nx g ./tools/generators:context` (issue 12 item 9) run into a copy of the workspace, whose
 * output must pass what a commit must pass: tsc with the workspace, ESLint with the module
 * boundaries, the workspace checks (project tags, error codes, rule tags) and its own specs.
 */
describe('the context generator makes a context that passes typecheck, lint and its own tests as generated', () => {
  let root: string;
  let generated: string[];
  let changed: string[];
  let specs: Promise<{ code: number | null; output: string }>;
  let child: ChildProcess | undefined;
  let generator: Generator;
  let FsTree: new (root: string, verbose: boolean) => Tree & { listChanges(): { path: string; type: string }[] };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'context-generator-'));
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(root, entry), { recursive: true, filter: (src) => !/[\\/](node_modules|dist|\.nx)$/.test(src) });
    mkdirSync(join(root, 'test'));
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    // Nx (the generator's devkit, the boundary rule's project graph) takes its workspace root from
    // this, read when its modules load: so they load below, once it points at the copy.
    process.env.NX_WORKSPACE_ROOT_PATH = root;
    process.env.NX_DAEMON = 'false';
    ({ FsTree } = require('nx/src/generators/tree'));
    generator = require(join(root, 'tools/generators/context/generator.js'));
    const { flushChanges } = require('nx/src/generators/tree');

    const tree = new FsTree(root, false);
    await generator(tree, { name: CONTEXT, rule: RULE, skipDocs: true });
    const changes = tree.listChanges();
    flushChanges(root, changes as never);
    generated = changes.filter((c) => c.type === 'CREATE').map((c) => c.path);
    changed = changes.filter((c) => c.type === 'UPDATE').map((c) => c.path);

    // Its specs run in a jest of the copy while this one type-checks and lints.
    specs = new Promise((done) => {
      let output = '';
      child = spawn(process.execPath, [require.resolve('jest/bin/jest'), '--ci', '--no-watchman', `libs/${CONTEXT}`, 'libs/contracts'], { cwd: root, env: { ...process.env, CI: 'true' } });
      child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => done({ code, output }));
    });
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill();
    await specs?.catch(() => undefined);
    delete process.env.NX_WORKSPACE_ROOT_PATH;
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('writes the domain and feature libraries, the contract, the service, and wires them in', () => {
    expect(generated).toEqual(
      expect.arrayContaining([
        'libs/generator-probe/domain/src/generator-probe-case.decider.ts',
        'libs/generator-probe/domain/src/generator-probe-case.decider.spec.ts',
        'libs/generator-probe/domain/src/errors.ts',
        'libs/generator-probe/domain/src/obligations.ts',
        'libs/generator-probe/feature/src/generator-probe-case.aggregate.ts',
        'libs/generator-probe/feature/src/commands/open-generator-probe-case/open-generator-probe-case.handler.ts',
        'libs/generator-probe/feature/src/commands/close-generator-probe-case/close-generator-probe-case.http.controller.ts',
        'libs/generator-probe/feature/src/queries/list-generator-probe-cases/list-generator-probe-cases.request.dto.ts',
        'libs/generator-probe/feature/src/generator-probe-relay.ts',
        'libs/generator-probe/feature/src/use-case-kit.ts',
        'libs/contracts/src/generator-probe/generator-probe-events.v1.schema.ts',
        'services/generator-probe/src/main.ts',
        'services/generator-probe/src/tracing.ts',
        'deploy/k8s/services/generator-probe.yaml',
      ]),
    );
    expect(changed.sort()).toEqual(
      [
        'deploy/k8s/kafka-topics-job.yaml',
        'deploy/k8s/kustomization.yaml',
        'deploy/k8s/services.txt',
        'docker-compose.yml',
        // The new context joins CONTEXTS (the boundary rule's list of contexts).
        'eslint.config.js',
        'libs/contracts/src/index.ts',
        'libs/contracts/src/integration-events.ts',
        // The new context's record topic joins the ones audit archives (AU-1).
        'libs/contracts/src/record-topics.ts',
        'services/standalone/src/context-modules.ts',
        'tsconfig.base.json',
      ].sort(),
    );
    const text = (file: string) => readFileSync(join(root, file), 'utf8');
    // Last in the standalone's module list (one line, or one module a line).
    expect(text('services/standalone/src/context-modules.ts')).toMatch(/WarehouseReturnsModule\.forRoot\([^\n]*\),?\s*GeneratorProbeModule\.forRoot\(\),?\s*\];/);
    // The new topic goes last in the topics job's list, after the topics that were there.
    const topics = (yaml: string) => [...yaml.matchAll(/^ {16}(aftersales\.[a-z-]+\.events)$/gm)].map((m) => m[1]);
    expect(topics(text('deploy/k8s/kafka-topics-job.yaml'))).toEqual([...topics(readFileSync(join(ROOT, 'deploy/k8s/kafka-topics-job.yaml'), 'utf8')), 'aftersales.generator-probe.events']);
    expect(text('docker-compose.yml')).toContain('command: ["node", "dist/services/generator-probe/src/main.js"]');
    expect(JSON.parse(text('tsconfig.base.json')).compilerOptions.paths).toMatchObject({
      '@aftersales/generator-probe-domain': ['libs/generator-probe/domain/src/index.ts'],
      '@aftersales/generator-probe': ['libs/generator-probe/feature/src/index.ts'],
    });
  });

  it('refuses a context that exists and a name that is not lower-case kebab, changing nothing', async () => {
    for (const name of [CONTEXT, 'qa', 'intake', 'contracts']) {
      const tree = new FsTree(root, false);
      await expect(generator(tree, { name, skipDocs: true })).rejects.toThrow(/exists already|shared library/);
      expect(tree.listChanges()).toEqual([]);
    }
    for (const name of ['Dispatch', 'finance_ratio', 'finance--ratio', '-audit', '2nd', '']) {
      await expect(generator(new FsTree(root, false), { name })).rejects.toThrow('lower-case kebab');
    }
    await expect(generator(new FsTree(root, false), { name: 'billing', rule: 'XX-1' })).rejects.toThrow('XX-1 is not a rule of DOMAIN.md');
    // The planned contexts' defaults, read against a workspace that has none of them yet (this one
    // has some: they were made with these defaults).
    const bare = mkdtempSync(join(tmpdir(), 'context-generator-bare-'));
    try {
      mkdirSync(join(bare, 'tools/rules'), { recursive: true });
      cpSync(join(ROOT, 'tools/rules/rules-index.ts'), join(bare, 'tools/rules/rules-index.ts'));
      writeFileSync(join(bare, 'tsconfig.base.json'), '{}');
      expect(generator.normalize(new FsTree(bare, false), { name: 'finance-ratio' })).toMatchObject({ entity: 'ratio-alert', entityPlural: 'ratio-alerts', rule: 'FR-2', ctxConst: 'FINANCE_RATIO' });
      expect(generator.normalize(new FsTree(bare, false), { name: 'dispatch' })).toMatchObject({ entity: 'work-order', entityPlural: 'work-orders', rule: 'DI-1', ctxConst: 'DISPATCH' });
      expect(generator.normalize(new FsTree(bare, false), { name: 'billing' })).toMatchObject({ entity: 'billing-case', rule: null });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('type-checks with the workspace (tsc over the new files and every file they reach)', () => {
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const files = [...generated, ...changed].filter((f) => f.endsWith('.ts')).map((f) => join(root, f));
    const program = ts.createProgram(files, { ...options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file && d.start !== undefined ? `${d.file.fileName.slice(root.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);

  it('lints clean with the workspace config, module boundaries included (the new projects are in the graph)', async () => {
    execFileSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'show', 'projects'], { cwd: root, stdio: 'ignore', env: process.env });
    const { ESLint } = require('eslint') as { ESLint: typeof ESLintClass };
    // Handed over rather than named: ESLint would import() it, which jest's sandbox refuses.
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: require(join(root, 'eslint.config.js')) });
    const results = await eslint.lintFiles([...generated, ...changed].filter((f) => f.endsWith('.ts')));
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([]);
    const [probe] = await eslint.lintText("import { Injectable } from '@nestjs/common';\nexport const used = Injectable;\n", { filePath: join(root, 'libs/generator-probe/domain/src/probe.ts') });
    expect(probe.messages.map((m) => m.message)).toEqual(['A project tagged with "type:domain" is not allowed to import "@nestjs/common"']);
  }, 60_000);

  it('passes the workspace checks: tagged projects with aliases, error codes defined once, rule tags with their specs', () => {
    const config = require(join(root, 'eslint.config.js')) as { files?: string[]; rules?: Record<string, unknown> }[];
    const block = config.find((c) => c.files?.includes('**/*.ts') && c.rules?.['@nx/enforce-module-boundaries']);
    const [, { depConstraints }] = block?.rules?.['@nx/enforce-module-boundaries'] as [string, { depConstraints: { sourceTag?: string }[] }];
    expect(checkProjects(root, constrainedTags(depConstraints))).toEqual([]);
    expect(codeLiteralsOutsideErrorsFiles(root)).toEqual([]);
    expect(buildErrorCodes(root).filter((c) => c.code.startsWith('GENERATOR_PROBE.'))).toEqual([
      expect.objectContaining({ code: 'GENERATOR_PROBE.GENERATOR_PROBE_CASE_IS_OPEN', status: 409 }),
      expect.objectContaining({ code: 'GENERATOR_PROBE.GENERATOR_PROBE_CASE_IS_CLOSED', status: 409 }),
      expect.objectContaining({ code: 'GENERATOR_PROBE.GENERATOR_PROBE_CASE_NOT_FOUND', status: 404 }),
      expect.objectContaining({ code: 'GENERATOR_PROBE.GENERATOR_PROBE_CASE_EXISTS', status: 409 }),
    ]);
    // Only the generated context's tags (a later context may tag the same rule).
    const rule = buildRulesIndex(root).find((r) => r.id === RULE);
    const mine = (file: string) => file.startsWith(`libs/${CONTEXT}/`);
    expect(rule?.decisions.filter((d) => mine(d.file))).toEqual([
      expect.objectContaining({ file: 'libs/generator-probe/domain/src/generator-probe-case.decider.ts', site: "case 'Open'" }),
      expect.objectContaining({ file: 'libs/generator-probe/domain/src/obligations.ts' }),
    ]);
    expect(rule?.specs.filter(mine)).toEqual(['libs/generator-probe/domain/src/generator-probe-case.decider.spec.ts']);
  });

  it("passes its own specs (the decider's, the published contract's) and the contracts library's", async () => {
    const { code, output } = await specs;
    expect(code === 0 ? 'passed' : output).toBe('passed');
    expect(output).toMatch(/generator-probe-case\.decider\.spec\.ts/);
    expect(output).toMatch(/integration-events\.spec\.ts/);
  }, 120_000);
});
