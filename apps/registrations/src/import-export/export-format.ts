import { isRegionCode, regionName, type Lang } from '@jiyn/kz';
import type { RegistrationView } from '../registrations/registration.view';

/**
 * The columns of a participant list export, with headers in kk/ru/en. The headers of the
 * importable columns are aliases the import reads back (see import-file.ts), so an exported list
 * can be edited and imported again; the other columns are ignored on import.
 */
export interface ExportColumn {
  key: string;
  header: Record<Lang, string>;
  value: (view: RegistrationView, lang: Lang) => string | Date | null;
  /** Values Excel would otherwise turn into numbers (IIN, phone): kept as text. */
  keepAsText?: boolean;
  width: number;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  {
    key: 'fullName',
    header: { kk: 'Аты-жөні', ru: 'ФИО', en: 'Full name' },
    value: (v) => v.fullName,
    width: 32,
  },
  {
    key: 'iin',
    header: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
    value: (v) => v.iin,
    keepAsText: true,
    width: 15,
  },
  { key: 'email', header: { kk: 'E-mail', ru: 'E-mail', en: 'E-mail' }, value: (v) => v.email, width: 28 },
  {
    key: 'phone',
    header: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
    value: (v) => v.phone,
    keepAsText: true,
    width: 17,
  },
  {
    key: 'region',
    header: { kk: 'Облыс', ru: 'Регион', en: 'Region' },
    value: (v, lang) =>
      v.regionCode && isRegionCode(v.regionCode) ? regionName(v.regionCode, lang) : v.regionCode,
    width: 26,
  },
  {
    key: 'organisation',
    header: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
    value: (v) => v.organisation,
    width: 30,
  },
  {
    key: 'position',
    header: { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
    value: (v) => v.position,
    width: 28,
  },
  {
    key: 'preferredLanguage',
    header: { kk: 'Тіл', ru: 'Язык', en: 'Language' },
    value: (v) => v.preferredLanguage,
    width: 8,
  },
  {
    key: 'externalReference',
    header: { kk: 'Сыртқы ID', ru: 'Внешний ID', en: 'External ID' },
    value: (v) => v.externalReference,
    width: 18,
  },
  {
    key: 'status',
    header: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
    value: (v) => v.status,
    width: 12,
  },
  { key: 'sex', header: { kk: 'Жынысы', ru: 'Пол', en: 'Sex' }, value: (v) => v.sex, width: 8 },
  {
    key: 'birthDate',
    header: { kk: 'Туған күні', ru: 'Дата рождения', en: 'Birth date' },
    value: (v) => v.birthDate,
    width: 12,
  },
  { key: 'channel', header: { kk: 'Арна', ru: 'Канал', en: 'Channel' }, value: (v) => v.channel, width: 9 },
  {
    key: 'createdAt',
    header: { kk: 'Тіркелген уақыты', ru: 'Дата регистрации', en: 'Registered at' },
    value: (v) => new Date(v.createdAt),
    width: 20,
  },
  {
    key: 'id',
    header: { kk: 'Тіркеу ID', ru: 'ID регистрации', en: 'Registration ID' },
    value: (v) => v.id,
    width: 38,
  },
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), plus tab and CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet will not evaluate: a leading `'` before anything that starts like a formula. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV cell. Text-kept values our service formatted itself (digits, `+`, `*`, spaces: an IIN or
 * an E.164 phone, masked or not) become `="…"`, which Excel shows as text instead of
 * 9,00101E+11 and without losing leading zeros; the import unwraps it. Everything else gets the
 * formula guard. Cells with the delimiter, quotes or line breaks are quoted (RFC 4180).
 */
export function csvCell(value: string | Date | null, keepAsText = false, delimiter = ';'): string {
  if (value === null || value === '') return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (keepAsText && /^[+\d* ]+$/.test(value)) text = `="${value}"`;
  else text = guardFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export function csvLine(cells: string[], delimiter = ';'): string {
  return `${cells.join(delimiter)}\r\n`;
}
