import { findRegion } from '@jiyn/kz';
import { textDamage } from './damaged-text';

/**
 * Reading ministry participant lists: the bytes of a CSV file (as Excel in the region writes it)
 * or the rows of a JSON array, turned into plain objects keyed by the API's field names, each with
 * its place in the file. Nothing here validates values: the API's own DTO does that later.
 */

export type ImportEncoding = 'utf-8' | 'windows-1251';
export type ImportDelimiter = ',' | ';' | '\t';

/** The fields a list may carry, by the API's names. */
export const IMPORT_FIELDS = [
  'fullName',
  'iin',
  'email',
  'phone',
  'regionCode',
  'organisation',
  'position',
  'preferredLanguage',
  'externalReference',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Columns without which no row could be valid: a file lacking one is refused as a whole. */
export const REQUIRED_COLUMNS: readonly ImportField[] = ['fullName', 'email'];

/** One data row: `row` counts data rows from 1 (the header excluded); `line` is where it starts in a CSV file. */
export interface ImportRow {
  row: number;
  line?: number;
  values: Record<string, unknown>;
  /** Problems found while reading the row, before validation. */
  problems: { field: string; code: string; args?: unknown[] }[];
}

export interface ParsedImport {
  rows: ImportRow[];
  /** Header cells that name no field; their cells are ignored (e.g. "№ п/п", an export's status column). */
  ignoredColumns: string[];
  /** For CSV: the field each column was read into, in column order (null for ignored columns). */
  columns?: (ImportField | null)[];
  headers?: string[];
  encoding?: ImportEncoding;
  delimiter?: ImportDelimiter;
}

/** A problem with the file as a whole (no header, a broken quote): nothing in it is imported. */
export class ImportFileError extends Error {
  constructor(
    readonly code: string,
    readonly field: string,
    readonly args: unknown[] = [],
  ) {
    super(`${field}: ${code} ${args.join(' ')}`);
    this.name = 'ImportFileError';
  }
}

// ---------------------------------------------------------------------------------------------
// Header names in English, Russian and Kazakh

const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  fullName: [
    'fullName',
    'name',
    'full name',
    'participant',
    'ФИО',
    'Ф.И.О.',
    'Фамилия Имя Отчество',
    'Полное имя',
    'Участник',
    'Аты-жөні',
    'Толық аты-жөні',
    'Тегі аты әкесінің аты',
    'Қатысушы',
  ],
  iin: ['iin', 'ИИН', 'ЖСН'],
  email: [
    'email',
    'e-mail',
    'mail',
    'Почта',
    'Электронная почта',
    'Эл. почта',
    'Электрондық пошта',
    'Эл. пошта',
    'Пошта',
  ],
  phone: [
    'phone',
    'phone number',
    'mobile',
    'Телефон',
    'Тел.',
    'Номер телефона',
    'Мобильный телефон',
    'Телефон нөмірі',
    'Ұялы телефон',
  ],
  regionCode: ['region', 'regionCode', 'region code', 'Регион', 'Область', 'Облыс', 'Өңір'],
  organisation: [
    'organisation',
    'organization',
    'Организация',
    'Место работы',
    'Ұйым',
    'Жұмыс орны',
    'Мекеме',
  ],
  position: ['position', 'job title', 'Должность', 'Лауазымы', 'Лауазым'],
  preferredLanguage: [
    'preferredLanguage',
    'language',
    'lang',
    'preferred language',
    'Язык',
    'Язык общения',
    'Тіл',
    'Байланыс тілі',
  ],
  externalReference: [
    'externalReference',
    'external reference',
    'external id',
    'externalId',
    'Внешний ID',
    'Внешний идентификатор',
    'ID в системе министерства',
    'Сыртқы ID',
    'Сыртқы идентификатор',
  ],
};

/** Case-, space- and punctuation-insensitive: "E-mail", "email" and " EMAIL " are one header. */
function headerKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\-.,:*()"'№#]+/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_ALIASES) as [ImportField, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [headerKey(alias), field] as const),
  ),
);

/** The field a header (or a JSON key) names, if any. */
export function fieldForHeader(header: string): ImportField | undefined {
  return FIELD_BY_HEADER.get(headerKey(header));
}

// ---------------------------------------------------------------------------------------------
// Bytes to text

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1251, which is what
 * Excel writes for "CSV" on a Russian or Kazakh Windows. Cyrillic text in 1251 is practically never
 * valid UTF-8 (its letters are bytes 0xC0–0xFF, which UTF-8 only allows as lead bytes).
 */
