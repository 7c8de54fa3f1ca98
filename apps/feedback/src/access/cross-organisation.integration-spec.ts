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
async function organisationASurvey(eventId: string): Promise<string> {
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

/** Feedback's organiser routes name the event in the query or body, or the survey in the path: every one with A's. */
const operationsOn = (eventId: string, surveyId: string) =>
  [
    ['POST', '/feedback', { eventId, rating: 1, comment: 'Taken over' }],
    ['GET', `/feedback?eventId=${eventId}`, undefined],
    ['GET', `/feedback/summary?eventId=${eventId}`, undefined],
    ['GET', `/surveys/results/by-session?eventId=${eventId}`, undefined],
    ['GET', `/surveys/results/by-speaker?eventId=${eventId}`, undefined],
    ['GET', `/surveys/${surveyId}/results?breakdown=region`, undefined],
    ['GET', `/surveys/${surveyId}/results/export?format=csv`, undefined],
    ['GET', `/surveys/${surveyId}/knowledge-gain`, undefined],
  ] as const;

describe('feedback service: organisations', () => {
  it('should refuse organisation B every operation on organisation A, and change nothing', async () => {
    const eventId = await organisationAFeedback();
    const surveyId = await organisationASurvey(eventId);
    // The document's operations take the event in the query or body; the walk proves the count and
    // that nothing changes, the calls below use A's event in each of them.
    const answers = await walkAsIntruder(service, {
      schema: 'feedback',
      intruder,
      ids: { surveyId },
      bodies: { 'POST /feedback': { eventId, rating: 1 } },
    });
    expect(Object.fromEntries(answers.map(({ operation, status }) => [operation, status]))).toEqual({
      'POST /feedback': 404,
      'GET /feedback': 400, // no eventId: nothing to look at
      'GET /feedback/summary': 400,
      'GET /surveys/results/by-session': 400,
      'GET /surveys/results/by-speaker': 400,
      'GET /surveys/{surveyId}/results': 404,
      'GET /surveys/{surveyId}/results/export': 404,
      'GET /surveys/{surveyId}/knowledge-gain': 404,
    });
    expect(scopedOperations(service)).toHaveLength(operationsOn(eventId, surveyId).length);
    const before = await service.count(
      'SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1',
      [eventId],
    );
    for (const [method, path, body] of operationsOn(eventId, surveyId)) {
      const response = await service.request(method, path, { principal: intruder, body });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(response.body)).not.toContain('"rating"');
      expect(JSON.stringify(response.body ?? '')).not.toContain('respondents');
    }
    expect(
      await service.count('SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1', [eventId]),
    ).toBe(before);
  }, 120_000);

  it('should let organisation A use every one of its own operations (positive control)', async () => {
    const eventId = await organisationAFeedback();
    const surveyId = await organisationASurvey(eventId);
    const statuses = [];
    for (const [method, path, body] of operationsOn(eventId, surveyId))
      statuses.push((await service.request(method, path, { body })).status);
    expect(statuses).toEqual([201, 200, 200, 200, 200, 200, 200, 400]);
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
