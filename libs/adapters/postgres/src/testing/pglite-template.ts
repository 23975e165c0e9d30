import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PgliteSqlClient } from '../pglite-sql-client';

/**
 * Tests and benchmarks copy an initdb'd data dir instead of running initdb (ARCHITECTURE.md
 * "Infrastructure": ~8 s for initdb, ~0.6 s to open a copy). The template is built once per
 * machine and PGlite version and reused by every later run.
 */
const REPO_ROOT = path.resolve(__dirname, '../../../../..');
const TMP = path.join(REPO_ROOT, 'tmp');
export const PGLITE_TEMPLATE_DIR = process.env.PGLITE_TEMPLATE_DIR ?? path.join(TMP, 'pglite-template');
const MARKER = '.aftersales-template';

function pgliteVersion(): string {
  // The package's exports hide package.json; it sits one level above the resolved entry point.
  const entry = require.resolve('@electric-sql/pglite');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function isValidTemplate(dir: string, version: string): boolean {
  try {
    return fs.readFileSync(path.join(dir, MARKER), 'utf8') === version && fs.existsSync(path.join(dir, 'PG_VERSION'));
  } catch {
    return false;
  }
}

let inProcessBuild: Promise<string> | null = null;

/** Returns the template dir, building it when missing or made by another PGlite version. */
export function ensurePgliteTemplate(): Promise<string> {
  const version = pgliteVersion();
  if (isValidTemplate(PGLITE_TEMPLATE_DIR, version)) return Promise.resolve(PGLITE_TEMPLATE_DIR);
  // Suites of one file open concurrently: one build per process.
  inProcessBuild ??= buildTemplate(version).finally(() => {
    inProcessBuild = null;
  });
  return inProcessBuild;
}

const BUILD_SUFFIX = /\.building-(\d+)-[0-9a-f]+$/;

/** Removes half-built templates of processes that died while building (their pid is gone). */
function removeAbandonedBuilds(): void {
  const parent = path.dirname(PGLITE_TEMPLATE_DIR);
  const base = path.basename(PGLITE_TEMPLATE_DIR);
  for (const entry of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const match = entry.startsWith(base) ? BUILD_SUFFIX.exec(entry) : null;
    if (match && !isAlive(Number(match[1]))) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function buildTemplate(version: string): Promise<string> {
  removeAbandonedBuilds();
  // Built aside and renamed into place, so a parallel worker never copies a half-built template;
  // the marker is written after a clean close, so a crashed build is never taken for valid.
  const building = `${PGLITE_TEMPLATE_DIR}.building-${process.pid}-${randomBytes(4).toString('hex')}`;
  fs.mkdirSync(path.dirname(building), { recursive: true });
  const initdb = await PgliteSqlClient.open(building);
  await initdb.close();
  fs.writeFileSync(path.join(building, MARKER), version);
  if (fs.existsSync(PGLITE_TEMPLATE_DIR) && !isValidTemplate(PGLITE_TEMPLATE_DIR, version)) {
    fs.rmSync(PGLITE_TEMPLATE_DIR, { recursive: true, force: true });
  }
  try {
    fs.renameSync(building, PGLITE_TEMPLATE_DIR);
  } catch (err) {
    // Another worker renamed its build into place first: use that one.
    fs.rmSync(building, { recursive: true, force: true });
    if (!isValidTemplate(PGLITE_TEMPLATE_DIR, version)) throw err;
  }
  return PGLITE_TEMPLATE_DIR;
}

export interface ScratchDataDir {
  readonly dataDir: string;
  remove(): void;
}

/** Copies the template to `dataDir` (which must not exist yet), ready for PGlite to open. */
export async function copyPgliteTemplateTo(dataDir: string): Promise<void> {
  const template = await ensurePgliteTemplate();
  fs.cpSync(template, dataDir, { recursive: true, errorOnExist: true, force: false });
  fs.rmSync(path.join(dataDir, MARKER), { force: true });
}

/** A private copy of the template for one suite or benchmark run. */
export async function freshPgliteDataDir(label = 'pglite'): Promise<ScratchDataDir> {
  const dataDir = path.join(TMP, 'pglite-runs', `${label}-${process.pid}-${randomBytes(4).toString('hex')}`);
  await copyPgliteTemplateTo(dataDir);
  return { dataDir, remove: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

/** A schema name no other run uses, e.g. `es_test_1a2b3c4d5e6f`. */
export function freshSchemaName(label = 'es_test'): string {
  return `${label}_${randomBytes(6).toString('hex')}`;
}
