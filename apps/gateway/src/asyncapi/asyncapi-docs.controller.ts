import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { buildAsyncApiDocument } from '@jiyn/contracts';
import { Unguarded } from '@jiyn/auth';
import { toYaml } from '../openapi/docs.controller';

/**
 * AsyncAPI's own React component (its standalone bundle, which parses the document in the browser)
 * renders the stream's channels, messages, payloads and headers.
 */
const EVENT_DOCS_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Jiyn event stream</title>
<link rel="stylesheet" href="/docs/events/assets/styles/default.min.css"></head>
<body><div id="asyncapi"></div>
<script src="/docs/events/assets/browser/standalone/index.js"></script>
<script>
fetch('/asyncapi.json').then((response) => response.json()).then((schema) =>
  AsyncApiStandalone.render({ schema, config: { show: { sidebar: true } } }, document.getElementById('asyncapi')));
</script>
</body></html>`;

/** The Kafka stream's AsyncAPI 3.0 document and its docs page: public, like the OpenAPI document. */
@ApiExcludeController()
@Controller()
export class AsyncApiDocsController {
  private readonly document = buildAsyncApiDocument();

  @Unguarded()
  @Get('asyncapi.json')
  json() {
    return this.document;
  }

  @Unguarded()
  @Get('asyncapi.yaml')
  yaml(@Res() reply: FastifyReply): void {
    void reply.header('content-type', 'application/yaml; charset=utf-8').send(toYaml(this.document));
  }

  @Unguarded()
  @Get('docs/events')
  page(@Res() reply: FastifyReply): void {
    void reply.header('content-type', 'text/html; charset=utf-8').send(EVENT_DOCS_PAGE);
  }
}
