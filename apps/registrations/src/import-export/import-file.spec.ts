import { describe, expect, it } from '@jest/globals';
import { windows1251 } from '@jiyn/testing';
import {
  ImportFileError,
  decodeImportBytes,
  detectDelimiter,
  fieldForHeader,
  parseCsvImport,
  parseCsvRecords,
  parseJsonImport,
} from './import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

describe('decodeImportBytes', () => {
  const text = 'ФИО;Регион\r\nСәрсенова Айгерім;Астана\r\n';

  it('should read UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeImportBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeImportBytes(withBom(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('should read Windows-1251 Cyrillic as Excel writes it on a Russian Windows', () => {
    const russian =
      'ФИО;Регион;Должность\r\nИванов Пётр Сергеевич;Акмолинская область;Главный специалист\r\n';
    const bytes = windows1251(russian);
    expect(bytes[0]).toBe(0xd4); // Ф in cp1251
    expect(decodeImportBytes(bytes)).toEqual({ text: russian, encoding: 'windows-1251' });
  });

  it('should refuse bytes that claim UTF-8 by a BOM but are not', () => {
    const broken = Uint8Array.from([0xef, 0xbb, 0xbf, ...windows1251('ФИО')]);
    expect(() => decodeImportBytes(broken)).toThrow(ImportFileError);
  });
});

describe('detectDelimiter', () => {
  it('should pick the delimiter the header uses, ignoring quoted ones', () => {
    expect(detectDelimiter('ФИО;ИИН;email\n')).toBe(';');
    expect(detectDelimiter('fullName,iin,email\n')).toBe(',');
    expect(detectDelimiter('"Фамилия, имя";ИИН;email\na,b,c,d,e')).toBe(';');
    expect(detectDelimiter('fullName\tiin\temail')).toBe('\t');
    expect(detectDelimiter('fullName')).toBe(',');
  });
});

describe('parseCsvRecords', () => {
  it('should read quoted fields with delimiters, doubled quotes and line breaks, with their start lines', () => {
    const text = 'a;b\r\n"x;y";"say ""hi"""\r\n\r\n"multi\r\nline";z\r\nlast;"";\n';
    expect(parseCsvRecords(text, ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'say "hi"'] },
      { line: 4, cells: ['multi\r\nline', 'z'] },
      { line: 6, cells: ['last', '', ''] },
    ]);
  });

  it('should accept LF and CR line ends and a last line without one', () => {
    expect(parseCsvRecords('a,b\nc,d\re,f', ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
      { line: 3, cells: ['e', 'f'] },
    ]);
  });

  it('should name the line of an unterminated quote', () => {
    try {
      parseCsvRecords('a,b\n1,2\n"open,3\n4,5\n', ',');
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).code).toBe('unterminatedQuote');
      expect((error as ImportFileError).args).toEqual([3]);
    }
  });
});

describe('fieldForHeader', () => {
  it.each([
    ['fullName', 'fullName'],
    ['ФИО', 'fullName'],
    ['Ф.И.О.', 'fullName'],
    ['Аты-жөні', 'fullName'],
    ['ИИН', 'iin'],
    ['ЖСН', 'iin'],
    ['E-mail', 'email'],
    [' EMAIL ', 'email'],
    ['Телефон', 'phone'],
    ['Регион', 'regionCode'],
    ['Облыс', 'regionCode'],
    ['region', 'regionCode'],
    ['Организация', 'organisation'],
    ['Ұйым', 'organisation'],
    ['Должность', 'position'],
    ['Лауазымы', 'position'],
    ['Язык', 'preferredLanguage'],
    ['Тіл', 'preferredLanguage'],
    ['Внешний ID', 'externalReference'],
    ['external_reference', 'externalReference'],
  ])('should read the header %s as %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('should not invent a field for an unknown header', () => {
    expect(fieldForHeader('№ п/п')).toBeUndefined();
    expect(fieldForHeader('Статус')).toBeUndefined();
  });
});

