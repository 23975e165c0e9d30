import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI UI at /docs and the JSON document at /docs-json. */
export function setupOpenApi(app: INestApplication, title: string, version: string): void {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription('aftersales: event-sourced after-sales service platform. Errors share one body: { code, message, fieldErrors?, correlationId }.')
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
