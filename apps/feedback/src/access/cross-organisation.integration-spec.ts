import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import {
  TEST_ADMIN,
  organisationPrincipal,
  scopedOperations,
  sendEventPublished,
  untilEventProjected,
  useServiceTestBed,
  walkAsIntruder,
} from '@jiyn/service-harness';
import { anEventPublished } from '@jiyn/testing';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';
import { insertResponses, insertSurvey } from '../results/testing/survey-fixture';

const { service, producer } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
});

const organisationA = TEST_ADMIN.organisationId as string;
const organisationB = '0190f000-0000-7000-8000-00000000b002';
/** Every scope, but in organisation B. */
const intruder = organisationPrincipal(organisationB);
const role = (scopes: Parameters<typeof organisationPrincipal>[1]) =>
  organisationPrincipal(organisationA, scopes);

/** Organisation A's event with one piece of feedback. */
async function organisationAFeedback(): Promise<string> {
  const event = anEventPublished({ organisationId: organisationA });
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'feedback.event_projections', event);
  const submitted = await service.request('POST', '/feedback', {
    body: { eventId: event.eventId, rating: 4 },
  });
  expect(submitted.status).toBe(201);
  return event.eventId;
}

/** A survey of organisation A's event with a few responses (written as the answering routes would). */
async function organisationAAnsweredSurvey(eventId: string): Promise<string> {
  const survey = await insertSurvey((sql, params) => service.query(sql, params), {
    eventId,
    organisationId: organisationA,
    questions: [{ kind: 'rating' }],
  });
  await insertResponses(
    (sql, params) => service.query(sql, params),
    survey,
    Array.from({ length: 6 }, () => ({ regionCode: 'KZ-AST', answers: [{ rating: 4 }] })),
  );
  return survey.id;
}

const text = { kk: 'Бағалау', ru: 'Оценка', en: 'Evaluation' };
const surveyBody = (eventId: string) => ({
  eventId,
  title: text,
  scope: 'event',
  questions: [{ kind: 'nps', required: true, prompt: text }],
});

