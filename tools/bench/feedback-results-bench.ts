/**
 * `npm run bench:feedback-results`: a survey's results with 10,000 responses (10 questions) through
 * the gateway. Target (issue 14): p99 ≤ 200 ms.
 *
 * Writes the survey, its questions, responses and answers straight into the feedback schema (the
 * answering routes are not what is measured), then asks `GET /api/v1/surveys/{id}/results` plain and
 * with `?breakdown=region`, sequentially and with 4 in flight, and prints p50/p95/p99 of each: first
 * computed (one response added before each request, outside its time, so the service cannot answer
 * from its last computation), then unchanged (answered from it, after the survey's change counter).
 *
 * Starts its own throw-away platform (moved by JIYN_BENCH_PORT_OFFSET), or uses a running one when
 * JIYN_GATEWAY_URL, JIYN_API_KEY and JIYN_DATABASE_URL (to seed the survey) are set.
 * Knobs: JIYN_BENCH_RESPONSES (10,000), JIYN_BENCH_REQUESTS (200 per phase), JIYN_BENCH_SEED (1).
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  insertEventProjection,
  insertResponses,
  insertSurvey,
  type FixtureResponse,
} from './feedback-survey-seed';
import { envNumber, mapLimit, ms, summarize, table, type LatencySummary } from './bench-kit';
import {
  BenchError,
  Gateway,
  closeOnCleanup,
  isAborted,
  log,
  runBenchmarkMain,
  type Platform,
} from './bench-platform';

const TARGET_P99_MS = 200;
const RESPONSES = Math.round(envNumber('JIYN_BENCH_RESPONSES', 10_000, 100, 100_000));
const REQUESTS = Math.round(envNumber('JIYN_BENCH_REQUESTS', 200, 20, 10_000));
const SEED = Math.round(envNumber('JIYN_BENCH_SEED', 1, 0, 2 ** 31));
const WARMUP = 20;
const REGIONS = [
  'KZ-ABA',
  'KZ-AKM',
  'KZ-AKT',
  'KZ-ALA',
  'KZ-ALM',
  'KZ-AST',
  'KZ-ATY',
  'KZ-KAR',
  'KZ-KUS',
  'KZ-KZY',
  'KZ-MAN',
  'KZ-PAV',
  'KZ-SEV',
  'KZ-SHY',
  'KZ-TUR',
  'KZ-ULY',
  'KZ-VOS',
  'KZ-YUZ',
  'KZ-ZAP',
  'KZ-ZHA',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seeded {
  surveyId: string;
  /** Adds one response: the next results request computes afresh. */
  addResponse: () => Promise<void>;
}

