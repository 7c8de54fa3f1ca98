import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import type { Lang } from '@jiyn/kz';
import type { Page } from '@jiyn/persistence';
import { RegistrationViews } from '../access/registration-views';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import type { ListRegistrationsQuery } from '../registrations/dto/list-registrations.query';
import type { RegistrationEntity } from '../registration-core/registration.entity';
import type { RegistrationView } from '../registrations/registration.view';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { EXPORT_COLUMNS, csvCell, csvLine } from './export-format';

/** Rows fetched per keyset page: memory stays flat whatever the list's length. */
const EXPORT_PAGE_SIZE = 200;
const UTF8_BOM = '\uFEFF';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  stream: Readable;
  contentType: string;
  fileName: string;
}

/**
 * Participant lists as files, with the list's filters, page by page over the keyset. CSV is
 * UTF-8 with a BOM and `;` between cells: with Russian or Kazakh regional settings, Excel's list
 * separator is `;`, and without the BOM it reads UTF-8 as Windows-1251. IIN and phone are masked
 * unless the caller may see personal data of this event, as in the list.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly projections: EventProjectionRepository,
    private readonly registrationViews: RegistrationViews,
  ) {}

  async export(
    eventId: string,
    filters: Omit<ListRegistrationsQuery, 'eventId' | 'cursor' | 'limit'>,
    format: ExportFormat,
    lang: Lang,
    principal: Principal,
  ): Promise<ExportFile> {
    await this.projections.require(this.dataSource.manager, eventId);
    const query = { ...filters, eventId, limit: EXPORT_PAGE_SIZE } as ListRegistrationsQuery;
    // The first page before any byte is sent: a bad filter is still a problem+json answer.
    const first = await this.registrations.list(query, principal);
    // Rendered now, not when the stream is read: a view that unmasks personal data says so in a
    // header (for the audit log), and headers leave before the rows.
    const firstViews = await this.registrationViews.many(first.items, principal);
    const views = this.views(first, firstViews, query, principal);
    const stamp = new Date().toISOString().slice(0, 10);
    const fileName = `participants-${eventId.slice(0, 8)}-${stamp}.${format}`;
    if (format === 'csv')
      return {
        stream: Readable.from(csvChunks(views, lang)),
        contentType: 'text/csv; charset=utf-8',
        fileName,
      };
    return {
      stream: await xlsxStream(views, lang),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName,
    };
  }

  /** Every registration the filters select, a page at a time, as the caller may see it. */
  private async *views(
    first: Page<RegistrationEntity>,
    firstViews: RegistrationView[],
    query: ListRegistrationsQuery,
    principal: Principal,
  ): AsyncGenerator<RegistrationView[]> {
    let page = first;
    yield firstViews;
    for (;;) {
      if (!page.nextCursor) return;
      page = await this.registrations.list(
        { ...query, cursor: page.nextCursor } as ListRegistrationsQuery,
        principal,
      );
      yield await this.registrationViews.many(page.items, principal);
    }
  }
}

async function* csvChunks(pages: AsyncGenerator<RegistrationView[]>, lang: Lang): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(EXPORT_COLUMNS.map((column) => csvCell(column.header[lang])));
  for await (const views of pages) {
    yield views
      .map((view) =>
        csvLine(EXPORT_COLUMNS.map((column) => csvCell(column.value(view, lang), column.keepAsText))),
      )
      .join('');
  }
}

/**
 * XLSX through exceljs's streaming writer: rows are committed (written out) as they come. Cells
 * are typed strings, so nothing in them is ever evaluated as a formula; dates are real dates.
 */
async function xlsxStream(pages: AsyncGenerator<RegistrationView[]>, lang: Lang): Promise<Readable> {
  // Loaded on the first XLSX export: exceljs alone is ~30 MB resident, and most processes never export.
  const { default: ExcelJS } = await import('exceljs');
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet({ kk: 'Қатысушылар', ru: 'Участники', en: 'Participants' }[lang], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    key: column.key,
    header: column.header[lang],
    width: column.width,
    ...(column.key === 'createdAt' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const views of pages) {
        for (const view of views)
          sheet.addRow(EXPORT_COLUMNS.map((column) => column.value(view, lang) ?? null)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