/** A draft survey of organisation A's event. */
async function organisationASurvey(eventId: string): Promise<string> {
  const created = await service.request('POST', '/surveys', { body: surveyBody(eventId) });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/**
 * Feedback's organiser routes name the event in the query or body, or a survey of it: these are
 * every one of them with A's (results on a survey with responses; DELETE on a second draft, so the others still have theirs).
 */
const operationsOn = (eventId: string, surveyId: string, spareId: string, answeredId: string) =>
  [
    ['POST', '/feedback', { eventId, rating: 1, comment: 'Taken over' }],
    ['GET', `/feedback?eventId=${eventId}`, undefined],
    ['GET', `/feedback/summary?eventId=${eventId}`, undefined],
    ['POST', '/surveys', surveyBody(eventId)],
    ['POST', '/surveys/from-template', { template: 'post-training-evaluation', eventId }],
    ['GET', `/surveys?eventId=${eventId}`, undefined],
    ['GET', `/surveys/${surveyId}`, undefined],
    ['PATCH', `/surveys/${surveyId}`, { anonymous: false }],
    ['POST', `/surveys/${surveyId}/publish`, undefined],
    ['POST', `/surveys/${surveyId}/close`, undefined],
    ['POST', `/surveys/${surveyId}/copy`, {}],
    ['POST', `/surveys/${surveyId}/post-test`, {}],
    ['DELETE', `/surveys/${spareId}`, undefined],
    ['GET', `/surveys/results/by-session?eventId=${eventId}`, undefined],
    ['GET', `/surveys/results/by-speaker?eventId=${eventId}`, undefined],
    ['GET', `/surveys/${answeredId}/results?breakdown=region`, undefined],
    ['GET', `/surveys/${answeredId}/results/export?format=csv`, undefined],
    ['GET', `/surveys/${answeredId}/knowledge-gain`, undefined],
  ] as const;

const surveysOf = (eventId: string) =>
  service.count(
    `SELECT coalesce(sum(version), 0)::int + count(*)::int AS n FROM feedback.surveys WHERE event_id = $1`,
    [eventId],
  );

describe('feedback service: organisations', () => {
  it('should refuse organisation B every operation on organisation A, and change nothing', async () => {
    const eventId = await organisationAFeedback();
    const surveyId = await organisationASurvey(eventId);
    const spareId = await organisationASurvey(eventId);
    const answeredId = await organisationAAnsweredSurvey(eventId);
    // The document's operations take the event in the query or body; the walk proves the count and
    // that nothing changes, the calls below use A's event in each of them.
    const answers = await walkAsIntruder(service, {
      schema: 'feedback',
      intruder,
      ids: { id: surveyId, surveyId: answeredId },
      bodies: {
        'POST /feedback': { eventId, rating: 1 },
        'POST /surveys': surveyBody(eventId),
        'POST /surveys/from-template': { template: 'post-training-evaluation', eventId },
      },
      // Who checked in: written by the attendance consumer from other test files' events, never by a request.
      projections: ['attendees', 'check_in_days', 'session_check_ins'],
    });
    expect(Object.fromEntries(answers.map(({ operation, status }) => [operation, status]))).toEqual({
      'POST /feedback': 404,
      'GET /feedback': 400, // no eventId: nothing to look at
      'GET /feedback/summary': 400,
      'POST /surveys': 404,
      'POST /surveys/from-template': 404,
      'GET /surveys': 400,
      'GET /surveys/{id}': 404,
      'PATCH /surveys/{id}': 404,
      'DELETE /surveys/{id}': 404,
      'POST /surveys/{id}/publish': 404,
      'POST /surveys/{id}/close': 404,
      'POST /surveys/{id}/copy': 404,
      'POST /surveys/{id}/post-test': 404,
      'GET /surveys/results/by-session': 400,
      'GET /surveys/results/by-speaker': 400,
      'GET /surveys/{surveyId}/results': 404,
      'GET /surveys/{surveyId}/results/export': 404,
      'GET /surveys/{surveyId}/knowledge-gain': 404,
    });
    expect(scopedOperations(service)).toHaveLength(
      operationsOn(eventId, surveyId, spareId, answeredId).length,
    );
    const surveysBefore = await surveysOf(eventId);
    const before = await service.count(
      'SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1',
      [eventId],
    );
    for (const [method, path, body] of operationsOn(eventId, surveyId, spareId, answeredId)) {
      const response = await service.request(method, path, { principal: intruder, body });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(response.body)).not.toContain('"rating"');
      expect(JSON.stringify(response.body)).not.toContain('"questions"');
      expect(JSON.stringify(response.body ?? '')).not.toContain('respondents');
    }
    expect(await surveysOf(eventId)).toBe(surveysBefore);
    expect(
      await service.count('SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1', [eventId]),
    ).toBe(before);
  }, 120_000);

  it('should let organisation A use every one of its own operations (positive control)', async () => {
    const eventId = await organisationAFeedback();
    const surveyId = await organisationASurvey(eventId);
    const spareId = await organisationASurvey(eventId);
    const answeredId = await organisationAAnsweredSurvey(eventId);
    const statuses = [];
    for (const [method, path, body] of operationsOn(eventId, surveyId, spareId, answeredId))
      statuses.push((await service.request(method, path, { body })).status);
    // The post-test and the knowledge gain are reached and refused on what the survey is (an
    // evaluation), not on access.
    expect(statuses).toEqual([
      201, 200, 200, 201, 201, 200, 200, 200, 200, 200, 201, 409, 204, 200, 200, 200, 200, 400,
    ]);
  }, 120_000);

  it('should keep each role to its scopes: the analyst sees aggregates only, an event grant reaches its event', async () => {
    const eventId = await organisationAFeedback();
    const analyst = role(['analytics:read']);
    const viewer = role([
      'events:read',
      'registrations:read',
      'speakers:read',
      'feedback:read',
      'analytics:read',
    ]);
    const summary = `/feedback/summary?eventId=${eventId}`;
    const list = `/feedback?eventId=${eventId}`;
    expect((await service.request('GET', summary, { principal: analyst })).status).toBe(200);
    expect((await service.request('GET', list, { principal: analyst })).status).toBe(403);
    // results are aggregates: the analyst reads them
    const surveyId = await organisationASurvey(eventId);
    expect(
      (await service.request('GET', `/surveys/${surveyId}/results`, { principal: analyst })).status,
    ).toBe(200);
    expect((await service.request('GET', list, { principal: viewer })).status).toBe(200);
    const refused = await service.request('POST', '/feedback', {
      principal: viewer,
      body: { eventId, rating: 2 },
    });
    expect([refused.status, refused.body.requiredScope]).toEqual([403, 'feedback:write']);
    const otherEvent: Principal = {
      id: 'person:x',
      kind: 'person',
      grants: [{ eventId: (await organisationAFeedback()) as string, scopes: ['feedback:read'] }],
    };
    expect((await service.request('GET', list, { principal: otherEvent })).status).toBe(404);
  }, 120_000);
});
