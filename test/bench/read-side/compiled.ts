/**
 * The app's modules as `npm run build` compiled them. tsx (esbuild) emits no decorator metadata,
 * so Nest cannot inject by type into classes it transpiles: whatever boots Nest or shares its
 * injection tokens (symbols) with the app must come from dist/, one module instance with the app's.
 * Types still come from the sources.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Eventsourcing from '@aftersales/eventsourcing';
import type * as Platform from '@aftersales/platform';
import type * as AdaptersPostgres from '@aftersales/adapters-postgres';
import type * as IntakeDomain from '@aftersales/intake-domain';
import type * as Intake from '@aftersales/intake';
import type * as QaDomain from '@aftersales/qa-domain';
import type * as Qa from '@aftersales/qa';
import type * as StandaloneApp from '../../../services/standalone/src/app';
import type * as EmbeddedInfrastructure from '../../../services/standalone/src/embedded-infrastructure.module';
import { MAIN_JS, REPO_ROOT, buildOnce } from '../../standalone/standalone-process';

export { MAIN_JS, REPO_ROOT, buildOnce };

const DIST = join(REPO_ROOT, 'dist');
const loadCompiled = createRequire(__filename);
const load = <T>(path: string): T => loadCompiled(join(DIST, path)) as T;

export interface Compiled {
  readonly eventsourcing: typeof Eventsourcing;
  readonly platform: typeof Platform;
  readonly postgres: typeof AdaptersPostgres;
  readonly intakeDomain: typeof IntakeDomain;
  readonly intake: typeof Intake;
  readonly qaDomain: typeof QaDomain;
  readonly qa: typeof Qa;
  readonly app: typeof StandaloneApp;
  readonly infrastructure: typeof EmbeddedInfrastructure;
}

/** Loads dist/ (call after the build). */
export function compiled(): Compiled {
  return {
    eventsourcing: load('libs/eventsourcing/src/index.js'),
    platform: load('libs/platform/src/index.js'),
    postgres: load('libs/adapters/postgres/src/index.js'),
    intakeDomain: load('libs/intake/domain/src/index.js'),
    intake: load('libs/intake/feature/src/index.js'),
    qaDomain: load('libs/qa/domain/src/index.js'),
    qa: load('libs/qa/feature/src/index.js'),
    app: load('services/standalone/src/app.js'),
    infrastructure: load('services/standalone/src/embedded-infrastructure.module.js'),
  };
}
