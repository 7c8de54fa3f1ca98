import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { stringify } from 'yaml';
import { Unguarded } from '@jiyn/auth';
import { OpenApiAggregator } from './openapi-aggregator';

/**
 * Swagger UI 5 renders OpenAPI 3.1 and lets an integrator try an operation with their key from the
 * page; it is already a dependency (no second bundle to serve). Redoc reads better but cannot send.
 */
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Jiyn API</title><link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', persistAuthorization: true });</script>
</body></html>`;

/** The API description and its docs UI are public: they describe the API, they grant nothing. */
@ApiExcludeController()
@Controller()
export class DocsController {
  constructor(private readonly aggregator: OpenApiAggregator) {}

  @Unguarded()
  @Get('openapi.json')
  document() {
    return this.aggregator.document();
  }

  @Unguarded()
  @Get('openapi.yaml')
  async yaml(@Res() reply: FastifyReply): Promise<void> {
    const document = await this.aggregator.document();
    void reply.header('content-type', 'application/yaml; charset=utf-8').send(toYaml(document));
  }

  @Unguarded()
  @Get('docs')
  page(@Res() reply: FastifyReply): void {
    void reply.header('content-type', 'text/html; charset=utf-8').send(DOCS_PAGE);
  }
}

/** The same YAML as the committed contracts/openapi/jiyn-v1.yaml (no line folding, no anchors). */
export function toYaml(document: unknown): string {
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
