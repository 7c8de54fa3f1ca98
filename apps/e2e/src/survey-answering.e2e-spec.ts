import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { eventually, testInfrastructure } from '@jiyn/testing';
import { call } from './gateway-client';

// Surveys are written straight into feedback's tables: authoring them through the API is another piece of work.
const db = new pg.Client({ connectionString: testInfrastructure().databaseUrl });
beforeAll(() => db.connect());
afterAll(() => db.end());

let serial = 0;
function participant(eventId: string) {
  serial += 1;
  return {
    eventId,
    fullName: `Сауалнама Қатысушысы ${serial}`,
    email: `survey${serial}-${randomUUID().slice(0, 6)}@example.kz`,
    regionCode: 'KZ-75',
    consent: { textVersion: 'default-1', accepted: true },
  };
}

async function insertSurvey(
  eventId: string,
  questionId: string,
  opensAt: Date,
  closesAt: Date,
): Promise<string> {
  const id = randomUUID();
  const [owner] = (
    await db.query<{ organisation_id: string }>(
      `SELECT organisation_id FROM feedback.event_projections WHERE event_id = $1`,
      [eventId],
    )
  ).rows;
  await db.query(
    `INSERT INTO feedback.surveys (id, event_id, organisation_id, title, purpose, scope, anonymous, status,
       opens_at, closes_at, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'evaluation', 'event', true, 'published', $5, $6, 1, now(), now())`,
    [
      id,
      eventId,
      owner?.organisation_id,
      { kk: 'Бағалау', ru: 'Оценка', en: 'Evaluation' },
      opensAt,
      closesAt,
    ],
  );
  await db.query(
    `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min, scale_max)
     VALUES ($1, $2, 1, 'rating', true, $3, 1, 5)`,
    [id, questionId, { kk: 'Пайдалы болды ма?', ru: 'Было полезно?', en: 'Was it useful?' }],
  );
  return id;
}

/**
 * Through the gateway (issue 14): a registered participant checked in at the door answers the
 * event's survey with the management token from their confirmation, and edits the answer; one who
 * was not checked in is refused, and so is everyone outside the survey's window.
 */
describe('answering a survey through the gateway', () => {
  it('should take answers from checked-in participants with their token, only while open', async () => {
    const event = await call('POST', '/api/v1/events', {
      body: {
        slug: `survey-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Оқыту', ru: 'Обучение', en: 'Training' },
        startsAt: '2030-03-03T09:00:00+06:00',
        endsAt: '2030-03-05T18:00:00+06:00',
        capacity: 50,
      },
    });
    expect(event.status).toBe(201);
    const eventId = (event.body as { id: string }).id;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    const guests: { managementToken: string; confirmationCode: string }[] = [];
    for (let i = 0; i < 2; i += 1) {
      const created = await eventually(
        async () => {
          const attempt = await call('POST', '/api/v1/registrations', { body: participant(eventId) });
          expect(attempt.status).toBe(201);
          return attempt;
        },
        { timeoutMs: 30_000 },
      );
      guests.push(created.body as { managementToken: string; confirmationCode: string });
    }
    const [present, absent] = guests as [(typeof guests)[0], (typeof guests)[0]];
    const door = await call('POST', '/api/v1/check-ins', {
      body: { eventId, code: present.confirmationCode, day: '2030-03-03' },
    });
    expect(door.status).toBe(201);

    // Feedback learns the event from the sessions service's stream before a survey can name it.
    await eventually(
      async () =>
        expect(
          (await db.query(`SELECT 1 FROM feedback.event_projections WHERE event_id = $1`, [eventId]))
            .rowCount,
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    const questionId = randomUUID();
    const now = Date.now();
    const open = await insertSurvey(
      eventId,
      questionId,
      new Date(now - 3_600_000),
      new Date(now + 86_400_000),
    );
    const later = await insertSurvey(
      eventId,
      questionId,
      new Date(now + 86_400_000),
      new Date(now + 2 * 86_400_000),
    );

    // The check-in reaches feedback over Kafka: the survey is then listed for the participant.
    const listed = await eventually(
      async () => {
        const surveys = await call('GET', '/api/v1/self/feedback/surveys', {
          key: present.managementToken,
          headers: { 'accept-language': 'ru' },
        });
        expect(surveys.status).toBe(200);
        expect((surveys.body as { items: unknown[] }).items).toHaveLength(1);
        return surveys.body as { items: { id: string; title: string; answered: boolean }[] };
      },
      { timeoutMs: 30_000 },
    );
    expect(listed.items[0]).toMatchObject({ id: open, title: 'Оценка', answered: false });
    const shown = await call('GET', `/api/v1/self/feedback/surveys/${open}`, {
      key: present.managementToken,
    });
    expect(shown.status).toBe(200);

    const first = await call('PUT', `/api/v1/self/feedback/surveys/${open}/response`, {
      key: present.managementToken,
      body: { answers: [{ questionId, rating: 4 }] },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1 });
    const edited = await call('PUT', `/api/v1/self/feedback/surveys/${open}/response`, {
      key: present.managementToken,
      body: { answers: [{ questionId, rating: 5 }] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2 });
    const mine = await call('GET', `/api/v1/self/feedback/surveys/${open}/response`, {
      key: present.managementToken,
    });
    expect(mine.body).toMatchObject({ version: 2, answers: [{ questionId, rating: 5 }] });
    expect((await db.query(`SELECT 1 FROM feedback.responses WHERE survey_id = $1`, [open])).rowCount).toBe(
      1,
    );

    const notPresent = await call('PUT', `/api/v1/self/feedback/surveys/${open}/response`, {
      key: absent.managementToken,
      body: { answers: [{ questionId, rating: 1 }] },
    });
    expect(notPresent.status).toBe(403);
    expect((notPresent.body as { type: string }).type).toBe('https://jiyn.kz/problems/not-an-attendee');

    const tooEarly = await call('PUT', `/api/v1/self/feedback/surveys/${later}/response`, {
      key: present.managementToken,
      body: { answers: [{ questionId, rating: 3 }] },
    });
    expect(tooEarly.status).toBe(409);
    expect((tooEarly.body as { type: string }).type).toBe('https://jiyn.kz/problems/survey-not-open');

    const forged = await call('GET', '/api/v1/self/feedback/surveys', { key: 'x'.repeat(43) });
    expect(forged.status).toBe(401);
    expect((await db.query(`SELECT 1 FROM feedback.responses WHERE survey_id = $1`, [later])).rowCount).toBe(
      0,
    );
  }, 180_000);
});
