import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRulesIndex, renderRulesIndex } from '../../tools/rules/rules-index';

const ROOT = join(__dirname, '..', '..');

describe('docs/rules.md: every rule one hop from the code that decides it (issue 12)', () => {
  const index = buildRulesIndex(ROOT);

  it('is what `npm run rules` generates from the code now (regenerate it when a tag or a test title moves)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(renderRulesIndex(index));
  });

  it('names a spec for every rule the code decides', () => {
    expect(index.filter((e) => e.specs.length === 0).map((e) => e.id)).toEqual([]);
    // Intake and QA decide every rule of theirs except QA-6 (returned goods, with warehouse-returns);
    // a context added since (tools/generators tags its first rule) adds its own.
    expect(index.map((e) => e.id)).toEqual(expect.arrayContaining(['IN-1', 'IN-2', 'IN-3', 'IN-4', 'IN-5', 'IN-6', 'IN-7', 'IN-8', 'IN-9', 'IN-10', 'QA-1', 'QA-2', 'QA-3', 'QA-4', 'QA-5', 'QA-7']));
  });

  describe('on a tree of its own', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'rules-'));
      for (const dir of ['libs/x/src', 'services', 'test']) mkdirSync(join(root, dir), { recursive: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('finds the function below a tag, past its doc comment, and the specs whose titles name the rule', () => {
      writeFileSync(join(root, 'libs/x/src/window.ts'), ['// rule IN-3: the window', '/** The acceptance window. */', 'export function windowOf() {}', ''].join('\n'));
      writeFileSync(join(root, 'libs/x/src/window.spec.ts'), "describe('IN-3 window', () => it('x', () => undefined));\n");
      writeFileSync(join(root, 'libs/x/src/other.spec.ts'), '// mentions IN-3 in a comment only\n');
      expect(buildRulesIndex(root)).toEqual([
        { id: 'IN-3', decisions: [{ file: 'libs/x/src/window.ts', line: 1, site: 'windowOf', note: 'the window' }], specs: ['libs/x/src/window.spec.ts'] },
      ]);
    });

    it('shows a rule without a spec, and refuses a tag naming no rule of DOMAIN.md', () => {
      writeFileSync(join(root, 'libs/x/src/a.ts'), "// rule QA-2\nconst decide = () => 'ours';\n");
      expect(buildRulesIndex(root)).toEqual([{ id: 'QA-2', decisions: [expect.objectContaining({ site: 'decide' })], specs: [] }]);
      expect(renderRulesIndex(buildRulesIndex(root))).toContain('**none**');
      writeFileSync(join(root, 'libs/x/src/b.ts'), '// rule IN-99\nconst x = 1;\n');
      expect(() => buildRulesIndex(root)).toThrow('IN-99 is not a rule of DOMAIN.md');
    });
  });
});
