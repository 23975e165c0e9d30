import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where projects live; every folder below them that holds source is one. */
const PROJECT_PARENTS = ['libs', 'services'];

/**
 * A folder is a project when it holds source the way ours do (`src/`), declares itself one, or
 * holds TypeScript directly: source outside every project would be outside every boundary.
 */
function isProjectFolder(dir: string): boolean {
  return ['src', 'project.json', 'package.json'].some((name) => existsSync(join(dir, name))) || readdirSync(dir).some((name) => name.endsWith('.ts'));
}

/** The project folders under libs/ and services/ (not descending into a project: a project holds no project). */
export function findProjectFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.') || !statSync(path).isDirectory()) continue;
      if (isProjectFolder(path)) found.push(relative(root, path).split(sep).join('/'));
      else walk(path);
    }
  };
  for (const parent of PROJECT_PARENTS) if (existsSync(join(root, parent))) walk(join(root, parent));
  return found;
}

/** The tags some depConstraint of the boundary rule names as its source: a tag outside them constrains nothing. */
export function constrainedTags(depConstraints: readonly { sourceTag?: string; allSourceTags?: readonly string[] }[]): Set<string> {
  return new Set(depConstraints.flatMap((c) => (c.sourceTag ? [c.sourceTag] : [...(c.allSourceTags ?? [])])));
}

/**
 * What is wrong with the workspace's projects: each project folder needs a `project.json` with
 * exactly one `scope:` and one `type:` tag, both of which the boundary rule constrains, and each
 * library a path alias in `tsconfig.base.json` (apps are run, not imported). An empty list means
 * every project is inside the module boundaries; anything else names the folder and the gap.
 */
export function checkProjects(root: string, constrained: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const paths: Record<string, string[]> = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions?.paths ?? {};
  const aliasTargets = Object.values(paths).flat();
  for (const folder of findProjectFolders(root)) {
    const file = join(root, folder, 'project.json');
    if (!existsSync(file)) {
      problems.push(`${folder}: no project.json, so Nx sees no project and no boundary applies to it`);
      continue;
    }
    const project = JSON.parse(readFileSync(file, 'utf8')) as { tags?: unknown; projectType?: string };
    const tags = Array.isArray(project.tags) ? project.tags.filter((t): t is string => typeof t === 'string') : [];
    for (const dimension of ['scope:', 'type:']) {
      const mine = tags.filter((t) => t.startsWith(dimension));
      if (mine.length !== 1) problems.push(`${folder}: needs exactly one ${dimension} tag, has ${mine.length === 0 ? 'none' : mine.join(', ')}`);
      for (const tag of mine) if (!constrained.has(tag)) problems.push(`${folder}: tag ${tag} is named by no depConstraint in eslint.config.js`);
    }
    const isApp = project.projectType === 'application' || tags.includes('type:app');
    if (!isApp && !aliasTargets.some((target) => target.startsWith(`${folder}/`))) {
      problems.push(`${folder}: no path alias in tsconfig.base.json points into it`);
    }
  }
  return problems;
}
