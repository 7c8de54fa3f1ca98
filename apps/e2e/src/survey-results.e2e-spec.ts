import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually, testInfrastructure } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * Survey results through the gateway: an event published through the API (so the feedback service
 * learns its organisation from Kafka), a survey and its responses written into the feedback schema
 * (authoring and answering have their own tests), then the results routes with the Ministry's key,
 * an analyst's key and another organisation's.
 */
const db = new pg.Client({ connectionString: testInfrastructure().databaseUrl });
const label = JSON.stringify({ kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' });
let eventId: string;
let surveyId: string;
let analystKey: string;

function organisation(slug: string) {
  const found = platform().organisations.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`npm test seeded no organisation ${slug}`);
  return found;
}

beforeAll(async () => {
  await db.connect();
  const created = await call('POST', '/api/v1/events', {
    body: {
      slug: `survey-results-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Оқыту', ru: 'Обучение', en: 'Training' },
      timeZone: 'Asia/Almaty',
      startsAt: '2030-04-01T09:00:00+05:00',
      endsAt: '2030-04-03T18:00:00+05:00',
      capacity: 100,
    },
  });
  expect(created.status).toBe(201);
  eventId = created.body.id;
  expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
  const organisationId = await eventually(async () => {
    const { rows } = await db.query<{ organisation_id: string }>(
      'SELECT organisation_id FROM feedback.event_projections WHERE event_id = $1 AND organisation_id IS NOT NULL',
      [eventId],
    );
    if (!rows[0]) throw new Error('the feedback service has not heard of the event yet');
    return rows[0].organisation_id;
  });
  surveyId = randomUUID();
  const [rating, comment] = [randomUUID(), randomUUID()];
  await db.query(
    `INSERT INTO feedback.surveys (id, event_id, organisation_id, title, purpose, scope, anonymous, status,
                                   opens_at, closes_at, min_cell_size, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'evaluation', 'event', true, 'published', now() - interval '1 day',
             now() + interval '1 day', 5, 1, now(), now())`,
    [surveyId, eventId, organisationId, label],
  );
  await db.query(
    `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min, scale_max)
     VALUES ($1, $2, 1, 'rating', true, $4, 1, 5), ($1, $3, 2, 'text', false, $4, NULL, NULL)`,
    [surveyId, rating, comment, label],
  );
  // Regions of 12, 9, 7 and 2 respondents: k = 5 hides the 2, and the 7 so the 2 cannot be worked out.
  const regions = [
    ...Array(12).fill('KZ-AST'),
    ...Array(9).fill('KZ-ALA'),
    ...Array(7).fill('KZ-ABA'),
    'KZ-AKM',
    'KZ-AKM',
  ];
  for (const [i, region] of regions.entries()) {
    const responseId = randomUUID();
    await db.query(
      `INSERT INTO feedback.responses (id, survey_id, respondent_key, region_code, version) VALUES ($1, $2, $3, $4, 1)`,
      [responseId, surveyId, createHash('sha256').update(responseId).digest(), region],
    );
    await db.query(`INSERT INTO feedback.answers (response_id, question_id, rating) VALUES ($1, $2, $3)`, [
      responseId,
      rating,
      1 + (i % 5),
    ]);
    if (i === 0)
      await db.query(`INSERT INTO feedback.answers (response_id, question_id, text) VALUES ($1, $2, $3)`, [
        responseId,
        comment,
        'Спикер Айжан — лучший',
      ]);
  }
  const issued = await call('POST', '/api/v1/api-keys', {
    key: platform().breakGlassKey,
    body: { organisationId: organisation('mci').id, name: 'results analyst', scopes: ['analytics:read'] },
  });
  expect(issued.status).toBe(201);
  analystKey = issued.body.secret;
}, 120_000);

afterAll(async () => {
  await db.end();
});

describe('survey results through the gateway', () => {
  it('should give the results with the region breakdown suppressed, complement included', async () => {
    const answer = await call('GET', `/api/v1/surveys/${surveyId}/results?breakdown=region`);
    expect(answer.status).toBe(200);
    expect(answer.body.respondents).toBe(30);
    expect(answer.body.questions[0].mean.mean).toBe(3);
    expect(answer.body.questions[0].mean.ci95.low).toBeLessThan(3);
    const cells = answer.body.breakdown.cells as { key: string; suppressed: boolean; respondents?: number }[];
    expect(cells.map(({ key, suppressed, respondents }) => [key, suppressed, respondents ?? null])).toEqual([
      ['KZ-ABA', true, null],
      ['KZ-AKM', true, null],
      ['KZ-ALA', false, 9],
      ['KZ-AST', false, 12],
    ]);
  });

  it('should keep anonymous free text from an analyst and give it to the owner', async () => {
    const asAnalyst = await call('GET', `/api/v1/surveys/${surveyId}/results`, { key: analystKey });
    expect(asAnalyst.status).toBe(200);
    expect(JSON.stringify(asAnalyst.body)).not.toContain('Айжан');
    expect(asAnalyst.body.questions[1].textNote).toBeDefined();
    const asOwner = await call('GET', `/api/v1/surveys/${surveyId}/results`, {
      key: organisation('mci').ownerKey,
    });
    expect(asOwner.body.questions[1].texts).toEqual([{ text: 'Спикер Айжан — лучший' }]);
  });

  it('should export CSV through the gateway', async () => {
    const answer = await fetch(
      `${platform().baseUrl}/api/v1/surveys/${surveyId}/results/export?format=csv&lang=ru&breakdown=region`,
      { headers: { authorization: `Bearer ${platform().key}` } },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="survey-results-/);
    const text = await answer.text();
    expect(text).toContain('KZ-AKM;;;скрыто (мало респондентов)');
    expect(text).not.toMatch(/^KZ-AKM;\d/m);
  });

  it('should refuse another organisation, and an analyst nothing it may read', async () => {
    const undp = organisation('undp-kz').ownerKey;
    for (const path of [
      `/api/v1/surveys/${surveyId}/results`,
      `/api/v1/surveys/${surveyId}/results/export`,
      `/api/v1/surveys/${surveyId}/knowledge-gain`,
      `/api/v1/surveys/results/by-session?eventId=${eventId}`,
      `/api/v1/surveys/results/by-speaker?eventId=${eventId}`,
    ]) {
      const answer = await call('GET', path, { key: undp });
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    const bySession = await call('GET', `/api/v1/surveys/results/by-session?eventId=${eventId}`, {
      key: analystKey,
    });
    expect(bySession.status).toBe(200);
    expect(bySession.body.subjects).toEqual([]);
  });

  it('should show a speaker their own ratings through the self-service with their token', async () => {
    const speaker = await call('POST', '/api/v1/speakers', {
      body: {
        fullName: { ru: 'Мадина Оспанова', en: 'Madina Ospanova' },
        languages: ['ru'],
        email: `results-${randomUUID().slice(0, 8)}@culture.example.kz`,
      },
    });
    expect(speaker.status).toBe(201);
    const invitation = await call('POST', `/api/v1/speakers/${speaker.body.id}/invitations`, { body: {} });
    const redeemed = await call('POST', '/api/v1/self/speakers/invitations/redeem', {
      key: null,
      body: { token: invitation.body.token },
    });
    expect(redeemed.status).toBe(200);
    // A question about this speaker in the survey, rated by six respondents.
    const question = randomUUID();
    await db.query(
      `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min, scale_max,
                                             subject_speaker_id)
       VALUES ($1, $2, 3, 'rating', false, $3, 1, 5, $4)`,
      [surveyId, question, label, speaker.body.id],
    );
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM feedback.responses WHERE survey_id = $1 ORDER BY id LIMIT 6',
      [surveyId],
    );
    for (const row of rows)
      await db.query('INSERT INTO feedback.answers (response_id, question_id, rating) VALUES ($1, $2, 5)', [
        row.id,
        question,
      ]);
    const path = `/api/v1/self/feedback/speaker-results?eventId=${eventId}`;
    const mine = await call('GET', path, { key: redeemed.body.accessToken });
    expect(mine.status).toBe(200);
    expect(mine.body.subjects).toEqual([
      expect.objectContaining({ subjectId: speaker.body.id, suppressed: false, respondents: 6 }),
    ]);
    expect(mine.body.subjects[0].rating.mean).toBe(100);
    expect((await call('GET', path, { key: 'not-a-speaker-token' })).status).toBe(401);
  });
});