describe('parseCsvImport', () => {
  const russianFile =
    '\uFEFF№;ФИО;ИИН;E-mail;Телефон;Регион;Организация;Должность;Язык;Внешний ID\r\n' +
    '1;Иванов Пётр;900101399030;petr@akimat.kz;8 701 555 00 11;Акмолинская область;"Аким, аппарат";Специалист;русский;MIN-1\r\n' +
    '2;Сәрсенова Айгерім;;a@b.kz;;Астана;;;қазақша;MIN-2\r\n';

  it('should map ru headers to fields, resolve region and language names, skip empty cells and ignore unknown columns', () => {
    const parsed = parseCsvImport(utf8(russianFile), 100);
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.ignoredColumns).toEqual(['№']);
    expect(parsed.rows).toEqual([
      {
        row: 1,
        line: 2,
        problems: [],
        values: {
          fullName: 'Иванов Пётр',
          iin: '900101399030',
          email: 'petr@akimat.kz',
          phone: '8 701 555 00 11',
          regionCode: 'KZ-11',
          organisation: 'Аким, аппарат',
          position: 'Специалист',
          preferredLanguage: 'ru',
          externalReference: 'MIN-1',
        },
      },
      {
        row: 2,
        line: 3,
        problems: [],
        values: {
          fullName: 'Сәрсенова Айгерім',
          email: 'a@b.kz',
          regionCode: 'KZ-71',
          preferredLanguage: 'kk',
          externalReference: 'MIN-2',
        },
      },
    ]);
  });

  it('should read the same list from Windows-1251 bytes (Russian letters only, as 1251 has no Kazakh ones)', () => {
    const text =
      'ФИО;ИИН;E-mail;Регион;Должность\r\nИванов Пётр;900101399030;petr@akimat.kz;Акмолинская область;Главный специалист\r\n';
    const parsed = parseCsvImport(windows1251(text), 100);
    expect(parsed.encoding).toBe('windows-1251');
    expect(parsed.rows[0]?.values).toEqual({
      fullName: 'Иванов Пётр',
      iin: '900101399030',
      email: 'petr@akimat.kz',
      regionCode: 'KZ-11',
      position: 'Главный специалист',
    });
  });

  it('should report cells that lost Kazakh letters in Windows-1251 and leave them out, keeping good rows as they are', () => {
    const text =
      'ФИО;E-mail;Организация;Должность;Примечание\r\n' +
      'Әлия Сәрсенқызы;aliya@akimat.kz;Ақтөбе облысының әкімдігі;Бас маман;\r\n' +
      'Иванов Пётр;petr@akimat.kz;Аппарат акима;Специалист?;Придёт ли? Да\r\n' +
      'Нұрлан Әбіш;nurlan@akimat.kz;What? Ltd;Маман;Ұмытпа\r\n';
    const parsed = parseCsvImport(windows1251(text), 100);
    expect(parsed.encoding).toBe('windows-1251');
    expect(parsed.rows.map((row) => ({ problems: row.problems, values: row.values }))).toEqual([
      {
        problems: [
          { field: 'fullName', code: 'lostCharacters' },
          { field: 'organisation', code: 'lostCharacters' },
        ],
        values: { email: 'aliya@akimat.kz', position: 'Бас маман' },
      },
      {
        // A question mark ending a sentence, and a damaged cell in an ignored column, are no problem.
        problems: [],
        values: {
          fullName: 'Иванов Пётр',
          email: 'petr@akimat.kz',
          organisation: 'Аппарат акима',
          position: 'Специалист?',
        },
      },
      {
        problems: [{ field: 'fullName', code: 'lostCharacters' }],
        values: { email: 'nurlan@akimat.kz', organisation: 'What? Ltd', position: 'Маман' },
      },
    ]);
  });

  it('should refuse a file whose header lost letters: the column cannot be told', () => {
    try {
      parseCsvImport(windows1251('Аты-жөні;ЖСН;E-mail;Ұйым\r\nА;;a@b.kz;Б\r\n'), 100);
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect(error).toMatchObject({ code: 'damagedHeader', field: 'header', args: ['Аты-ж?ні'] });
    }
  });

  it('should report U+FFFD in a UTF-8 file, where characters were lost before the file was made', () => {
    const parsed = parseCsvImport(utf8('fullName;email\nС\uFFFDрсенова;a@b.kz\nWhat? Ltd;b@b.kz\n'), 100);
    expect(parsed.rows.map((row) => row.problems)).toEqual([
      [{ field: 'fullName', code: 'replacementCharacter' }],
      [],
    ]);
  });

  it('should report UTF-8 rows in a file that is otherwise Windows-1251', () => {
    const bytes = Buffer.concat([
      windows1251('ФИО;E-mail\r\nИванов Пётр;petr@akimat.kz\r\n'),
      Buffer.from('Сәрсенова Айгерім;aigerim@akimat.kz\r\n', 'utf8'),
    ]);
    const parsed = parseCsvImport(bytes, 100);
    expect(parsed.encoding).toBe('windows-1251');
    expect(parsed.rows.map((row) => row.problems)).toEqual([
      [],
      [{ field: 'fullName', code: 'mixedEncoding' }],
    ]);
  });

  it('should read comma-separated English headers, kk region names and Excel-protected numbers', () => {
    const parsed = parseCsvImport(
      utf8('fullName,iin,email,region\nA B,"=""900101399030""",a@b.kz,Алматы облысы\nC D,,c@d.kz,KZ-99\n'),
      100,
    );
    expect(parsed.rows.map((row) => row.values)).toEqual([
      { fullName: 'A B', iin: '900101399030', email: 'a@b.kz', regionCode: 'KZ-19' },
      { fullName: 'C D', email: 'c@d.kz', regionCode: 'KZ-99' },
    ]);
  });

  it('should report a row with more cells than the header has columns', () => {
    const parsed = parseCsvImport(utf8('fullName;email\nA;a@b.kz;surprise\nB;b@b.kz;\n'), 100);
    expect(parsed.rows[0]?.problems).toEqual([{ field: 'row', code: 'extraCells', args: [2] }]);
    expect(parsed.rows[1]?.problems).toEqual([]);
  });

  it('should refuse a file without a name or e-mail column, with two columns for one field, or with too many rows', () => {
    expect(() => parseCsvImport(utf8('ИИН;Телефон\n1;2\n'), 100)).toThrow(/missingColumn/);
    expect(() => parseCsvImport(utf8('ФИО;email;E-mail\n'), 100)).toThrow(/duplicateColumn/);
    expect(() => parseCsvImport(utf8('fullName;email\na;b\nc;d\ne;f\n'), 2)).toThrow(/tooManyRows/);
    expect(() => parseCsvImport(utf8(''), 2)).toThrow(/emptyFile/);
  });
});

