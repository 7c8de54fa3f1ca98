import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal, type Principal } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { TEST_ADMIN, organisationPrincipal, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';
import {
  insertEventProjection,
  insertResponses,
  insertSurvey,
  type FixtureResponse,
  type RunSql,
} from './testing/survey-fixture';

const { service } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
});

const organisation = TEST_ADMIN.organisationId as string;
const run: RunSql = (sql, params) => service.query(sql, params);
const analyst = organisationPrincipal(organisation, ['analytics:read']);
const viewer = organisationPrincipal(organisation, ['feedback:read', 'analytics:read']);
const intruder = organisationPrincipal('0190f000-0000-7000-8000-00000000b002');

/** Region → respondents: 12, 9, 7 and 2 (k = 5: the 2 is hidden, and the 7 with it). */
const REGIONS: [string, number][] = [
  ['KZ-AST', 12],
  ['KZ-ALA', 9],
  ['KZ-ABA', 7],
  ['KZ-AKM', 2],
];

async function evaluation(anonymous: boolean) {
  const eventId = randomUUID();
  await insertEventProjection(run, eventId, organisation);
  const survey = await insertSurvey(run, {
    eventId,
    organisationId: organisation,
    anonymous,
    questions: [
      { kind: 'rating', scaleMin: 1, scaleMax: 5 },
      { kind: 'nps' },
      { kind: 'single-choice', options: ['a', 'b', 'c'] },
      { kind: 'multiple-choice', options: ['x', 'y', 'z'] },
      { kind: 'text' },
    ],
  });
  const responses: FixtureResponse[] = [];
  let i = 0;
  for (const [region, count] of REGIONS)
    for (let j = 0; j < count; j++, i++)
      responses.push({
        regionCode: region,
        sex: i % 2 === 0 ? 'female' : 'male',
        ageBand: i % 3 === 0 ? '18-29' : '30-44',
        registrationId: anonymous ? undefined : randomUUID(),
        answers: [
          { rating: 1 + (i % 5) },
          { rating: i % 11 },
          { choiceIds: [['a', 'b', 'c'][i % 3] as string] },
          { choiceIds: i % 2 === 0 ? ['x', 'y'] : ['z'] },
          i < 3 ? { text: i === 0 ? '=HYPERLINK("http://evil")' : `Comment ${i}` } : undefined,
        ],
      });
  await insertResponses(run, survey, responses);
  return { eventId, survey, responses };
}

