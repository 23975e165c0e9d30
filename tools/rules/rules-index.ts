import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Rules one hop from their ID (issue 12): `docs/rules.md` lists every DOMAIN.md rule the code
 * implements, where it is decided (a `// rule IN-3` tag on the line above the function, constant
 * or `case` that decides it) and the specs that prove it (a test or describe title naming the ID).
 * `npm run rules` regenerates it; test/rules/rules-index.spec.ts fails when it is stale or when a
 * tagged rule has no spec.
 */

/** The rule IDs of DOMAIN.md, in its order (the file is outside this repository, so listed here). */
export const DOMAIN_RULES: Record<string, string> = {
  'IN-1': 'Channels',
  'IN-2': 'Content',
  'IN-3': 'Categories and acceptance windows (policy)',
  'IN-4': 'Exclusions (policy)',
  'IN-5': 'Warranty variants (policy)',
  'IN-6': 'Validity check',
  'IN-7': 'Response commitments (policy)',
  'IN-8': 'Forwarding deadline',
  'IN-9': 'Priority',
  'IN-10': 'Repeat detection',
  'QA-1': 'Quality feedback form',
  'QA-2': 'Analysis',
  'QA-3': 'Severity and deadlines (working days)',
  'QA-4': 'CAPA',
  'QA-5': 'Disposition',
  'QA-6': 'Inspection of returned goods',
  'QA-7': 'Monthly analysis',
  'DI-1': 'Work order',
  'DI-2': 'Outlets (网点)',
  'DI-3': 'On-site commitment (policy)',
  'DI-4': 'Job flow',
  'DI-5': 'Customer sign-off',
  'DI-6': 'Settlement',
  'DI-7': 'Report back',
  'DI-8': 'Follow-up',
  'DI-9': 'Conduct penalties (policy)',
  'WR-1': 'Request',
  'WR-2': 'Unsalable approval',
  'WR-3': 'Quality approval',
  'WR-4': 'Transport gate',
  'WR-5': 'Receiving gate',
  'WR-6': 'Records',
  'WR-7': 'Customer-caused returns',
  'FR-1': 'Exchange ratio',
  'FR-2': 'Alert',
  'FR-3': 'Quality cost',
  'FR-4': 'Rewards and penalties (policy)',
  'AU-1': 'Complete record',
  'AU-2': 'Tamper evidence',
  'AU-3': 'Archive schedule (policy)',
  'AU-4': 'Certification evidence',
  'AU-5': 'Service defect disclosure',
  'AU-6': 'KPIs',
  'SV-1': 'Delivery notices',
  'SV-2': 'Installation',
  'SV-3': 'Warranty care',
  'SV-4': 'Appointments (workshop flow)',
  'TR-1': 'Customer training',
  'TR-2': 'Staff qualification',
};

const RULE_ID = /\b(?:IN|QA|DI|WR|FR|AU|TR|SV)-\d+\b/g;
const TAG = /^\s*\/\/ rule ((?:(?:IN|QA|DI|WR|FR|AU|TR|SV)-\d+)(?:,\s*(?:IN|QA|DI|WR|FR|AU|TR|SV)-\d+)*)(?::\s*(.*))?$/;
/** The decision a tag stands above: a function, a constant, a method or a `case` of a decider. */
const SITE = [
  /^\s*(?:export\s+)?(?:async\s+)?function\s+(\w+)/,
  /^\s*(?:export\s+)?(?:const|let)\s+(\w+)/,
  /^\s*case\s+'([^']+)'/,
  /^\s*(?:async\s+)?(\w+)\s*\(/,
];
const TEST_TITLE = /\b(?:it|test|describe)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;

export interface Decision {
  readonly file: string;
  readonly line: number;
  readonly site: string;
  readonly note: string;
}

export interface RuleEntry {
  readonly id: string;
  readonly decisions: Decision[];
  readonly specs: string[];
}

function sourceFiles(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, root));
    else if (name.endsWith('.ts')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out.sort();
}

const isSpec = (file: string) => /\.(spec|int-spec|e2e-spec|infra-spec)\.ts$/.test(file);

/** What a tag stands above: the first declaration below it (tags sit above a doc comment, if any). */
function siteBelow(lines: readonly string[], from: number): string {
  for (let i = from; i < Math.min(lines.length, from + 30); i++) {
    if (/^\s*(\/\*\*|\*|\/\/)/.test(lines[i])) continue;
    for (const pattern of SITE) {
      const match = pattern.exec(lines[i]);
      if (match) return pattern === SITE[2] ? `case '${match[1]}'` : match[1];
    }
  }
  throw new Error(`a rule tag at line ${from} has no function, constant or case below it`);
}

export function buildRulesIndex(root: string): RuleEntry[] {
  const files = ['libs', 'services'].flatMap((dir) => sourceFiles(join(root, dir), root)).concat(sourceFiles(join(root, 'test'), root));
  const entries = new Map<string, RuleEntry>();
  const entry = (id: string) => {
    if (!DOMAIN_RULES[id]) throw new Error(`${id} is not a rule of DOMAIN.md`);
    let found = entries.get(id);
    if (!found) entries.set(id, (found = { id, decisions: [], specs: [] }));
    return found;
  };
  for (const file of files.filter((f) => !isSpec(f))) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const tag = TAG.exec(text);
      if (!tag) return;
      const site = siteBelow(lines, i + 1);
      for (const id of tag[1].split(/,\s*/)) entry(id).decisions.push({ file, line: i + 1, site, note: tag[2]?.trim() ?? '' });
    });
  }
  // This index's own spec writes rule IDs into fixtures; it proves the index, not the rules.
  for (const file of files.filter((f) => isSpec(f) && !f.startsWith('test/rules/'))) {
    const text = readFileSync(join(root, file), 'utf8');
    const proved = new Set<string>();
    for (const title of text.matchAll(TEST_TITLE)) for (const id of title[2].match(RULE_ID) ?? []) proved.add(id);
    for (const id of proved) if (entries.has(id)) entries.get(id)?.specs.push(file);
  }
  const order = Object.keys(DOMAIN_RULES);
  return [...entries.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** docs/rules.md as generated from the index. */
export function renderRulesIndex(index: readonly RuleEntry[]): string {
  const implemented = new Set(index.map((e) => e.id));
  const rows = index.map((e) => {
    const decided = e.decisions.map((d) => `\`${d.file}\` ${d.site}${d.note ? ` (${d.note})` : ''}`).join('<br>');
    const specs = e.specs.map((s) => `\`${s}\``).join('<br>');
    return `| ${e.id} | ${DOMAIN_RULES[e.id]} | ${decided} | ${specs || '**none**'} |`;
  });
  const pending = Object.keys(DOMAIN_RULES).filter((id) => !implemented.has(id));
  return [
    '# Rules in the code',
    '',
    'Generated by `npm run rules` from the `// rule <ID>` tags in the code and the test titles that name',
    'the rule; do not edit by hand (test/rules/rules-index.spec.ts fails when this file is stale).',
    'The rules themselves: DOMAIN.md.',
    '',
    '| rule | what | decided in | proved by |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Not implemented yet: ${pending.join(', ')}.`,
    '',
  ].join('\n');
}