describe('parseJsonImport', () => {
  it('should accept API names and header aliases, stringify numbers and keep unknown keys for validation', () => {
    const parsed = parseJsonImport(
      [
        { fullName: 'A', email: 'a@b.kz', iin: 900101399030, region: 'Shymkent', role: 'admin' },
        'not an object',
      ],
      10,
    );
    expect(parsed.rows[0]).toEqual({
      row: 1,
      problems: [],
      values: { fullName: 'A', email: 'a@b.kz', iin: '900101399030', regionCode: 'KZ-79', role: 'admin' },
    });
    expect(parsed.rows[1]?.problems).toEqual([{ field: 'row', code: 'isObject' }]);
  });

  it('should report U+FFFD in a JSON row as lost characters, and take question marks as they are', () => {
    const parsed = parseJsonImport(
      [
        { fullName: 'С\uFFFDрсенова', email: 'a@b.kz' },
        { fullName: '?лия', email: 'b@b.kz' },
      ],
      10,
    );
    expect(parsed.rows.map((row) => row.problems)).toEqual([
      [{ field: 'fullName', code: 'replacementCharacter' }],
      [],
    ]);
    expect(parsed.rows[0]?.values).toEqual({ email: 'a@b.kz' });
  });

  it('should refuse a body that is not an array, or too long', () => {
    expect(() => parseJsonImport({ rows: [] }, 10)).toThrow(ImportFileError);
    expect(() => parseJsonImport([{}, {}, {}], 2)).toThrow(/tooManyRows/);
  });
});
