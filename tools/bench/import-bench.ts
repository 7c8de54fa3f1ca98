/**
 * `npm run bench:import` (node --import @swc-node/register/esm-register tools/bench/import-bench.ts):
 * a ministry participant list of 10,000 rows imported through the gateway, target < 30 s.
 *
 * Generates a realistic CSV as Excel in the region saves it (UTF-8 with BOM, `;`, CRLF): Kazakh and
 * Russian names, valid IINs (check digit and century digit right), KZ mobile numbers, all 20
 * regions by name in kk or ru, the regional akimat as organisation, an external reference. Then,
 * on a fresh published event: (1) a dry run, (2) the real import, (3) the same file again (must
 * change nothing), each timed end to end (upload, parse, validate, write, answer).
 *
 * Starts its own throw-away platform on the benchmarks' port band (moved by JIYN_BENCH_PORT_OFFSET),
 * apart from `npm start`'s and `npm test`'s, or uses a running one when JIYN_GATEWAY_URL (http://127.0.0.1:<port>) and
 * JIYN_API_KEY are set. Exits 0 whatever the figures; 1 only when the platform does not start or
 * the import does not complete.
 *
 * Knobs: JIYN_BENCH_ROWS (10000), JIYN_BENCH_CAPACITY (8000: the rest goes to the waitlist),
 * JIYN_BENCH_PORT_OFFSET (0, a multiple of 10), JIYN_BENCH_LOG_LEVEL (info), JIYN_BENCH_CONSENT_VERSION (default-1,
 * the built-in consent text the import attests).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { REGIONS, generateIin } from '@jiyn/kz';
import { envNumber, int, mb, processMemory, table } from './bench-kit';
import { BenchError, Gateway, log, runBenchmarkMain, type Platform } from './bench-platform';

const TARGET_MS = 30_000;
const ROWS = Math.round(envNumber('JIYN_BENCH_ROWS', 10_000, 100, 20_000));
const CAPACITY = Math.round(envNumber('JIYN_BENCH_CAPACITY', 8_000, 1, 100_000));
const RUN_ID = Date.now().toString(36);
/** The consent text version the import attests (the event form's current one), once registrations require consent. */
const CONSENT = process.env['JIYN_BENCH_CONSENT_VERSION'] ?? 'default-1';

/** Calls through the gateway with the admin key; a 10,000-row import may take a while. */
async function call(
  api: Gateway,
  method: 'GET' | 'POST',
  path: string,
  body?: { json?: unknown; csv?: Buffer },
): Promise<{ status: number; json: unknown; ms: number }> {
  const answer = await api.call(method, path, {
    body: body?.json,
    raw: body?.csv ? { bytes: body.csv, contentType: 'text/csv' } : undefined,
    headers: { 'accept-language': 'ru' },
    expect: [200, 201, 400, 404, 409, 413, 415, 422, 500, 503],
    timeoutMs: 120_000,
  });
  let json: unknown = answer.body;
  if (json === undefined) {
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = answer.text;
    }
  }
  return { status: answer.status, json, ms: answer.elapsedMs };
}

// ---------------------------------------------------------------------------------------------------
// A realistic list

const KK_FIRST = [
  'Айгерім',
  'Ерлан',
  'Нұрлан',
  'Гүлнар',
  'Әсел',
  'Дәурен',
  'Жанар',
  'Қайрат',
  'Сәуле',
  'Мұрат',
];
const KK_LAST = ['Сәрсенов', 'Жұмабаев', 'Құрманғалиев', 'Әбілқасымов', 'Тоқтаров', 'Нұрмағамбетов'];
const RU_FIRST = ['Анна', 'Пётр', 'Елена', 'Сергей', 'Ольга', 'Дмитрий', 'Наталья', 'Игорь'];
const RU_LAST = ['Иванов', 'Ким', 'Петренко', 'Шевченко', 'Ли', 'Кузнецов'];
const POSITIONS = ['Бас маман', 'Жетекші маман', 'Главный специалист', 'Руководитель отдела', 'Методист'];

/** 10,000 distinct valid IINs over a few hundred birth dates, both sexes, 20th and 21st century. */
function iins(count: number): string[] {
  const out = new Set<string>();
  for (let n = 0; out.size < count; n += 1) {
    const year = 1960 + (n % 45);
    const month = 1 + (Math.floor(n / 45) % 12);
    const day = 1 + (Math.floor(n / 540) % 28);
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.add(generateIin({ birthDate, sex: n % 2 ? 'male' : 'female', serial: Math.floor(n / 15_120) + 17 }));
  }
  return [...out];
}

