import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { ExportService } from './export.service';
import { FILE_CONTENT_TYPES, FILE_ROUTE } from './import-body.parser';
import { ExportQuery, ImportQuery } from './import-export.dto';
import { ImportFileError, parseCsvImport, parseJsonImport, type ParsedImport } from './import-file';
import { ImportService, type ImportReport } from './import.service';
import { IMPORT_BODY_CONTENT, ImportReportView, ImportRowBody } from './import-export.view';

/** More rows than this in one request are refused; split the list. */
export const MAX_IMPORT_ROWS = 20_000;

@ApiTags('registrations')
@Controller('registrations/events/:eventId')
export class ImportExportHttpController {
  constructor(
    private readonly imports: ImportService,
    private readonly exports: ExportService,
  ) {}

  /**
   * Imports a participant list: CSV (`,` or `;`, UTF-8 with or without BOM, or Windows-1251) or a
   * JSON array of rows. The body is read from the request itself (not through the body pipes, which
   * would walk a buffer byte by byte); rows are validated one by one with the API's DTO.
   */
  @Post('imports')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @RouteConfig(FILE_ROUTE)
  @ApiConsumes('text/csv', 'application/json')
  @ApiOperation({
    operationId: 'importRegistrations',
    summary: 'Import a participant list (CSV or JSON); a dry run unless dryRun=false',
    description: `At most ${MAX_IMPORT_ROWS} rows; each row is checked as POST /registrations checks one.`,
    requestBody: { required: true, content: IMPORT_BODY_CONTENT },
  })
  // The body is read from the request itself, so it is described here rather than by @ApiBody.
  @ApiExtraModels(ImportRowBody)
  @ApiOkResponse({ type: ImportReportView })
  async import(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ImportQuery,
    @Req() request: FastifyRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<ImportReport> {
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const body: unknown = request.body;
    let parsed: ParsedImport;
    try {
      if (FILE_CONTENT_TYPES.includes(contentType) && Buffer.isBuffer(body))
        parsed = parseCsvImport(body, MAX_IMPORT_ROWS);
      else if (contentType === 'application/json') parsed = parseJsonImport(body, MAX_IMPORT_ROWS);
      else throw new ProblemException('unsupported-media-type');
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      if (error.code === 'tooManyRows')
        throw new ProblemException('payload-too-large', {
          errors: [{ field: error.field, code: error.code, args: error.args }],
        });
      throw new ProblemException('validation', {
        errors: [{ field: error.field, code: error.code, args: error.args }],
      });
    }
    return this.imports.run(parsed, {
      eventId,
      dryRun: query.dryRun !== 'false',
      format: contentType === 'application/json' ? 'json' : 'csv',
      lang: negotiateLanguage(acceptLanguage, query.lang),
      consentTextVersion: query.consentTextVersion,
    });
  }

  /** The list (same filters) as a CSV or XLSX download; IIN and phone masked without the personal-data scope. */
  @Get('export')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'exportRegistrations',
    summary: 'Download an event’s registrations as CSV or XLSX',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The file, as an attachment (`Content-Disposition`)',
    content: {
      'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, `;` separated' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
    headers: {
      'Content-Disposition': {
        schema: { type: 'string', example: 'attachment; filename="registrations.csv"' },
      },
    },
  })
  async export(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ExportQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const { format = 'csv', lang, ...filters } = query;
    const file = await this.exports.export(
      eventId,
      filters,
      format,
      negotiateLanguage(acceptLanguage, lang),
      principal,
    );
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
