import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '@aftersales/platform';
import { APP_VERSION, createStandaloneApp } from '../../services/standalone/src/app';

/**
 * The standalone app's OpenAPI document, built from its controllers without listening and without
 * opening a store (Nest instantiates the modules; nothing is initialised), on a throwaway data dir.
 */
export async function standaloneOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftersales-openapi-'));
  try {
    const { app } = await createStandaloneApp({ DATA_DIR: dataDir, JWT_SECRET: 'o'.repeat(40), LOG_LEVEL: 'silent' });
    try {
      return buildOpenApiDocument(app, { title: 'aftersales (standalone)', version: APP_VERSION });
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
