import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Error codes one hop from their definition (issue 12): every code a response or an error can
 * carry is a constant in an errors file (a context's `domain/src/errors.ts`, a shared library's
 * `errors.ts`, the platform's `errors/codes.ts`), with a doc comment saying what it means and,
 * leading it, the HTTP status the edge always answers it with. `npm run errors` regenerates
 * docs/errors.md from them; test/errors/error-codes.spec.ts fails when it is stale or when a code
 * literal appears anywhere else.
 */

export interface ErrorCodeEntry {
  readonly code: string;
  /** `error`: an error body's `code`; `field`: a `fieldErrors[].code` (snake case, in a `FIELD` block). */
  readonly kind: 'error' | 'field';
  /** The HTTP status the edge always answers with; null when it depends or the code never reaches HTTP. */
  readonly status: number | null;
  readonly meaning: string;
  readonly file: string;
}

/** A code literal where a code is defined: `'CONTEXT.WHAT'`, `'INTERNAL'`, or `` `HTTP.${status}` `` (built from a number). */
const DEFINED_CODE = /'([A-Z][A-Z0-9_]*(?:\.[A-Z][A-Z0-9_]*)?)'|`([A-Z][A-Z0-9_]*)\.\$\{(\w+)\}`/g;
/** A code literal anywhere else: `'CONTEXT.WHAT'` in any quotes, or a code assembled at run time (`` `QA.CASE_IS_${...}` ``). */
const CODE_LITERAL = /(['"`])([A-Z][A-Z0-9_]*\.(?:[A-Z][A-Z0-9_]*(?=\1)|[A-Z0-9_]*\$\{))/g;
/** A field code: an entry `NAME: 'snake_case',` of an errors file's `FIELD` block. */
const DEFINED_FIELD_CODE = /^\s*[A-Z][A-Z0-9_]*: '([a-z][a-z0-9_]*)',$/;
const STATUS = /^(\d{3}):\s*/;

const isSpec = (file: string) => /\.(spec|int-spec|e2e-spec|infra-spec)\.ts$/.test(file);
/** Where codes are defined: a file named errors.ts, or the platform's errors/codes.ts. */
export const isErrorsFile = (file: string) => /(^|\/)errors\.ts$/.test(file) || /(^|\/)errors\/codes\.ts$/.test(file);
/** Test support (contract suites, the generated client's types) checks codes as clients see them, like specs. */
const isTestSupport = (file: string) => /(^|\/)testing\//.test(file) || file.endsWith('.d.ts');

function sourceFiles(dir: string, root: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, root));
    else if (name.endsWith('.ts')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out.sort();
}

function productionFiles(root: string): string[] {
  return ['libs', 'services', 'tools', 'test'].flatMap((dir) => sourceFiles(join(root, dir), root)).filter((f) => !isSpec(f) && !isTestSupport(f));
}

/** The doc comment above a line, past the block openers (`export const X = {`, `class X {`) and sibling entries between. */
function docAbove(lines: readonly string[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line.endsWith('*/')) {
      let start = i;
      while (start > 0 && !lines[start].trim().startsWith('/**')) start--;
      return lines
        .slice(start, i + 1)
        .map((l) => l.trim().replace(/^\/\*\*\s?|\s?\*\/$|^\*\s?/g, '').trim())
        .filter(Boolean)
        .join(' ');
    }
    const opener = line.endsWith('{');
    const sibling = DEFINED_CODE.test(line);
    DEFINED_CODE.lastIndex = 0;
    if (!opener && !sibling) return null;
  }
  return null;
}

/** Every code of every errors file, in file order; a code defined twice or without its doc comment is refused. */
export function buildErrorCodes(root: string): ErrorCodeEntry[] {
  const entries: ErrorCodeEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of productionFiles(root).filter(isErrorsFile)) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    let block = '';
    lines.forEach((text, i) => {
      if (/^\s*(\/\/|\/\*|\*)/.test(text)) return;
      block = /^export const (\w+)/.exec(text)?.[1] ?? block;
      const field = block === 'FIELD' ? DEFINED_FIELD_CODE.exec(text) : null;
      const codes = field ? [{ code: field[1], kind: 'field' as const }] : [...text.matchAll(DEFINED_CODE)].map((m) => ({ code: m[1] ?? `${m[2]}.<${m[3]}>`, kind: 'error' as const }));
      for (const { code, kind } of codes) {
        const earlier = seen.get(code);
        if (earlier) throw new Error(`${code} is defined twice: ${earlier} and ${file}:${i + 1}`);
        seen.set(code, `${file}:${i + 1}`);
        const doc = docAbove(lines, i);
        if (doc === null) throw new Error(`${code} (${file}:${i + 1}) has no doc comment saying what it means`);
        const status = STATUS.exec(doc);
        entries.push({ code, kind, status: status ? Number(status[1]) : null, meaning: doc.replace(STATUS, ''), file });
      }
    });
  }
  return entries;
}

/** Code literals outside the errors files (comments aside): each should be one of their constants. */
export function codeLiteralsOutsideErrorsFiles(root: string): string[] {
  const found: string[] = [];
  for (const file of productionFiles(root).filter((f) => !isErrorsFile(f))) {
    const source = readFileSync(join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    source.split('\n').forEach((text, i) => {
      for (const match of text.matchAll(CODE_LITERAL)) found.push(`${file}:${i + 1} ${match[2]}`);
    });
  }
  return found;
}

/** docs/errors.md as generated from the errors files. */
export function renderErrorCodes(all: readonly ErrorCodeEntry[]): string {
  const entries = all.filter((e) => e.kind === 'error');
  const fields = all.filter((e) => e.kind === 'field');
  const files = [...new Set(entries.map((e) => e.file))];
  return [
    '# Error codes',
    '',
    'Generated by `npm run errors` from the errors files; do not edit by hand (test/errors/error-codes.spec.ts',
    'fails when this file is stale, or when a code literal appears outside these files). Every error body',
    'carries one of these `code`s; each OpenAPI operation lists the ones it can answer with. The HTTP status is',
    'the one the edge always answers a code with; "—" where it depends on the caller, or where the code never',
    'reaches HTTP (start-up, messaging).',
    '',
    ...files.flatMap((file) => [
      `## \`${file}\``,
      '',
      '| code | HTTP | meaning |',
      '|---|---|---|',
      ...entries.filter((e) => e.file === file).map((e) => `| \`${e.code}\` | ${e.status ?? '—'} | ${e.meaning.replace(/\|/g, '\\|')} |`),
      '',
    ]),
    '## Field codes',
    '',
    'A 400 that names its fields (`fieldErrors`) gives each a field code: a class-validator rule name (`isString`,',
    '`isIn`, `maxLength`, `matches`, `isDefined`, ...) or one of these.',
    '',
    '| field code | defined in | meaning |',
    '|---|---|---|',
    ...fields.map((e) => `| \`${e.code}\` | \`${e.file}\` | ${e.meaning.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
}