async function download(path: string, principal: Principal = TEST_ADMIN) {
  const response = await fetch(`${await service.app.getUrl()}${path}`, {
    headers: {
      [INTERNAL_TOKEN_HEADER]: service.internalToken,
      [PRINCIPAL_HEADER]: encodePrincipal(principal),
    },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('survey results', () => {
  it('should give distributions, means with intervals and NPS, and hide anonymous free text from all but owners', async () => {
    const { survey, responses } = await evaluation(true);
    const answer = await service.request('GET', `/surveys/${survey.id}/results`, { principal: viewer });
    expect(answer.status).toBe(200);
    expect(answer.body.respondents).toBe(30);
    const [rating, nps, single, multiple, text] = answer.body.questions;
    expect(rating.answered).toBe(30);
    expect(rating.distribution).toEqual(['1', '2', '3', '4', '5'].map((value) => ({ value, count: 6 })));
    // 1..5 six times each: mean 3, sd √2.0690 = 1.4384, t(29) = 2.0452
    expect(rating.mean.mean).toBe(3);
    expect(rating.mean.ci95.low).toBeCloseTo(3 - (2.0452 * 1.4384) / Math.sqrt(30), 3);
    const npsValues = responses.map((response) => response.answers[1]?.rating as number);
    const promoters = npsValues.filter((value) => value >= 9).length;
    const detractors = npsValues.filter((value) => value <= 6).length;
    expect(nps.nps).toEqual({
      score: Math.round(((promoters - detractors) / 30) * 100 * 10_000) / 10_000,
      promoters,
      passives: 30 - promoters - detractors,
      detractors,
    });
    expect(nps.distribution).toHaveLength(11);
    expect(single.distribution).toEqual([
      { value: 'a', count: 10 },
      { value: 'b', count: 10 },
      { value: 'c', count: 10 },
    ]);
    // a multiple choice is answered once, whatever number of choices it holds
    expect(multiple.answered).toBe(30);
    expect(multiple.distribution).toEqual([
      { value: 'x', count: 15 },
      { value: 'y', count: 15 },
      { value: 'z', count: 15 },
    ]);
    expect(text.texts).toBeUndefined();
    expect(text.textNote).toMatch(/owners/);
    expect(JSON.stringify(answer.body)).not.toContain('Comment');

    const asAnalyst = await service.request('GET', `/surveys/${survey.id}/results`, { principal: analyst });
    expect(asAnalyst.status).toBe(200);
    expect(JSON.stringify(asAnalyst.body)).not.toContain('Comment');

    const asOwner = await service.request('GET', `/surveys/${survey.id}/results`);
    const ownerText = asOwner.body.questions[4];
    expect(ownerText.textCount).toBe(3);
    expect(ownerText.texts.map((entry: { text: string }) => entry.text)).toEqual([
      '=HYPERLINK("http://evil")',
      'Comment 1',
      'Comment 2',
    ]);
    // anonymous: nothing that names who wrote it
    expect(ownerText.texts.every((entry: object) => !('registrationId' in entry))).toBe(true);
  }, 120_000);

  it('should recompute after any write to the responses or answers, and serve unchanged results again', async () => {
    const { survey } = await evaluation(true);
    const path = `/surveys/${survey.id}/results?breakdown=sex`;
    const first = await service.request('GET', path, { principal: analyst });
    expect((await service.request('GET', path, { principal: analyst })).body).toEqual(first.body);
    await insertResponses(run, survey, [{ sex: 'female', answers: [{ rating: 5 }] }]);
    const added = await service.request('GET', path, { principal: analyst });
    expect(added.body.respondents).toBe(31);
    expect(added.body.questions[0].distribution[4]).toEqual({ value: '5', count: 7 });
    // an answer edited in place (no new response) moves the counter too
    await run(`UPDATE feedback.answers SET rating = 1 WHERE question_id = $1 AND rating = 5`, [
      survey.questionIds[0],
    ]);
    const edited = await service.request('GET', path, { principal: analyst });
    expect(edited.body.questions[0].distribution[4]).toEqual({ value: '5', count: 0 });
    expect(edited.body.questions[0].distribution[0]).toEqual({ value: '1', count: 13 });
  }, 120_000);

  it('should show who wrote free text on a non-anonymous survey to those with feedback:read, never to analysts', async () => {
    const { survey } = await evaluation(false);
    const answer = await service.request('GET', `/surveys/${survey.id}/results`, { principal: viewer });
    expect(answer.body.questions[4].texts).toHaveLength(3);
    expect(answer.body.questions[4].texts[0].registrationId).toMatch(/^[0-9a-f-]{36}$/);
    const asAnalyst = await service.request('GET', `/surveys/${survey.id}/results`, { principal: analyst });
    expect(asAnalyst.body.questions[4].texts).toBeUndefined();
  }, 120_000);

  it('should suppress small regions and the next smallest, showing nothing of a hidden cell', async () => {
    const { survey } = await evaluation(true);
    const answer = await service.request('GET', `/surveys/${survey.id}/results?breakdown=region`, {
      principal: analyst,
    });
    expect(answer.status).toBe(200);
    const cells = answer.body.breakdown.cells as { key: string; suppressed: boolean; respondents?: number }[];
    expect(answer.body.breakdown.minCellSize).toBe(5);
    expect(cells.map(({ key, suppressed, respondents }) => ({ key, suppressed, respondents }))).toEqual([
      { key: 'KZ-ABA', suppressed: true, respondents: undefined },
      { key: 'KZ-AKM', suppressed: true, respondents: undefined },
      { key: 'KZ-ALA', suppressed: false, respondents: 9 },
      { key: 'KZ-AST', suppressed: false, respondents: 12 },
    ]);
    for (const cell of answer.body.breakdown.cells.filter((c: { suppressed: boolean }) => c.suppressed))
      expect(Object.keys(cell).sort()).toEqual(['key', 'suppressed']);
    // a shown cell's statistics are its own
    const ala = answer.body.breakdown.cells[2];
    expect(ala.questions[0].answered).toBe(9);
    // the free text was answered 3 times, all in KZ-AST: under k there, 0 in KZ-ALA — left out of both
    expect(ala.questions.map((q: { kind: string }) => q.kind)).not.toContain('text');
    expect(answer.body.breakdown.cells[3].questions.map((q: { kind: string }) => q.kind)).not.toContain(
      'text',
    );
    // the total minus the shown cells leaves 9 for two hidden cells: neither is known
    expect(answer.body.respondents - 9 - 12).toBe(9);

    const bySex = await service.request('GET', `/surveys/${survey.id}/results?breakdown=sex`, {
      principal: analyst,
    });
    expect(
      bySex.body.breakdown.cells.map((c: { key: string; respondents: number }) => [c.key, c.respondents]),
    ).toEqual([
      ['female', 15],
      ['male', 15],
    ]);
    const bad = await service.request('GET', `/surveys/${survey.id}/results?breakdown=iin`);
    expect(bad.status).toBe(400);
  }, 120_000);

  it('should leave out of a shown cell a question answered there by fewer than k, with its complement', async () => {
    const eventId = randomUUID();
    await insertEventProjection(run, eventId, organisation);
    const survey = await insertSurvey(run, {
      eventId,
      organisationId: organisation,
      questions: [{ kind: 'rating' }, { kind: 'rating' }],
    });
    // Three regions of 10; the second (optional) question answered 10, 10 and 2 times.
    const responses: FixtureResponse[] = ['KZ-ABA', 'KZ-AKM', 'KZ-ALA'].flatMap((region, r) =>
      Array.from({ length: 10 }, (_, i) => ({
        regionCode: region,
        answers: [{ rating: 3 }, r < 2 || i < 2 ? { rating: 1 + (i % 5) } : undefined],
      })),
    );
    await insertResponses(run, survey, responses);
    const answer = await service.request('GET', `/surveys/${survey.id}/results?breakdown=region`, {
      principal: analyst,
    });
    const shown = (answer.body.breakdown.cells as { key: string; questions: { questionId: string }[] }[]).map(
      (cell) => [cell.key, cell.questions.map((q) => survey.questionIds.indexOf(q.questionId))],
    );
    // KZ-ALA's 2 answers are hidden; alone they would be 22 − 10 − 10, so KZ-ABA's go too.
    expect(shown).toEqual([
      ['KZ-ABA', [0]],
      ['KZ-AKM', [0, 1]],
      ['KZ-ALA', [0]],
    ]);
    expect(answer.body.questions[1].answered).toBe(22);
    expect(answer.body.breakdown.note).toMatch(/question answered by fewer than k/);
  }, 120_000);

  it('should export the results as CSV and XLSX, with hidden cells hidden and formulas defused', async () => {
    const { survey } = await evaluation(true);
    const csv = await download(`/surveys/${survey.id}/results/export?format=csv&lang=en&breakdown=region`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/filename="survey-results-.+\.csv"/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(rows[0]?.slice(0, 4)).toEqual(['Group', 'Respondents', 'Question no.', 'Question']);
    // overall: question 3's option b
    expect(rows.find((row) => row[0] === 'All' && row[2] === '3' && row[5] === 'b-en')?.[6]).toBe('10');
    expect(rows.filter((row) => row[0] === 'KZ-AKM')).toEqual([
      ['KZ-AKM', '', '', 'suppressed (too few respondents)', '', '', '', '', '', '', '', ''],
    ]);
    expect(rows.some((row) => row[0] === 'KZ-ALA' && row[1] === '9')).toBe(true);

    const xlsx = await download(`/surveys/${survey.id}/results/export?format=xlsx&lang=ru&breakdown=region`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('Группа');
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values.find((row) => row[0] === 'KZ-ABA')?.[3]).toBe('скрыто (мало респондентов)');
    const mean = values.find(
      (row) => row[0] === 'Всего' && row[2] === 1 && row[8] !== undefined && row[8] !== null,
    );
    expect(mean?.[8]).toBe(3);

    // CSV injection: the owner's export of free text is not asked for; the guard itself
    const anonymousText = await download(`/surveys/${survey.id}/results/export?format=csv&lang=kk`, analyst);
    expect(anonymousText.bytes.toString('utf8')).not.toContain('HYPERLINK');
  }, 120_000);

  it('should pair pre and post tests into a gain per region, small regions hidden', async () => {
    const eventId = randomUUID();
    await insertEventProjection(run, eventId, organisation);
    const questions = [{ kind: 'single-choice' as const, options: ['a', 'b'], correct: 'a', scored: true }];
    const pre = await insertSurvey(run, {
      eventId,
      organisationId: organisation,
      purpose: 'pre-test',
      questions,
    });
    const post = await insertSurvey(run, {
      eventId,
      organisationId: organisation,
      purpose: 'post-test',
      preTestId: pre.id,
      questions,
    });
    const people = [
      ...Array.from({ length: 6 }, (_, i) => ({ token: `ast-${i}`, region: 'KZ-AST', pre: 4, post: 8 })),
      ...Array.from({ length: 5 }, (_, i) => ({
        token: `ala-${i}`,
        region: 'KZ-ALA',
        pre: 5,
        post: 6 + (i % 2),
      })),
      ...Array.from({ length: 2 }, (_, i) => ({ token: `akm-${i}`, region: 'KZ-AKM', pre: 2, post: 9 })),
    ];
    await insertResponses(run, { ...pre, pairGroup: pre.id }, [
      ...people.map((p) => ({
        regionCode: p.region,
        pairToken: p.token,
        score: p.pre,
        maxScore: 10,
        answers: [],
      })),
      { regionCode: 'KZ-AST', pairToken: 'only-pre', score: 3, maxScore: 10, answers: [] },
    ]);
    await insertResponses(run, { ...post, pairGroup: pre.id }, [
      ...people.map((p) => ({
        regionCode: p.region,
        pairToken: p.token,
        score: p.post,
        maxScore: 10,
        answers: [],
      })),
      { regionCode: 'KZ-AST', pairToken: 'only-post-1', score: 3, maxScore: 10, answers: [] },
      { regionCode: 'KZ-AST', pairToken: 'only-post-2', score: 3, maxScore: 10, answers: [] },
    ]);
    const answer = await service.request('GET', `/surveys/${post.id}/knowledge-gain`, { principal: analyst });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ preTestId: pre.id, postTestId: post.id, preOnly: 1, postOnly: 2 });
    expect(answer.body.overall.paired).toBe(13);
    const gains = people.map((p) => (p.post - p.pre) * 10);
    const mean = gains.reduce((a, b) => a + b, 0) / gains.length;
    expect(answer.body.overall.gain.mean).toBeCloseTo(mean, 3);
    expect(answer.body.overall.gain.ci95.low).toBeLessThan(mean);
    // Hake: AST (80−40)/(100−40) = 0.6667
    const regions = answer.body.regions as {
      region: string;
      suppressed: boolean;
      result?: { paired: number; normalisedGain: { mean: number } };
    }[];
    expect(regions.map((r) => [r.region, r.suppressed])).toEqual([
      ['KZ-AKM', true],
      ['KZ-ALA', true],
      ['KZ-AST', false],
    ]);
    expect(regions[2]?.result?.normalisedGain.mean).toBeCloseTo(0.6667, 3);
    expect(regions[2]?.result?.paired).toBe(6);
    expect(JSON.stringify(regions.slice(0, 2))).not.toContain('paired');

    const fromPre = await service.request('GET', `/surveys/${pre.id}/knowledge-gain`, { principal: analyst });
    expect(fromPre.body.overall.paired).toBe(13);
    const evaluationSurvey = await insertSurvey(run, { eventId, organisationId: organisation, questions });
    expect((await service.request('GET', `/surveys/${evaluationSurvey.id}/knowledge-gain`)).status).toBe(400);
  }, 120_000);

  it('should rate sessions and speakers across surveys, hiding those under k', async () => {
    const eventId = randomUUID();
    await insertEventProjection(run, eventId, organisation);
    const [sessionA, sessionB, speaker] = [randomUUID(), randomUUID(), randomUUID()];
    const survey = await insertSurvey(run, {
      eventId,
      organisationId: organisation,
      questions: [
        { kind: 'rating', scaleMin: 1, scaleMax: 5, subjectSessionId: sessionA, subjectSpeakerId: speaker },
        { kind: 'rating', scaleMin: 1, scaleMax: 5, subjectSessionId: sessionB },
      ],
    });
    await insertResponses(
      run,
      survey,
      Array.from({ length: 6 }, (_, i) => ({ answers: [{ rating: 5 }, i < 3 ? { rating: 1 } : undefined] })),
    );
    const bySession = await service.request('GET', `/surveys/results/by-session?eventId=${eventId}`, {
      principal: analyst,
    });
    expect(bySession.status).toBe(200);
    const subjects = new Map(
      bySession.body.subjects.map((s: { subjectId: string }) => [s.subjectId, s]) as [
        string,
        Record<string, unknown>,
      ][],
    );
    expect(subjects.get(sessionA)).toMatchObject({
      suppressed: false,
      respondents: 6,
      rating: { mean: 100 },
    });
    expect(subjects.get(sessionB)).toEqual({ subjectId: sessionB, suppressed: true });
    const bySpeaker = await service.request('GET', `/surveys/results/by-speaker?eventId=${eventId}`);
    expect(bySpeaker.body.subjects).toEqual([
      expect.objectContaining({ subjectId: speaker, suppressed: false, respondents: 6 }),
    ]);
  }, 120_000);

  it('should answer another organisation 404 on every results route', async () => {
    const { survey, eventId } = await evaluation(true);
    for (const path of [
      `/surveys/${survey.id}/results`,
      `/surveys/${survey.id}/results?breakdown=region`,
      `/surveys/${survey.id}/results/export`,
      `/surveys/${survey.id}/knowledge-gain`,
      `/surveys/results/by-session?eventId=${eventId}`,
      `/surveys/results/by-speaker?eventId=${eventId}`,
    ]) {
      const answer = await service.request('GET', path, { principal: intruder });
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    expect((await service.request('GET', `/surveys/${randomUUID()}/results`)).status).toBe(404);
  }, 120_000);
});
