import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ESLint, Linter } from 'eslint';

const ROOT = resolve(__dirname, '../..');
const RULE = '@nx/enforce-module-boundaries';

/**
 * Lints source as if it were a file of the given project (the file need not exist: the boundary
 * rule finds the project from the path), with the workspace's own eslint.config.js.
 */
async function boundaryErrors(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result.messages.filter((m: Linter.LintMessage) => m.ruleId === RULE && m.severity === 2).map((m) => `${m.line}: ${m.message}`);
}

describe('lint fails a domain, utility or contracts library that reaches past its boundary', () => {
  let eslint: ESLint;

  beforeAll(() => {
    // The rule reads Nx's cached project graph and is silently skipped without one (npm run lint
    // builds it the same way first).
    execFileSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'show', 'projects'], { cwd: ROOT, stdio: 'ignore' });
    // The config is handed over rather than named: ESLint would import() it, which jest's module
    // sandbox refuses without --experimental-vm-modules.
    eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require(resolve(ROOT, 'eslint.config.js')) });
  }, 60_000);

  it('refuses Nest, mingo, class-validator, ajv and yaml in a domain library (an allow-list of none), and another context', async () => {
    const errors = await boundaryErrors(
      eslint,
      'libs/intake/domain/src/boundary-probe.ts',
      [
        "import { Injectable } from '@nestjs/common';",
        "import { update } from 'mingo';",
        "import { IsString } from 'class-validator';",
        "import Ajv from 'ajv';",
        "import { parse } from 'yaml';",
        "import { qaPolicyVersion } from '@aftersales/qa-domain';",
        'export const used = [Injectable, update, IsString, Ajv, parse, qaPolicyVersion];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([
      '1: A project tagged with "type:domain" is not allowed to import "@nestjs/common"',
      '2: A project tagged with "type:domain" is not allowed to import "mingo"',
      '3: A project tagged with "type:domain" is not allowed to import "class-validator"',
      '4: A project tagged with "type:domain" is not allowed to import "ajv"',
      '5: A project tagged with "type:domain" is not allowed to import "yaml"',
      '6: A project tagged with "scope:intake" can only depend on libs tagged with "scope:shared", "scope:intake"',
    ]);
  });

  it("lets a domain library import what it really imports: shared utilities, its own context, Node's built-ins", async () => {
    const errors = await boundaryErrors(
      eslint,
      'libs/qa/domain/src/boundary-probe.ts',
      [
        "import { createHash } from 'node:crypto';",
        "import { loadCalendarRegistry } from '@aftersales/calendar';",
        "import { PolicyError } from '@aftersales/policy';",
        "import { Clock } from '@aftersales/eventsourcing';",
        'export type Used = [typeof createHash, typeof loadCalendarRegistry, typeof PolicyError, Clock];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it("holds each utility library to its own allow-list: mingo is the event store's, not the calendar's", async () => {
    expect(await boundaryErrors(eslint, 'libs/calendar/src/boundary-probe.ts', "import { update } from 'mingo';\nexport const used = update;\n")).toEqual([
      '1: A project tagged with "type:util" is not allowed to import "mingo"',
    ]);
    expect(await boundaryErrors(eslint, 'libs/eventsourcing/src/boundary-probe.ts', "import { update } from 'mingo';\nexport const used = update;\n")).toEqual([]);
    expect(await boundaryErrors(eslint, 'libs/policy/src/boundary-probe.ts', "import { Injectable } from '@nestjs/common';\nexport const used = Injectable;\n")).toEqual([
      '1: A project tagged with "type:util" is not allowed to import "@nestjs/common"',
    ]);
  });

  it('lets the contracts import ajv (their schema checker) and nothing else: no other package, no library', async () => {
    const errors = await boundaryErrors(
      eslint,
      'libs/contracts/src/boundary-probe.ts',
      [
        "import Ajv from 'ajv';",
        "import { parse } from 'yaml';",
        "import { Clock } from '@aftersales/eventsourcing';",
        'export const used: [typeof Ajv, typeof parse, Clock | null] = [Ajv, parse, null];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([
      '2: A project tagged with "type:contracts" is not allowed to import "yaml"',
      '3: A project tagged with "type:contracts" cannot depend on any libs with tags',
    ]);
  });
});
