import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { OpenApiAggregator } from './openapi-aggregator';

/** Describes the gateway's own controllers once, at boot, for the public document. */
export function describeGatewayOperations(app: NestFastifyApplication): void {
  app.get(OpenApiAggregator).useGatewayDocument(buildOpenApiDocument(app, 'Jiyn gateway'));
}
