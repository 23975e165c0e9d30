import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse, FieldErrorResponse } from './error-response';
import { applyValidationRules } from './validation-schema';

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
}

type Parameter = { in?: string; name?: string; required?: boolean; description?: string };
type Operation = { parameters?: Parameter[]; security?: unknown[] };
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI document of an app, built from its controllers without listening: the same function
 * serves /docs-json and `npm run openapi` (which lints it and generates the test client from it).
 */
export function buildOpenApiDocument(app: INestApplication, info: OpenApiInfo): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(info.title)
    .setDescription(
      'aftersales: event-sourced after-sales service platform. Every error shares one body (`ErrorResponse`): ' +
        '{ code, message, fieldErrors?, correlationId }; each operation lists the codes it can answer with.',
    )
    .setVersion(info.version)
    .setLicense('UNLICENSED', 'https://example.invalid/license')
    // Relative: the document is served by the app it describes, under whatever host reaches it.
    .addServer('/', 'The app serving this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse, FieldErrorResponse] });
  applyValidationRules(document);
  return useCaseOperationIds(tidy(document));
}

/**
 * Operation ids named after the use case (issue 12: one controller per use case): the controller's
 * name without `Controller` (`RegisterComplaint`, `ListCases`). A controller with several
 * operations (health, platform) keeps Nest's `<Controller>_<method>`, so ids stay unique.
 */
function useCaseOperationIds(document: OpenAPIObject): OpenAPIObject {
  const operations = Object.values(document.paths).flatMap((item) =>
    METHODS.flatMap((method) => ((item as Record<string, { operationId?: string } | undefined>)[method] ? [(item as Record<string, { operationId?: string }>)[method]] : [])),
  );
  const controllerOf = (id: string) => id.slice(0, id.lastIndexOf('_'));
  const perController = new Map<string, number>();
  for (const op of operations) if (op.operationId) perController.set(controllerOf(op.operationId), (perController.get(controllerOf(op.operationId)) ?? 0) + 1);
  for (const op of operations) {
    const controller = op.operationId ? controllerOf(op.operationId) : '';
    if (controller.endsWith('Controller') && perController.get(controller) === 1) op.operationId = controller.slice(0, -'Controller'.length);
  }
  return document;
}

/** OpenAPI UI at /docs and the JSON document at /docs-json. */
export function setupOpenApi(app: INestApplication, info: OpenApiInfo): void {
  const document = buildOpenApiDocument(app, info);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * What @nestjs/swagger leaves untidy: a `@Headers('accept-language')` argument becomes a second,
 * required header beside the declared optional `Accept-Language` (HTTP header names are
 * case-insensitive, so it is the same header), and a bearer requirement declared by both the
 * class and the method is listed twice.
 */
function tidy(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (path as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      if (operation.parameters) operation.parameters = mergeHeaders(operation.parameters);
      // No requirement declared is a public endpoint (@Public()): say so, rather than inherit none.
      const unique = new Map((operation.security ?? []).map((s) => [JSON.stringify(s), s]));
      operation.security = [...unique.values()];
    }
  }
  return document;
}

/** OpenAPI 3.0 §4.7.12.1: header parameters with these names "SHALL be ignored" (media types and security say it). */
const RESERVED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * One parameter per header name: the declared one (it has a description), required only if every
 * mention is; reserved headers (a `@Headers('accept')` argument) are left out.
 */
function mergeHeaders(parameters: Parameter[]): Parameter[] {
  const byName = new Map<string, Parameter[]>();
  for (const p of parameters) {
    if (p.in !== 'header' || !p.name) continue;
    const key = p.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const dropped = new Set<Parameter>();
  for (const mentions of byName.values()) {
    if (mentions.length < 2) continue;
    const kept = mentions.find((p) => p.description) ?? mentions[0];
    kept.required = mentions.every((p) => p.required === true);
    for (const p of mentions) if (p !== kept) dropped.add(p);
  }
  return parameters.filter((p) => !dropped.has(p) && !(p.in === 'header' && p.name && RESERVED_HEADERS.has(p.name.toLowerCase())));
}