export function decodeImportBytes(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
    };
  } catch {
    if (hasBom) throw new ImportFileError('invalidEncoding', 'body');
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The delimiter the header line uses most, outside quotes: `;` (Excel with ru/kk regional settings), `,` or tab. */
export function detectDelimiter(text: string): ImportDelimiter {
  const counts: Record<ImportDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as ImportDelimiter] += 1;
  }
  const best = (Object.keys(counts) as ImportDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

export interface CsvRecord {
  /** Physical line (1-based) the record starts on. */
  line: number;
  cells: string[];
}

/**
 * RFC 4180 records with the physical line each starts on: quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF, LF and CR all end a record; blank lines are skipped.
 * Lenient like Excel about a stray quote inside an unquoted field; an unterminated quote is an error.
 */
export function parseCsvRecords(text: string, delimiter: ImportDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let cellQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellQuoted = false;
  };
  const endRecord = () => {
    const blank = cells.length === 0 && cell === '' && !cellQuoted;
    endCell();
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '' && !cellQuoted) {
      inQuotes = true;
      cellQuoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (inQuotes) throw new ImportFileError('unterminatedQuote', 'body', [quoteLine]);
  if (cells.length > 0 || cell !== '' || cellQuoted) endRecord();
  return records;
}

/** Reads a CSV list: encoding, delimiter, header mapping, one row per record. */
export function parseCsvImport(bytes: Uint8Array, maxRows: number): ParsedImport {
  const { text, encoding } = decodeImportBytes(bytes);
  const delimiter = detectDelimiter(text);
  const [header, ...records] = parseCsvRecords(text, delimiter);
  if (!header) throw new ImportFileError('emptyFile', 'body');
  if (records.length > maxRows) throw new ImportFileError('tooManyRows', 'body', [maxRows, records.length]);

  const headers = header.cells.map((cell) => cell.trim());
  // A header that lost letters names no field (`?йым` for `Ұйым`): the file, not a row, is wrong.
  const damagedHeader = headers.find((name) => textDamage(name, encoding));
  if (damagedHeader !== undefined) throw new ImportFileError('damagedHeader', 'header', [damagedHeader]);
  const columns = headers.map((name) => fieldForHeader(name) ?? null);
  const seen = new Map<ImportField, string>();
  headers.forEach((name, index) => {
    const field = columns[index];
    if (!field) return;
    const earlier = seen.get(field);
    if (earlier !== undefined) throw new ImportFileError('duplicateColumn', field, [earlier, name]);
    seen.set(field, name);
  });
  const missing = REQUIRED_COLUMNS.filter((field) => !seen.has(field));
  if (missing.length) throw new ImportFileError('missingColumn', 'header', [missing.join(', ')]);

  const rows = records.map((record, index): ImportRow => {
    const values: Record<string, unknown> = {};
    const problems: ImportRow['problems'] = [];
    record.cells.forEach((raw, column) => {
      const field = columns[column];
      const value = unwrapExcelText(raw).trim();
      if (column >= headers.length) {
        if (value !== '') problems.push({ field: 'row', code: 'extraCells', args: [headers.length] });
        return;
      }
      if (!field || value === '') return;
      const damage = value.includes('\u0000') ? 'nulCharacter' : textDamage(value, encoding);
      if (damage) problems.push({ field, code: damage });
      else values[field] = normalizeValue(field, value);
    });
    return { row: index + 1, line: record.line, values, problems: dedupe(problems) };
  });
  return {
    rows,
    headers,
    columns,
    ignoredColumns: headers.filter((name, index) => !columns[index] && name !== ''),
    encoding,
    delimiter,
  };
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Reads a JSON list: an array of objects; keys may be the API's names or any header alias. */
export function parseJsonImport(body: unknown, maxRows: number): ParsedImport {
  if (!Array.isArray(body)) throw new ImportFileError('isArray', 'body');
  if (body.length > maxRows) throw new ImportFileError('tooManyRows', 'body', [maxRows, body.length]);
  const rows = body.map((item: unknown, index): ImportRow => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return { row: index + 1, values: {}, problems: [{ field: 'row', code: 'isObject' }] };
    const values: Record<string, unknown> = {};
    const problems: ImportRow['problems'] = [];
    for (const [key, raw] of Object.entries(item as Record<string, unknown>)) {
      const field = fieldForHeader(key);
      if (!field) {
        values[key] = raw; // unknown keys reach validation, which refuses them like the API does
        continue;
      }
      let value = typeof raw === 'number' && field !== 'preferredLanguage' ? String(raw) : raw;
      if (typeof value === 'string') {
        const text = value.trim();
        if (text === '') continue;
        const damage = text.includes('\u0000') ? 'nulCharacter' : textDamage(text, 'utf-8');
        if (damage) {
          problems.push({ field, code: damage });
          continue;
        }
        value = normalizeValue(field, text);
      }
      if (value === null || value === undefined) continue;
      values[field] = value;
    }
    return { row: index + 1, values, problems };
  });
  return { rows, ignoredColumns: [] };
}

// ---------------------------------------------------------------------------------------------
// Values

const LANGUAGE_NAMES: ReadonlyMap<string, 'kk' | 'ru' | 'en'> = new Map(
  (
    [
      ['kk', ['kk', 'kz', 'kaz', 'kazakh', 'қаз', 'қазақ', 'қазақша', 'қазақ тілі', 'казахский', 'каз']],
      ['ru', ['ru', 'rus', 'russian', 'рус', 'русский', 'орыс', 'орысша', 'орыс тілі']],
      ['en', ['en', 'eng', 'english', 'англ', 'английский', 'ағылшын', 'ағылшынша', 'ағылшын тілі']],
    ] as const
  ).flatMap(([lang, names]) => names.map((name) => [name, lang] as const)),
);

/**
 * Region names in kk/ru/en (and ISO/KATO codes) become the region code; languages by name become
 * their code. Anything unrecognised stays as written, so validation names the bad value's field.
 */
function normalizeValue(field: ImportField, value: string): string {
  if (field === 'regionCode') return findRegion(value)?.code ?? value;
  if (field === 'preferredLanguage') return LANGUAGE_NAMES.get(value.toLowerCase()) ?? value;
  return value;
}

/** `="0012…"` is how a CSV keeps Excel from turning an IIN into 1.2E+10; our export writes it so. */
function unwrapExcelText(value: string): string {
  const match = /^\s*="(.*)"\s*$/s.exec(value);
  return match ? (match[1] as string) : value;
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