async function seed(platform: Platform): Promise<Seeded> {
  const url = platform.databaseUrl ?? process.env['JIYN_DATABASE_URL'];
  if (!url) throw new BenchError('set JIYN_DATABASE_URL to seed the survey on a running platform');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  closeOnCleanup(() => client.end());
  {
    const run = (sql: string, params?: unknown[]) => client.query(sql, params as unknown[]);
    const digest = createHash('sha256').update(platform.apiKey).digest();
    const { rows } = await client.query<{ organisation_id: string }>(
      `SELECT k.organisation_id FROM access.api_key_secrets s JOIN access.api_keys k ON k.id = s.api_key_id
        WHERE s.digest = $1`,
      [digest],
    );
    const organisationId = rows[0]?.organisation_id;
    if (!organisationId) throw new BenchError('the API key is not in access.api_keys');
    const eventId = randomUUID();
    await insertEventProjection(run, eventId, organisationId);
    const survey = await insertSurvey(run, {
      eventId,
      organisationId,
      anonymous: true,
      questions: [
        { kind: 'rating', scaleMin: 1, scaleMax: 5 },
        { kind: 'rating', scaleMin: 1, scaleMax: 5 },
        { kind: 'rating', scaleMin: 1, scaleMax: 5 },
        { kind: 'rating', scaleMin: 1, scaleMax: 10 },
        { kind: 'nps' },
        { kind: 'single-choice', options: ['a', 'b', 'c', 'd'] },
        { kind: 'single-choice', options: ['yes', 'no'] },
        { kind: 'multiple-choice', options: ['x', 'y', 'z', 'w'] },
        { kind: 'text' },
        { kind: 'text' },
      ],
    });
    const random = seeded(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const began = performance.now();
    const response = (): FixtureResponse => ({
      // a skewed spread: big regions and a tail of small ones
      regionCode: REGIONS[Math.min(REGIONS.length - 1, Math.floor(random() ** 2 * REGIONS.length))] as string,
      sex: random() < 0.5 ? 'female' : 'male',
      ageBand: pick(['18-29', '30-44', '45-59', '60+']),
      answers: [
        { rating: 1 + Math.floor(random() * 5) },
        { rating: 1 + Math.floor(random() * 5) },
        random() < 0.9 ? { rating: 1 + Math.floor(random() * 5) } : undefined,
        { rating: 1 + Math.floor(random() * 10) },
        { rating: Math.floor(random() * 11) },
        { choiceIds: [pick(['a', 'b', 'c', 'd'])] },
        { choiceIds: [pick(['yes', 'no'])] },
        { choiceIds: ['x', 'y', 'z', 'w'].filter(() => random() < 0.4) },
        random() < 0.3 ? { text: `Comment ${Math.floor(random() * 1000)}` } : undefined,
        random() < 0.1 ? { text: 'Suggestion' } : undefined,
      ],
    });
    await insertResponses(run, survey, Array.from({ length: RESPONSES }, response), 1_000);
    await client.query('ANALYZE feedback.responses');
    await client.query('ANALYZE feedback.answers');
    log(
      `survey ${survey.id}: ${RESPONSES} responses seeded in ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );
    let adding = Promise.resolve();
    return {
      surveyId: survey.id,
      // one at a time: the four workers of a phase share the one client
      addResponse: () => (adding = adding.then(() => insertResponses(run, survey, [response()]))),
    };
  }
}

/**
 * `change`: before each request (outside its time) one response is added, so every answer is
 * computed afresh; without, unchanged results are served from the service's last computation.
 */
async function phase(
  api: Gateway,
  path: string,
  inFlight: number,
  change?: () => Promise<void>,
): Promise<LatencySummary> {
  for (let i = 0; i < WARMUP; i++) await api.call('GET', path);
  const latencies = await mapLimit(
    Array.from({ length: REQUESTS }, (_, i) => i),
    inFlight,
    async () => {
      await change?.();
      return (await api.call('GET', path, { timeoutMs: 60_000 })).elapsedMs;
    },
    isAborted,
  );
  return summarize(latencies);
}

async function run(platform: Platform): Promise<void> {
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, 4);
  const { surveyId, addResponse } = await seed(platform);
  const check = await api.call<{ respondents: number }>('GET', `/api/v1/surveys/${surveyId}/results`);
  if (check.body.respondents !== RESPONSES)
    throw new BenchError(`results count ${check.body.respondents} respondents, expected ${RESPONSES}`);
  const rows: string[][] = [];
  let worst = 0;
  for (const computed of [true, false])
    for (const [name, query] of [
      ['plain', ''],
      ['by region', '?breakdown=region'],
    ] as const)
      for (const inFlight of [1, 4]) {
        const label = `${name}, ${computed ? 'computed' : 'unchanged'}`;
        const summary = await phase(
          api,
          `/api/v1/surveys/${surveyId}/results${query}`,
          inFlight,
          computed ? addResponse : undefined,
        );
        worst = Math.max(worst, summary.p99);
        rows.push([
          label,
          inFlight === 1 ? 'sequential' : `${inFlight} in flight`,
          ms(summary.p50),
          ms(summary.p95),
          ms(summary.p99),
        ]);
        log(`${label}, ${inFlight} in flight: p99 ${ms(summary.p99)}`);
      }
  console.log(
    `\nResults of a survey with ${RESPONSES.toLocaleString('en-US')} responses, 10 questions, through the gateway (${REQUESTS} requests per row)\n`,
  );
  console.log(table(['Results', 'load', 'p50', 'p95', 'p99'], rows));
  console.log(
    'computed: one response added before each request (outside its time), so each is a fresh aggregation;\n' +
      "unchanged: answered from the service's last computation after checking the survey's change counter",
  );
  console.log(
    `\n${worst <= TARGET_P99_MS ? 'PASS' : 'FAIL'}: worst p99 ${ms(worst)} (target ≤ ${TARGET_P99_MS} ms)`,
  );
}

await runBenchmarkMain(run, ['gateway', 'feedback']);
