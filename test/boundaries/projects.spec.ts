import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkProjects, constrainedTags, findProjectFolders } from './projects';

const ROOT = resolve(__dirname, '../..');

/** The depConstraints of the boundary rule as lint applies it to every TypeScript file. */
function workspaceConstraints(): Set<string> {
  const config = require(join(ROOT, 'eslint.config.js')) as { files?: string[]; rules?: Record<string, unknown> }[];
  const block = config.find((c) => c.files?.includes('**/*.ts') && c.rules?.['@nx/enforce-module-boundaries']);
  const [, options] = block?.rules?.['@nx/enforce-module-boundaries'] as [string, { depConstraints: { sourceTag?: string }[] }];
  return constrainedTags(options.depConstraints);
}

describe('every project is inside the module boundaries', () => {
  const constrained = workspaceConstraints();

  it('finds the projects under libs/ and services/ (the check sees what Nx should see)', () => {
    const folders = findProjectFolders(ROOT);
    expect(folders).toEqual(expect.arrayContaining(['libs/eventsourcing', 'libs/adapters/postgres', 'libs/intake/domain', 'libs/qa/feature', 'services/standalone']));
    expect(folders).not.toContain('libs/adapters');
  });

  it('has a project.json with one scope: and one type: tag that lint constrains, and a tsconfig path per library', () => {
    expect(checkProjects(ROOT, constrained)).toEqual([]);
  });

  describe('on a temporary workspace', () => {
    let root: string;
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const project = (folder: string, tags: string[], projectType = 'library'): void =>
      write(`${folder}/project.json`, JSON.stringify({ name: folder.replace(/\//g, '-'), projectType, tags }));

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'boundaries-'));
      write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: { '@x/good': ['libs/good/src/index.ts'], '@x/untagged': ['libs/untagged/src/index.ts'] } } }));
      write('libs/good/src/index.ts', 'export {};\n');
      project('libs/good', ['scope:shared', 'type:util']);
      write('services/app/src/main.ts', 'export {};\n');
      project('services/app', ['scope:shared', 'type:app'], 'application');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('passes a tagged library with its alias and an app without one', () => {
      expect(checkProjects(root, constrained)).toEqual([]);
    });

    it('fails a new folder with source but no project.json', () => {
      write('libs/dispatch/domain/src/index.ts', 'export {};\n');
      expect(checkProjects(root, constrained)).toEqual([expect.stringMatching(/^libs\/dispatch\/domain: no project\.json/)]);
    });

    it('fails TypeScript lying outside any project', () => {
      write('libs/loose/helpers.ts', 'export {};\n');
      expect(checkProjects(root, constrained)).toEqual([expect.stringMatching(/^libs\/loose: no project\.json/)]);
    });

    it('fails a library without tags', () => {
      write('libs/untagged/src/index.ts', 'export {};\n');
      project('libs/untagged', []);
      expect(checkProjects(root, constrained)).toEqual(['libs/untagged: needs exactly one scope: tag, has none', 'libs/untagged: needs exactly one type: tag, has none']);
    });

    it('fails two scope: tags, and a tag no depConstraint names', () => {
      project('libs/good', ['scope:shared', 'scope:intake', 'type:helpers']);
      expect(checkProjects(root, constrained)).toEqual([
        'libs/good: needs exactly one scope: tag, has scope:shared, scope:intake',
        'libs/good: tag type:helpers is named by no depConstraint in eslint.config.js',
      ]);
    });

    it('fails a library no tsconfig path alias points into', () => {
      write('libs/hidden/src/index.ts', 'export {};\n');
      project('libs/hidden', ['scope:shared', 'type:util']);
      expect(checkProjects(root, constrained)).toEqual(['libs/hidden: no path alias in tsconfig.base.json points into it']);
    });
  });
});
