import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ANONYMOUS, RequiresScope, holds } from '@jiyn/auth';
import { PageOf, type Page } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import {
  AuditExportQuery,
  AuditQuery,
  CSV_COLUMNS,
  auditPage,
  csvCell,
  AuditRecord,
  type AuditScope,
} from './audit-query';

const EXPORT_PAGE_SIZE = 500;

/** The organisation's audit log: who changed what, who read personal data, who was turned away. */
@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @RequiresScope('audit:read')
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: "List the caller's organisation's audit entries, newest first",
  })
  @ApiOkResponse({ type: PageOf(AuditRecord, 'AuditLogPage') })
  async list(@Req() request: FastifyRequest, @Query() query: AuditQuery): Promise<Page<AuditRecord>> {
    return auditPage(this.dataSource, scopeOf(request, query), query);
  }

  @Get('export')
  @RequiresScope('audit:read')
  @ApiOperation({
    operationId: 'exportAuditEntries',
    summary: 'Export the same entries as NDJSON or CSV, streamed',
    description: 'NDJSON: one AuditLogEntry per line. CSV: one row per entry, ids and kinds space-separated.',
  })
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiOkResponse({
    description: 'An attachment (`Content-Disposition`), in the format asked for',
    headers: {
      'Content-Disposition': {
        description: 'attachment; filename="audit-<date>.<format>"',
        schema: { type: 'string' },
      },
    },
    content: {
      'application/x-ndjson': { schema: { type: 'string' } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async export(
    @Req() request: FastifyRequest,
    @Query() query: AuditExportQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const scope = scopeOf(request, query);
    const format = query.format ?? 'ndjson';
    // The first page before any byte is sent: a bad cursor is still a problem+json answer.
    const first = await auditPage(this.dataSource, scope, { ...query, limit: EXPORT_PAGE_SIZE });
    const pages = this.pages(first, scope, query);
    const lines =
      format === 'csv'
        ? csvLines(pages)
        : (async function* () {
            for await (const records of pages) yield records.map((r) => `${JSON.stringify(r)}\n`).join('');
          })();
    await reply
      .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson')
      .header(
        'content-disposition',
        `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.${format}"`,
      )
      .send(Readable.from(lines));
  }

  private async *pages(
    first: Page<AuditRecord>,
    scope: AuditScope,
    query: AuditQuery,
  ): AsyncGenerator<AuditRecord[]> {
    let page = first;
    for (;;) {
      yield page.items;
      if (!page.nextCursor) return;
      page = await auditPage(this.dataSource, scope, {
        ...query,
        cursor: page.nextCursor,
        limit: EXPORT_PAGE_SIZE,
      });
    }
  }
}

async function* csvLines(pages: AsyncGenerator<AuditRecord[]>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const records of pages)
    yield records.map((r) => `${CSV_COLUMNS.map(([, value]) => csvCell(value(r))).join(',')}\r\n`).join('');
}

/** Only the caller's organisation; the break-glass key may look at any (or all). */
function scopeOf(request: FastifyRequest, query: AuditQuery): AuditScope {
  const principal = request.principal ?? ANONYMOUS;
  if (!holds(principal, 'audit:read')) throw forbidden();
  if (principal.kind === 'break-glass') return { everything: true };
  if (
    !principal.organisationId ||
    (query.organisationId && query.organisationId !== principal.organisationId)
  )
    throw forbidden();
  return { organisationId: principal.organisationId };
}

function forbidden(): ProblemException {
  return new ProblemException('forbidden', {
    detail: {
      en: "Reading the audit log needs the audit:read scope, for your own organisation's entries",
      ru: 'Для чтения журнала аудита нужна область audit:read, и только для записей своей организации',
      kk: 'Аудит журналын оқу үшін audit:read аясы қажет, тек өз ұйымыңыздың жазбалары үшін',
    },
  });
}