function csvFile(rows: number): Buffer {
  const numbers = iins(rows);
  const lines = ['Сыртқы ID;Аты-жөні;ЖСН;E-mail;Телефон;Облыс;Ұйым;Лауазымы;Тіл'];
  numbers.forEach((iin, i) => {
    const region = REGIONS[i % REGIONS.length] as (typeof REGIONS)[number];
    const kazakh = i % 3 !== 0;
    const first = kazakh ? KK_FIRST[i % KK_FIRST.length] : RU_FIRST[i % RU_FIRST.length];
    const last = kazakh ? KK_LAST[(i >> 3) % KK_LAST.length] : RU_LAST[(i >> 3) % RU_LAST.length];
    const female = Number(iin[6]) % 2 === 0;
    const surname = `${last}${female ? 'а' : ''}`;
    const phone = `+7 7${['01', '02', '05', '07', '47', '71', '77'][i % 7]} ${String(100 + (i % 900))} ${String(10 + (i % 90))} ${String(10 + ((i >> 2) % 90))}`;
    const regionName = kazakh ? region.names.kk : region.names.ru;
    const organisation = kazakh ? `${region.names.kk} әкімдігі` : `Аппарат акима, ${region.names.ru}`;
    lines.push(
      [
        `MIN-${RUN_ID}-${i}`,
        `${surname} ${first}`,
        iin,
        `p${i}.${RUN_ID}@akimat.example.kz`,
        phone,
        regionName,
        organisation.includes(';') ? `"${organisation}"` : organisation,
        POSITIONS[i % POSITIONS.length],
        kazakh ? 'қазақша' : 'русский',
      ].join(';'),
    );
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

// ---------------------------------------------------------------------------------------------------

async function publishedEvent(api: Gateway): Promise<string> {
  const created = await call(api, 'POST', '/api/v1/events', {
    json: {
      slug: `bench-import-${RUN_ID}`,
      title: {
        kk: 'Мәдениет форумы (бенчмарк)',
        ru: 'Форум культуры (бенчмарк)',
        en: 'Culture forum (benchmark)',
      },
      description: { en: 'Generated by tools/bench/import-bench.ts' },
      requiredLanguages: ['kk', 'ru'],
      timeZone: 'Asia/Almaty',
      startsAt: '2031-02-05T04:00:00.000Z',
      endsAt: '2031-02-07T13:00:00.000Z',
      capacity: CAPACITY,
      venue: { name: { kk: 'EXPO орталығы', ru: 'Центр EXPO', en: 'EXPO centre' }, address: 'Astana' },
    },
  });
  if (created.status !== 201)
    throw new BenchError(`event: ${created.status} ${JSON.stringify(created.json)}`);
  const eventId = (created.json as { id: string }).id;
  const published = await call(api, 'POST', `/api/v1/events/${eventId}/publish`);
  if (published.status !== 200)
    throw new BenchError(`publish: ${published.status} ${JSON.stringify(published.json)}`);
  // The registrations service learns of the event over Kafka.
  const probe = Buffer.from('ФИО;email\nА;a@b.kz\n', 'utf8');
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const answer = await call(
      api,
      'POST',
      `/api/v1/registrations/events/${eventId}/imports?dryRun=true&consentTextVersion=${encodeURIComponent(CONSENT)}`,
      {
        csv: probe,
      },
    );
    if (answer.status === 200) return eventId;
    await sleep(500);
  }
  throw new BenchError('the registrations service never learnt of the event');
}

interface Run {
  name: string;
  ms: number;
  counts: Record<string, number>;
  problems: number;
}

async function importOnce(api: Gateway, eventId: string, file: Buffer, dryRun: boolean, name: string) {
  const answer = await call(
    api,
    'POST',
    `/api/v1/registrations/events/${eventId}/imports?dryRun=${dryRun}&consentTextVersion=${encodeURIComponent(CONSENT)}`,
    { csv: file },
  );
  if (answer.status !== 200)
    throw new BenchError(`${name}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 500)}`);
  const report = answer.json as { counts: Record<string, number>; problems: unknown[] };
  log(`${name}: ${(answer.ms / 1000).toFixed(2)} s ${JSON.stringify(report.counts)}`);
  if (report.problems.length) log(`  first problems: ${JSON.stringify(report.problems.slice(0, 3))}`);
  return { name, ms: answer.ms, counts: report.counts, problems: report.problems.length };
}

async function run(platform: Platform): Promise<void> {
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, 4);
  const generating = performance.now();
  const file = csvFile(ROWS);
  log(
    `generated ${int(ROWS)} rows, ${(file.length / 1_048_576).toFixed(2)} MB, in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
  const eventId = await publishedEvent(api);
  log(`event ${eventId} published with capacity ${int(CAPACITY)}`);
  const before = Object.fromEntries(
    (['gateway', 'registrations', 'kafka'] as const).map((name) => [
      name,
      processMemory(platform.pids[name]),
    ]),
  );
  const runs: Run[] = [
    await importOnce(api, eventId, file, true, 'dry run'),
    await importOnce(api, eventId, file, false, 'import'),
    await importOnce(api, eventId, file, false, 're-import (same file)'),
  ];
  const imported = runs[1] as Run;
  const again = runs[2] as Run;
  console.log(`\nImport of ${int(ROWS)} rows through the gateway (target < ${TARGET_MS / 1000} s)\n`);
  console.log(
    table(
      ['Run', 'time', 'rows/s', 'counts', 'problems'],
      runs.map((one) => [
        one.name,
        `${(one.ms / 1000).toFixed(2)} s`,
        int(ROWS / (one.ms / 1000)),
        Object.entries(one.counts)
          .map(([key, value]) => `${key}=${value}`)
          .join(' '),
        String(one.problems),
      ]),
    ),
  );
  const ok =
    imported.ms < TARGET_MS &&
    imported.counts['created'] === ROWS &&
    again.counts['unchanged'] === ROWS &&
    again.counts['created'] === 0;
  console.log(
    `\n${ok ? 'PASS' : 'FAIL'}: import ${(imported.ms / 1000).toFixed(2)} s, ${imported.counts['created']} created; re-import created ${again.counts['created']}, unchanged ${again.counts['unchanged']}`,
  );
  if (Object.keys(platform.pids).length) {
    console.log(
      `\n${table(
        ['Process', 'RSS before', 'peak RSS (VmHWM)'],
        (['gateway', 'registrations', 'kafka'] as const).map((name) => [
          name,
          mb(before[name]?.currentKb),
          mb(processMemory(platform.pids[name]).peakKb),
        ]),
      )}`,
    );
  }
}

await runBenchmarkMain(run, ['gateway', 'registrations']);
