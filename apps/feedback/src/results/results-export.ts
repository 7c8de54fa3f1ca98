import { PassThrough, Readable } from 'node:stream';
import type { Lang } from '@jiyn/kz';
import type { QuestionResultView, SurveyResultsView } from './dto/results.response';
import type { QuestionRow } from './results.repository';

export type ResultsExportFormat = 'csv' | 'xlsx';

export interface ResultsExportFile {
  stream: Readable;
  contentType: string;
  fileName: string;
}

const UTF8_BOM = '\uFEFF';
/** A cell starting with one of these is a formula to a spreadsheet: written with a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

type Value = string | number | null;

interface Column {
  header: Record<Lang, string>;
  width: number;
}

const COLUMNS: readonly Column[] = [
  { header: { kk: 'Топ', ru: 'Группа', en: 'Group' }, width: 14 },
  { header: { kk: 'Респонденттер', ru: 'Респонденты', en: 'Respondents' }, width: 12 },
  { header: { kk: 'Сұрақ №', ru: 'Вопрос №', en: 'Question no.' }, width: 9 },
  { header: { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' }, width: 40 },
  { header: { kk: 'Түрі', ru: 'Тип', en: 'Kind' }, width: 14 },
  { header: { kk: 'Мән', ru: 'Значение', en: 'Value' }, width: 24 },
  { header: { kk: 'Саны', ru: 'Количество', en: 'Count' }, width: 10 },
  { header: { kk: 'Жауап бергендер', ru: 'Ответили', en: 'Answered' }, width: 10 },
  { header: { kk: 'Орташа', ru: 'Среднее', en: 'Mean' }, width: 9 },
  { header: { kk: '95% СА төменгі', ru: '95% ДИ нижн.', en: '95% CI low' }, width: 11 },
  { header: { kk: '95% СА жоғарғы', ru: '95% ДИ верхн.', en: '95% CI high' }, width: 11 },
  { header: { kk: 'NPS', ru: 'NPS', en: 'NPS' }, width: 8 },
];

const OVERALL: Record<Lang, string> = { kk: 'Барлығы', ru: 'Всего', en: 'All' };
const SUPPRESSED: Record<Lang, string> = {
  kk: 'жасырылған (респонденттер аз)',
  ru: 'скрыто (мало респондентов)',
  en: 'suppressed (too few respondents)',
};

function localised(text: Record<string, string> | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text['ru'] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

/**
 * One row per question and scale point or option (counts), plus one per question with its mean,
 * interval and NPS; a breakdown's shown cells follow the whole survey's rows, a suppressed cell is
 * one row that says so, with no figure.
 */
export function exportRows(
  results: SurveyResultsView,
  questions: readonly QuestionRow[],
  lang: Lang,
): Value[][] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const rows: Value[][] = [];
  const questionRows = (group: string, respondents: number, results: readonly QuestionResultView[]) => {
    for (const result of results) {
      const question = byId.get(result.questionId);
      const prompt = localised(question?.prompt, lang);
      const head: Value[] = [group, respondents, result.position, prompt, result.kind];
      const labels = new Map(
        (question?.options ?? []).map((option) => [option.id, localised(option.label, lang)]),
      );
      for (const entry of result.distribution)
        rows.push([
          ...head,
          labels.get(entry.value) ?? entry.value,
          entry.count,
          result.answered,
          null,
          null,
          null,
          null,
        ]);
      if (result.mean)
        rows.push([
          ...head,
          null,
          null,
          result.answered,
          result.mean.mean,
          result.mean.ci95?.low ?? null,
          result.mean.ci95?.high ?? null,
          result.nps?.score ?? null,
        ]);
      if (result.kind === 'text')
        rows.push([...head, null, result.textCount ?? null, result.answered, null, null, null, null]);
    }
  };
  questionRows(OVERALL[lang], results.respondents, results.questions);
  for (const cell of results.breakdown?.cells ?? []) {
    if (cell.suppressed)
      rows.push([cell.key, null, null, SUPPRESSED[lang], null, null, null, null, null, null, null, null]);
    else questionRows(cell.key, cell.respondents ?? 0, cell.questions ?? []);
  }
  return rows;
}

export function csvCell(value: Value): string {
  if (value === null || value === '') return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(';') || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export async function resultsFile(
  results: SurveyResultsView,
  questions: readonly QuestionRow[],
  format: ResultsExportFormat,
  lang: Lang,
): Promise<ResultsExportFile> {
  const rows = exportRows(results, questions, lang);
  const stamp = new Date().toISOString().slice(0, 10);
  const fileName = `survey-results-${results.surveyId.slice(0, 8)}-${stamp}.${format}`;
  if (format === 'csv') {
    const lines = [COLUMNS.map((column) => column.header[lang]), ...rows].map(
      (row) => `${row.map((value) => csvCell(value)).join(';')}\r\n`,
    );
    return {
      stream: Readable.from([UTF8_BOM + lines.join('')]),
      contentType: 'text/csv; charset=utf-8',
      fileName,
    };
  }
  // Loaded on the first XLSX export, as in the registrations export: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet({ kk: 'Нәтижелер', ru: 'Результаты', en: 'Results' }[lang], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((column, index) => ({
    key: `c${index}`,
    header: column.header[lang],
    width: column.width,
  }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      // Typed strings and numbers only: nothing in a cell is ever evaluated as a formula.
      for (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return {
    stream: output,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
  };
}
