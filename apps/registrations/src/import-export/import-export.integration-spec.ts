import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal, type Principal } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { eventually, windows1251 } from '@jiyn/testing';
import { TEST_ADMIN, TEST_ORGANISATION_ID, useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo } from '../../test/builders';

const { service, producer, probe } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});

const CLERK: Principal = {
  id: 'api-key:clerk',
  kind: 'api-key',
  // The test organisation's (the events' owner), without personal data.
  grants: [{ organisationId: TEST_ORGANISATION_ID, scopes: ['registrations:read', 'registrations:write'] }],
};
let serial = 100;

const knownEvent = eventsKnownTo({ service, producer }, { capacity: 1_000 });

function iin(): string {
  serial += 1;
  return generateIin({ birthDate: '1988-07-21', sex: serial % 2 ? 'male' : 'female', serial });
}

interface Answer {
  status: number;
  headers: Headers;
  bytes: Buffer;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Calls the service with raw bytes, as the gateway forwards an upload. */
async function call(
  method: string,
  path: string,
  options: { body?: Uint8Array | string; contentType?: string; principal?: Principal; lang?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${await service.app.getUrl()}${path}`, {
    method,
    headers: {
      [INTERNAL_TOKEN_HEADER]: service.internalToken,
      [PRINCIPAL_HEADER]: encodePrincipal(options.principal ?? TEST_ADMIN),
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    body: options.body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    body: isJson ? JSON.parse(bytes.toString('utf8')) : undefined,
  };
}

/** The built-in consent text the importing organisation attests (the events have no form of their own). */
const CONSENT = 'default-1';

const importCsv = (eventId: string, csv: Uint8Array | string, query = 'dryRun=false', lang?: string) =>
  call('POST', `/registrations/events/${eventId}/imports?${query}&consentTextVersion=${CONSENT}`, {
    body: csv,
    contentType: 'text/csv; charset=utf-8',
    lang,
  });

const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

const registrationsOf = (eventId: string) =>
  service.query<{
    full_name: string;
    iin: string | null;
    email: string;
    region_code: string | null;
    organisation: string | null;
    status: string;
    channel: string;
    version: number;
  }>(
    `SELECT full_name, iin, email, region_code, organisation, status, channel, version
       FROM registrations.registrations WHERE event_id = $1 ORDER BY created_at, id`,
    [eventId],
  );

const outboxRowsOf = (eventId: string) =>
  service.count(`SELECT count(*)::int AS n FROM registrations.outbox WHERE payload LIKE $1`, [
    `%${eventId}%`,
  ]);

function kazakhList(people: { iin: string; ref: string }[]): string {
  const rows = people.map(
    (p, i) =>
      `${p.ref};Сәрсенова Әйгерім ${i};${p.iin};aigerim${p.iin}@akimat.kz;+7 701 555 00 ${String(10 + i)};Абай облысы;Семей қаласының әкімдігі;Бас маман;қазақша`,
  );
  return ['Сыртқы ID;Аты-жөні;ЖСН;E-mail;Телефон;Облыс;Ұйым;Лауазымы;Тіл', ...rows].join('\r\n') + '\r\n';
}

describe('participant list import', () => {
  it('should report broken rows in a dry run, in the caller language, and change nothing', async () => {
    const event = await knownEvent();
    const good = iin();
    const csv = [
      'ФИО;ИИН;E-mail;Телефон;Регион;Внешний ID;№',
      `Иванов Пётр;${good};petr@akimat.kz;8 701 555 00 11;Акмолинская область;MIN-1;1`,
      'Без ИИН;900101300001;bad-email;+7 916 123 45 67;Марс;MIN-2;2',
      'Без идентификатора;;noid@akimat.kz;;;;3',
      `Повтор;${good};other@akimat.kz;;Астана;MIN-4;4`,
      '"Лишняя, ячейка";;x@akimat.kz;;;MIN-5;5;surprise',
      '"Многострочная',
      'организация";;multi@akimat.kz;;KZ-75;MIN-6;6',
    ].join('\r\n');
    const answer = await importCsv(event.eventId, utf8Bom(csv), 'dryRun=true', 'ru');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      dryRun: true,
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      ignoredColumns: ['№'],
      counts: { total: 6, valid: 2, invalid: 4, wouldCreate: 2, wouldUpdate: 0 },
    });
    const problems = answer.body.problems as { row: number; line: number; field: string; code: string }[];
    expect(problems.map((p) => `${p.row}@${p.line}:${p.field}:${p.code}`)).toEqual(
      expect.arrayContaining([
        '2@3:iin:isIin',
        '2@3:email:isEmail',
        '2@3:phone:isKzPhone',
        '2@3:regionCode:isKzRegionCode',
        '3@4:iin:identifierRequired',
        '4@5:iin:duplicateInFile',
        '5@6:row:extraCells',
      ]),
    );
    expect(problems.filter((p) => p.row === 1 || p.row === 6)).toEqual([]);
    expect(answer.body.problems.find((p: { code: string }) => p.code === 'isEmail')).toMatchObject({
      column: 'E-mail',
      message: 'Поле email должно быть адресом e-mail',
    });
    expect(answer.body.problems.find((p: { code: string }) => p.code === 'duplicateInFile').message).toBe(
      'Поле iin повторяет значение строки 1 этого файла',
    );
    expect(await registrationsOf(event.eventId)).toEqual([]);
    expect(await outboxRowsOf(event.eventId)).toBe(0);
    // The default is a dry run, too.
    const implicit = await importCsv(event.eventId, utf8Bom(csv), '');
    expect(implicit.body.dryRun).toBe(true);
    expect(await registrationsOf(event.eventId)).toEqual([]);
  }, 60_000);

  it('should import Kazakh Cyrillic from UTF-8, then change nothing when the same file comes again', async () => {
    const event = await knownEvent();
    const people = Array.from({ length: 12 }, (_, i) => ({ iin: iin(), ref: `MIN-${i}` }));
    const file = utf8Bom(kazakhList(people));

    const dry = await importCsv(event.eventId, file, 'dryRun=true');
    expect(dry.body.counts).toMatchObject({ total: 12, valid: 12, wouldCreate: 12 });

    const first = await importCsv(event.eventId, file);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      dryRun: false,
      counts: { total: 12, valid: 12, invalid: 0, created: 12, updated: 0, unchanged: 0, failed: 0 },
      problems: [],
    });
    const stored = await registrationsOf(event.eventId);
    expect(stored).toHaveLength(12);
    expect(stored[0]).toMatchObject({
      full_name: 'Сәрсенова Әйгерім 0',
      region_code: 'KZ-10',
      organisation: 'Семей қаласының әкімдігі',
      status: 'confirmed',
      channel: 'import',
    });
    expect(await outboxRowsOf(event.eventId)).toBe(12);
    const announced = () =>
      probe
        .on(TOPICS.registrations)
        .filter((m) => (m.json as Record<string, unknown> | null)?.['eventId'] === event.eventId);
    await eventually(() => expect(announced()).toHaveLength(12), { timeoutMs: 30_000 });
    for (const m of announced()) {
      expect(m.headers['ce_type']).toBe(EVENT_TYPES.registrationCreated);
      expect((m.json as Record<string, unknown>)['channel']).toBe('import');
      expect(m.value).not.toContain('Сәрсенова');
    }

    const again = await importCsv(event.eventId, file);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 12, failed: 0 });
    expect(await registrationsOf(event.eventId)).toHaveLength(12);
    expect(await outboxRowsOf(event.eventId)).toBe(12);

    // One participant moved to another organisation: an update, not a second registration.
    const edited = kazakhList(people)
      .split('\r\n')
      .map((line, index) =>
        index === 3 ? line.replace('Семей қаласының әкімдігі', 'Абай облысының әкімдігі') : line,
      )
      .join('\r\n');
    const dryEdit = await importCsv(event.eventId, utf8Bom(edited), 'dryRun=true');
    expect(dryEdit.body.counts).toMatchObject({ wouldCreate: 0, wouldUpdate: 1, wouldStayUnchanged: 11 });
    const update = await importCsv(event.eventId, utf8Bom(edited));
    expect(update.body.counts).toMatchObject({ created: 0, updated: 1, unchanged: 11 });
    const after = await registrationsOf(event.eventId);
    expect(after).toHaveLength(12);
    expect(after[2]).toMatchObject({ organisation: 'Абай облысының әкімдігі', version: 2 });
  }, 90_000);

  it('should import Russian Cyrillic from Windows-1251 as Excel saves it, comma-separated and quoted', async () => {
    const event = await knownEvent();
    const [a, b] = [iin(), iin()];
    const csv =
      'ФИО,ИИН,Почта,Регион,Организация,Должность,Язык\r\n' +
      `"Ёлкина Анна Петровна",${a},anna@akimat.kz,Восточно-Казахстанская область,"Аппарат акима, отдел культуры",Главный специалист,русский\r\n` +
      `"Сидоров ""Младший"" Иван",${b},ivan@akimat.kz,г. Алматы,Управление образования,Методист,ru\r\n`;
    const bytes = windows1251(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const answer = await importCsv(event.eventId, bytes);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ encoding: 'windows-1251', delimiter: ',' });
    expect(answer.body.counts).toMatchObject({ total: 2, invalid: 1, created: 1, failed: 1 });
    // "г. Алматы" is no region name we know: reported, not guessed.
    expect(answer.body.problems).toEqual([
      expect.objectContaining({
        row: 2,
        line: 3,
        field: 'regionCode',
        code: 'isKzRegionCode',
        column: 'Регион',
      }),
    ]);
    expect(await registrationsOf(event.eventId)).toEqual([
      expect.objectContaining({
        full_name: 'Ёлкина Анна Петровна',
        region_code: 'KZ-63',
        organisation: 'Аппарат акима, отдел культуры',
      }),
    ]);
  }, 60_000);

  it('should refuse rows whose Kazakh letters Windows-1251 turned into "?", in the dry run and the real run, and store the others', async () => {
    const event = await knownEvent();
    const [a, b, c, d] = [iin(), iin(), iin(), iin()];
    // As Excel saves "CSV" on a Russian Windows: ә, қ, ң, ө, ұ … become "?" (і stays).
    const csv =
      'ФИО;ИИН;E-mail;Регион;Организация;Должность\r\n' +
      `Иванов Пётр;${a};petr@akimat.kz;Акмолинская область;Аппарат акима;Главный специалист\r\n` +
      `Әлия Сәрсенқызы;${b};aliya@akimat.kz;Астана;Астана қаласының әкімдігі;Бас маман\r\n` +
      `Ким Елена;${c};elena@akimat.kz;Шымкент;"Клуб ""Что? Где? Когда?""";Методист\r\n` +
      `Сергеев Игорь;${d};igor@akimat.kz;Ақтөбе облысы;Управление культуры;Специалист\r\n`;
    const bytes = windows1251(csv);
    expect(new TextDecoder('windows-1251').decode(bytes)).toContain('?лия С?рсен?ызы');
    const fields = (body: {
      problems: { row: number; line: number; field: string; column: string; code: string }[];
    }) => body.problems.map((p) => `${p.row}@${p.line}:${p.field}(${p.column}):${p.code}`);
    const expected = [
      '2@3:fullName(ФИО):lostCharacters',
      '2@3:organisation(Организация):lostCharacters',
      '4@5:regionCode(Регион):lostCharacters',
    ];

    const dry = await importCsv(event.eventId, bytes, 'dryRun=true', 'en');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      encoding: 'windows-1251',
      counts: { total: 4, valid: 2, invalid: 2, wouldCreate: 2 },
    });
    expect(fields(dry.body)).toEqual(expected);
    expect(dry.body.problems[0].message).toBe(
      'fullName: characters were lost when the file was saved in Windows-1251 (letters such as ә, ғ, қ, ң, ө, ұ, ү, һ became “?”); save it as “CSV UTF-8” and import it again',
    );
    const ru = await importCsv(event.eventId, bytes, 'dryRun=true', 'ru');
    expect(ru.body.problems[0].message).toMatch(
      /^Поле fullName: при сохранении файла в кодировке Windows-1251 пропали символы.*«CSV UTF-8»/,
    );
    const kk = await importCsv(event.eventId, bytes, 'dryRun=true', 'kk');
    expect(kk.body.problems[0].message).toMatch(
      /^fullName өрісі: файл Windows-1251 кодтауында сақталғанда таңбалар жоғалды.*«CSV UTF-8»/,
    );
    expect(await registrationsOf(event.eventId)).toEqual([]);

    const real = await importCsv(event.eventId, bytes);
    expect(real.status).toBe(200);
    expect(real.body.counts).toMatchObject({ total: 4, valid: 2, invalid: 2, created: 2, failed: 2 });
    expect(fields(real.body)).toEqual(expected);
    expect((await registrationsOf(event.eventId)).map((r) => r.full_name)).toEqual([
      'Иванов Пётр',
      'Ким Елена',
    ]);
    expect(await outboxRowsOf(event.eventId)).toBe(2);

    // Saved as CSV UTF-8 instead, the same list goes in whole.
    const fixed = await importCsv(event.eventId, utf8Bom(csv));
    expect(fixed.body.counts).toMatchObject({ created: 2, unchanged: 2, failed: 0 });
    expect((await registrationsOf(event.eventId)).map((r) => r.full_name)).toContain('Әлия Сәрсенқызы');

    // A header that lost letters names no column: the file is refused as a whole.
    const kazakhHeader = await importCsv(
      event.eventId,
      windows1251(`Аты-жөні;ЖСН;E-mail\r\nТест;${iin()};t@akimat.kz\r\n`),
      'dryRun=true',
      'en',
    );
    expect(kazakhHeader.status).toBe(400);
    expect(kazakhHeader.body.errors).toEqual([
      expect.objectContaining({
        field: 'header',
        code: 'damagedHeader',
        message: expect.stringContaining('“Аты-ж?ні”'),
      }),
    ]);
  }, 60_000);

  it('should refuse per row an IIN whose birth date is before 1900 or in the future, naming the date', async () => {
    const event = await knownEvent();
    const old = generateIin({ birthDate: '1899-12-31', sex: 'male', serial: 9_999 });
    const future = generateIin({ birthDate: '2099-01-01', sex: 'female', serial: 9_999 });
    const csv = [
      'ФИО;ИИН;E-mail',
      `Старый;${old};old-${event.eventId}@akimat.kz`,
      `Будущий;${future};future-${event.eventId}@akimat.kz`,
      `Хороший;${iin()};fine-${event.eventId}@akimat.kz`,
    ].join('\r\n');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    for (const query of ['dryRun=true', 'dryRun=false']) {
      const answer = await importCsv(event.eventId, csv, query, 'ru');
      expect(answer.body.counts).toMatchObject({ total: 3, valid: 1, invalid: 2 });
      expect(answer.body.problems).toEqual([
        expect.objectContaining({
          row: 1,
          line: 2,
          field: 'iin',
          column: 'ИИН',
          code: 'implausibleBirthDate',
        }),
        expect.objectContaining({
          row: 2,
          line: 3,
          field: 'iin',
          column: 'ИИН',
          code: 'implausibleBirthDate',
        }),
      ]);
      expect(answer.body.problems[0].message).toBe(
        `Из ИИН в поле iin следует дата рождения 1899-12-31, а она должна быть не раньше 1900-01-01 и не позже сегодняшнего дня (${today}); проверьте номер`,
      );
      expect(answer.body.problems[1].message).toContain('2099-01-01');
    }
    expect((await registrationsOf(event.eventId)).map((r) => r.full_name)).toEqual(['Хороший']);
  }, 60_000);

  it('should import a JSON array with the same checks and report domain refusals per row', async () => {
    const event = await knownEvent({ capacity: 2, waitlistEnabled: false });
    const rows = Array.from({ length: 4 }, (_, i) => ({
      fullName: `Participant ${i}`,
      email: `json${i}-${event.eventId}@akimat.kz`,
      iin: iin(),
      region: 'Shymkent',
      externalReference: `J-${i}`,
    }));
    const answer = await call(
      'POST',
      `/registrations/events/${event.eventId}/imports?dryRun=false&lang=en&consentTextVersion=${CONSENT}`,
      {
        body: JSON.stringify([...rows, { fullName: 'No email', iin: iin(), role: 'admin' }]),
        contentType: 'application/json',
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      format: 'json',
      counts: { total: 5, valid: 4, invalid: 1, created: 2, failed: 3 },
    });
    const problems = answer.body.problems as {
      row: number;
      field: string | null;
      code: string;
      message: string;
    }[];
    expect(problems.filter((p) => p.code === 'event-full').map((p) => p.row)).toEqual([3, 4]);
    expect(problems.find((p) => p.code === 'event-full')?.message).toMatch(/full|seats/);
    expect(problems.filter((p) => p.row === 5).map((p) => `${p.field}:${p.code}`)).toEqual(
      expect.arrayContaining(['email:isEmail', 'role:whitelistValidation']),
    );
    const stored = await registrationsOf(event.eventId);
    expect(stored.map((r) => r.full_name)).toEqual(['Participant 0', 'Participant 1']);
    expect(stored.every((r) => r.region_code === 'KZ-79')).toBe(true);
  }, 60_000);

  it('should forecast in a dry run what the seats would do with each row, as the real run then does', async () => {
    const event = await knownEvent({ capacity: 3, waitlistEnabled: false });
    const quota = await service.request('PUT', `/registrations/events/${event.eventId}/settings`, {
      body: { regionQuotas: { 'KZ-10': 1 } },
    });
    expect(quota.status).toBe(200);
    // Rows 1-2 in Abai (quota 1), rows 3-5 elsewhere: 3 seats in all.
    const regions = ['Абай облысы', 'Абай облысы', 'Шымкент', 'Шымкент', 'Шымкент'];
    const csv = [
      'ФИО;ИИН;E-mail;Регион',
      ...regions.map(
        (region, i) => `Участник ${i};${iin()};forecast${i}-${event.eventId}@akimat.kz;${region}`,
      ),
    ].join('\n');
    const dry = await importCsv(event.eventId, csv, 'dryRun=true', 'ru');
    expect(dry.status).toBe(200);
    expect(dry.body.counts).toMatchObject({
      valid: 5,
      wouldCreate: 5,
      wouldConfirm: 3,
      wouldWaitlist: 0,
      wouldAwaitApproval: 0,
      wouldBeRefused: 2,
    });
    const foreseen = (dry.body.problems as { row: number; code: string; message: string }[]).map(
      (p) => `${p.row}:${p.code}`,
    );
    expect(foreseen).toEqual(['2:event-full', '5:event-full']);
    expect((dry.body.problems as { message: string }[])[0]?.message).toMatch(/мест/);
    expect(await registrationsOf(event.eventId)).toEqual([]);

    const real = await importCsv(event.eventId, csv);
    expect(real.body.counts).toMatchObject({ created: 3, failed: 2 });
    expect((real.body.problems as { row: number; code: string }[]).map((p) => `${p.row}:${p.code}`)).toEqual(
      foreseen,
    );

    // The same file again: nothing to create, so nothing to forecast.
    const again = await importCsv(event.eventId, csv, 'dryRun=true');
    expect(again.body.counts).toMatchObject({ wouldCreate: 2, wouldStayUnchanged: 3, wouldBeRefused: 2 });

    const approval = await knownEvent({ capacity: 1, requiresApproval: true });
    const held = await importCsv(approval.eventId, csv.replace(/forecast/g, 'held'), 'dryRun=true');
    expect(held.body.counts).toMatchObject({ wouldCreate: 5, wouldAwaitApproval: 5, wouldBeRefused: 0 });

    // An event that requires the IIN: a row without one is refused, and takes no seat in the forecast.
    const strict = await knownEvent({ capacity: 1, waitlistEnabled: false });
    expect(
      (
        await service.request('PUT', `/registrations/events/${strict.eventId}/settings`, {
          body: { requireIin: true },
        })
      ).status,
    ).toBe(200);
    const strictCsv = [
      'externalReference;fullName;email;iin',
      `S-1;Без ИИН;noiin-${strict.eventId}@akimat.kz;`,
      `S-2;С ИИН;withiin-${strict.eventId}@akimat.kz;${iin()}`,
    ].join('\n');
    const strictDry = await importCsv(strict.eventId, strictCsv, 'dryRun=true');
    expect(strictDry.body.counts).toMatchObject({ wouldCreate: 1, wouldConfirm: 1, wouldBeRefused: 1 });
    const strictFields = (body: { problems: { row: number; field: string | null }[] }) =>
      body.problems.map((problem) => `${problem.row}:${problem.field}`);
    expect(strictFields(strictDry.body)).toEqual(['1:iin']);
    const strictReal = await importCsv(strict.eventId, strictCsv);
    expect(strictReal.body.counts).toMatchObject({ created: 1, failed: 1 });
    expect(strictFields(strictReal.body)).toEqual(strictFields(strictDry.body));

    const closed = await knownEvent({ registrationClosesAt: '2020-01-01T00:00:00.000Z' });
    const late = await importCsv(closed.eventId, csv.replace(/forecast/g, 'late'), 'dryRun=true', 'en');
    expect(late.body.counts).toMatchObject({ wouldCreate: 5, wouldBeRefused: 5, wouldConfirm: 0 });
    expect((late.body.problems as { code: string; message: string }[])[0]).toMatchObject({
      code: 'event-not-open',
      message: 'Registration has closed',
    });
  }, 60_000);

  it('should check rows against the event’s questions and consent text in the dry run as the real run does', async () => {
    const event = await knownEvent();
    const rows = [
      {
        fullName: 'Ответы',
        email: `answers-${event.eventId}@akimat.kz`,
        iin: iin(),
        answers: { shoeSize: 42 },
      },
      { fullName: 'Хороший', email: `fine-${event.eventId}@akimat.kz`, iin: iin() },
    ];
    const send = (query: string, version: string) =>
      call('POST', `/registrations/events/${event.eventId}/imports?${query}&consentTextVersion=${version}`, {
        body: JSON.stringify(rows),
        contentType: 'application/json',
      });
    const fields = (body: { problems: { row: number; field: string | null }[] }) =>
      body.problems.map((problem) => `${problem.row}:${problem.field}`);

    const dry = await send('dryRun=true', CONSENT);
    expect(dry.body.counts).toMatchObject({ valid: 1, invalid: 1, wouldCreate: 1 });
    expect(fields(dry.body)).toEqual(['1:answers.shoeSize']);
    const real = await send('dryRun=false', CONSENT);
    expect(real.body.counts).toMatchObject({ created: 1, failed: 1 });
    expect(fields(real.body)).toEqual(fields(dry.body));

    // Rows skip the route's input checks: a broken character or a 20,000-deep value is that row's problem.
    const good = JSON.stringify({ ...rows[1], email: `deep-${event.eventId}@akimat.kz`, iin: iin() });
    const deepRow = `{"fullName":"Глубина","email":"x@akimat.kz","answers":{"a":${'['.repeat(20_000)}1${']'.repeat(20_000)}}}`;
    const brokenRow = JSON.stringify({ fullName: 'Сломанный \ud800', email: 'y@akimat.kz' });
    const odd = await call(
      'POST',
      `/registrations/events/${event.eventId}/imports?dryRun=true&consentTextVersion=${CONSENT}`,
      { body: `[${deepRow},${brokenRow},${good}]`, contentType: 'application/json' },
    );
    expect(odd.status).toBe(200);
    expect(odd.body.counts).toMatchObject({ total: 3, valid: 1, invalid: 2 });
    expect(
      (odd.body.problems as { row: number; code: string }[]).map(
        (problem) => `${problem.row}:${problem.code}`,
      ),
    ).toEqual(['1:nestedTooDeep', '2:loneSurrogate']);

    // A consent text the event does not use: every row, named before anything is written.
    const stale = await send('dryRun=true', 'mci-2019-v0');
    expect(stale.body.counts).toMatchObject({ valid: 0, invalid: 2 });
    expect(fields(stale.body)).toEqual([
      '1:answers.shoeSize',
      '1:consent.textVersion',
      '2:consent.textVersion',
    ]);
  }, 60_000);

  it('should keep the file order on the waitlist', async () => {
    const event = await knownEvent({ capacity: 1, waitlistEnabled: true });
    const names = Array.from({ length: 8 }, (_, i) => `Участник ${String.fromCharCode(0x410 + i)}`);
    const csv = ['ФИО;ИИН;E-mail', ...names.map((name, i) => `${name};${iin()};w${i}@akimat.kz`)].join('\n');
    const answer = await importCsv(event.eventId, csv);
    expect(answer.body.counts).toMatchObject({ created: 8 });
    const stored = await registrationsOf(event.eventId);
    expect(stored.map((r) => r.full_name)).toEqual(names);
    expect(stored.map((r) => r.status)).toEqual(['confirmed', ...Array(7).fill('waitlisted')]);
  }, 60_000);

  it('should respect region quotas row by row and match by external reference first', async () => {
    const event = await knownEvent({ capacity: 100, waitlistEnabled: true });
    const settings = await service.request('PUT', `/registrations/events/${event.eventId}/settings`, {
      body: { regionQuota: 2 },
    });
    expect(settings.status).toBe(200);
    const people = Array.from({ length: 5 }, (_, i) => ({ iin: iin(), ref: `Q-${i}` }));
    const answer = await importCsv(event.eventId, utf8Bom(kazakhList(people)));
    expect(answer.body.counts).toMatchObject({ created: 5, failed: 0 });
    // All five in Abai region: two seats, then the waitlist in file order.
    expect((await registrationsOf(event.eventId)).map((r) => r.status)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);

    // The ministry corrected an IIN: the external reference still finds the participant.
    const corrected = iin();
    const edited = kazakhList(people).replace(`;${people[0]?.iin};`, `;${corrected};`);
    const update = await importCsv(event.eventId, utf8Bom(edited));
    expect(update.body.counts).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const stored = await registrationsOf(event.eventId);
    expect(stored).toHaveLength(5);
    expect(stored[0]?.iin).toBe(corrected);
  }, 60_000);

  it('should never duplicate a participant when the same list is imported twice at once', async () => {
    const event = await knownEvent();
    const people = Array.from({ length: 40 }, (_, i) => ({ iin: iin(), ref: `C-${i}` }));
    const file = utf8Bom(kazakhList(people));
    const answers = await Promise.all([importCsv(event.eventId, file), importCsv(event.eventId, file)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const created = answers.reduce((sum, a) => sum + (a.body.counts.created as number), 0);
    expect(created).toBe(40);
    expect(await registrationsOf(event.eventId)).toHaveLength(40);
  }, 60_000);

  it('should refuse what is not a list: unknown event, missing columns, broken quotes, wrong types, too many rows', async () => {
    const event = await knownEvent();
    const unknown = await importCsv(randomUUID(), 'ФИО;email\nA;a@b.kz\n', 'dryRun=true');
    expect(unknown.status).toBe(404);

    const noEmail = await importCsv(event.eventId, 'ФИО;ИИН\nA;1\n', 'dryRun=true', 'kk');
    expect(noEmail.status).toBe(400);
    expect(noEmail.body.errors).toEqual([
      { field: 'header', code: 'missingColumn', message: 'Файлда мына өріске баған жоқ: email' },
    ]);
    const broken = await importCsv(event.eventId, 'ФИО;email\n"A;a@b.kz\n', 'dryRun=true', 'en');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({
      code: 'unterminatedQuote',
      message: expect.stringMatching(/line 2/),
    });

    const noConsentAtAll = await call('POST', `/registrations/events/${event.eventId}/imports`, {
      body: 'ФИО;email\nA;a@b.kz\n',
      contentType: 'text/csv',
    });
    expect(noConsentAtAll.status).toBe(400);
    expect(new Set(noConsentAtAll.body.errors.map((error: { field: string }) => error.field))).toEqual(
      new Set(['consentTextVersion']),
    );

    const text = await call(
      'POST',
      `/registrations/events/${event.eventId}/imports?consentTextVersion=${CONSENT}`,
      {
        body: 'hello',
        contentType: 'text/plain',
      },
    );
    expect(text.status).toBe(415);
    const notArray = await call(
      'POST',
      `/registrations/events/${event.eventId}/imports?consentTextVersion=${CONSENT}`,
      {
        body: '{"rows":[]}',
        contentType: 'application/json',
      },
    );
    expect(notArray.status).toBe(400);
    // CSV is only taken where files are: elsewhere it stays an unsupported media type.
    const csvElsewhere = await call('POST', '/registrations', { body: 'a;b', contentType: 'text/csv' });
    expect(csvElsewhere.status).toBe(415);

    const tooMany = await importCsv(
      event.eventId,
      `ФИО;email\n${'A;a@b.kz\n'.repeat(20_001)}`,
      'dryRun=true',
      'en',
    );
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.errors[0].message).toBe(
      'At most 20000 rows can be imported at once; the file has 20001',
    );
    expect(await registrationsOf(event.eventId)).toEqual([]);
  }, 60_000);

  it('should take a file larger than the service-wide body limit on the import route', async () => {
    const event = await knownEvent();
    const iins = new Set<string>();
    for (let n = 0; iins.size < 8_000; n += 1)
      iins.add(
        generateIin({ birthDate: n < 9_000 ? '1975-01-15' : '1976-02-16', sex: 'male', serial: n % 9_000 }),
      );
    const rows = [...iins].map(
      (number, i) =>
        `Қатысушы Тестов ${i};${number};big${i}@akimat.kz;Ақмола облысы;Ақмола облысының әкімдігі;Бас маман`,
    );
    const csv = utf8Bom(['Аты-жөні;ЖСН;E-mail;Облыс;Ұйым;Лауазымы', ...rows].join('\r\n'));
    expect(csv.length).toBeGreaterThan(1_048_576);
    const answer = await importCsv(event.eventId, csv, 'dryRun=true');
    expect(answer.status).toBe(200);
    expect(answer.body.counts).toMatchObject({ total: 8_000, valid: 8_000, wouldCreate: 8_000 });
  }, 60_000);
});

describe('participant list export', () => {
  async function eventWithParticipants() {
    const event = await knownEvent({ capacity: 2 });
    const rows = [
      {
        fullName: 'Сәрсенова Әйгерім',
        email: `a-${event.eventId}@akimat.kz`,
        iin: iin(),
        phone: '+77015550011',
        regionCode: 'KZ-10',
        organisation: 'Семей қаласының әкімдігі; бөлім',
        externalReference: 'E-1',
      },
      {
        fullName: 'Иванов Пётр',
        email: `b-${event.eventId}@akimat.kz`,
        iin: iin(),
        regionCode: 'KZ-75',
        organisation: '=HYPERLINK("http://evil.example","click")',
        externalReference: 'E-2',
      },
      {
        fullName: 'Waiting Person',
        email: `c-${event.eventId}@akimat.kz`,
        iin: iin(),
        regionCode: 'KZ-71',
        externalReference: 'E-3',
      },
    ];
    const imported = await call(
      'POST',
      `/registrations/events/${event.eventId}/imports?dryRun=false&consentTextVersion=${CONSENT}`,
      {
        body: JSON.stringify(rows),
        contentType: 'application/json',
      },
    );
    expect(imported.body.counts.created).toBe(3);
    return { event, rows };
  }

  it('should export CSV with a BOM, semicolons, headers in the caller language, intact Cyrillic and masked IINs', async () => {
    const { event, rows } = await eventWithParticipants();
    const answer = await call('GET', `/registrations/events/${event.eventId}/export?format=csv`, {
      principal: CLERK,
      lang: 'kk',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="participants-.+\.csv"$/,
    );
    expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = answer.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Аты-жөні;ЖСН;E-mail;Телефон;Облыс;Ұйым;Лауазымы;Тіл;Сыртқы ID;Мәртебесі;/);
    expect(lines).toHaveLength(5); // header, three rows, the empty string after the last CRLF
    const first = lines[1] as string;
    expect(first).toContain('Сәрсенова Әйгерім');
    expect(first).toContain('Абай облысы');
    expect(first).toContain('"Семей қаласының әкімдігі; бөлім"');
    expect(first).not.toContain(rows[0]?.iin);
    expect(first).toContain(`"=""${rows[0]?.iin.slice(0, 6)}******"""`);
    expect(first).not.toContain('+77015550011');
    // A formula from the list comes back as text a spreadsheet will not run.
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);

    const admin = await call('GET', `/registrations/events/${event.eventId}/export?status=waitlisted`, {
      lang: 'ru',
    });
    const adminLines = admin.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(adminLines[0]).toMatch(/^ФИО;ИИН;/);
    expect(adminLines).toHaveLength(3);
    expect(adminLines[1]).toContain(`"=""${rows[2]?.iin}"""`);
    expect(adminLines[1]).toContain(';waitlisted;');

    // What was exported can be imported again: nothing changes (masked IINs aside, matched by IIN here).
    const full = await call('GET', `/registrations/events/${event.eventId}/export`, { lang: 'ru' });
    const reimport = await importCsv(event.eventId, full.bytes, 'dryRun=true');
    expect(reimport.body.counts).toMatchObject({ total: 3, valid: 3, wouldStayUnchanged: 2 });
  }, 60_000);

  it('should export XLSX that reads back with the same cells', async () => {
    const { event, rows } = await eventWithParticipants();
    const answer = await call('GET', `/registrations/events/${event.eventId}/export?format=xlsx`, {
      lang: 'en',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(answer.headers.get('content-disposition')).toMatch(/filename="participants-.+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('Participants');
    expect(sheet.getRow(1).getCell(1).value).toBe('Full name');
    expect(sheet.getRow(1).getCell(2).value).toBe('IIN');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).value).toBe('Сәрсенова Әйгерім');
    expect(sheet.getRow(2).getCell(2).value).toBe(rows[0]?.iin);
    expect(sheet.getRow(2).getCell(4).value).toBe('+77015550011');
    expect(sheet.getRow(2).getCell(5).value).toBe('Abai Region');
    expect(sheet.getRow(3).getCell(6).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(sheet.getRow(3).getCell(6).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(14).value).toBeInstanceOf(Date);

    const masked = await call(
      'GET',
      `/registrations/events/${event.eventId}/export?format=xlsx&status=confirmed`,
      {
        principal: CLERK,
      },
    );
    const maskedBook = new ExcelJS.Workbook();
    await maskedBook.xlsx.load(masked.bytes as unknown as ArrayBuffer);
    const maskedSheet = maskedBook.worksheets[0] as ExcelJS.Worksheet;
    expect(maskedSheet.rowCount).toBe(3);
    expect(maskedSheet.getRow(2).getCell(2).value).toMatch(/^\d{6}\*{6}$/);
  }, 60_000);

  it('should refuse an unknown event, a bad filter and an unknown format as problems', async () => {
    expect((await call('GET', `/registrations/events/${randomUUID()}/export`)).status).toBe(404);
    const event = await knownEvent();
    expect((await call('GET', `/registrations/events/${event.eventId}/export?status=lost`)).status).toBe(400);
    expect((await call('GET', `/registrations/events/${event.eventId}/export?format=pdf`)).status).toBe(400);
    expect((await call('GET', `/registrations/events/${event.eventId}/export?limit=5`)).status).toBe(400);
    const empty = await call('GET', `/registrations/events/${event.eventId}/export`, { lang: 'en' });
    expect(empty.bytes.subarray(3).toString('utf8')).toMatch(/^Full name;IIN;E-mail;.*\r\n$/);
  }, 60_000);
});
