import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Unguarded } from '@jiyn/auth';
import { OpenApiAggregator } from './openapi-aggregator';

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
  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  page(@Res() reply: FastifyReply): void {
    void reply.header('content-type', 'text/html; charset=utf-8').send(DOCS_PAGE);
  }
}
