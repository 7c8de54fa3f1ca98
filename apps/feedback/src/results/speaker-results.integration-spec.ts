import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { TEST_ADMIN, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';
import { insertEventProjection, insertResponses, insertSurvey, type RunSql } from './testing/survey-fixture';

/**
 * The speakers service's `POST /internal/speakers/self-token` (its own test is in apps/speakers)
 * played by a small HTTP server: one valid token, and a record of what it was sent.
 */
const speakerId = randomUUID();
const VALID_TOKEN = 'speaker-token-of-the-test';
const received: { token: unknown; internalToken: unknown }[] = [];
const speakers = createServer((request: IncomingMessage, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    const token = (JSON.parse(body || '{}') as { token?: unknown }).token;
    received.push({ token, internalToken: request.headers[INTERNAL_TOKEN_HEADER] });
    const ok = request.url === '/internal/speakers/self-token' && token === VALID_TOKEN;
    response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    response.end(JSON.stringify(ok ? { speakerId } : { status: 401 }));
  });
});
await new Promise<void>((resolve) => speakers.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => speakers.close(() => resolve())));

const { service } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
  env: { SPEAKERS_URL: `http://127.0.0.1:${(speakers.address() as AddressInfo).port}` },
});

describe("a speaker's own results", () => {
  it('should give a speaker their own ratings with their self-service token, and nobody else’s', async () => {
    const run: RunSql = (sql, params) => service.query(sql, params);
    const eventId = randomUUID();
    await insertEventProjection(run, eventId, TEST_ADMIN.organisationId as string);
    const otherSpeaker = randomUUID();
    const survey = await insertSurvey(run, {
      eventId,
      organisationId: TEST_ADMIN.organisationId as string,
      questions: [
        { kind: 'rating', scaleMin: 1, scaleMax: 5, subjectSpeakerId: speakerId },
        { kind: 'rating', scaleMin: 1, scaleMax: 5, subjectSpeakerId: otherSpeaker },
      ],
    });
    await insertResponses(
      run,
      survey,
      Array.from({ length: 6 }, (_, i) => ({ answers: [{ rating: i < 3 ? 5 : 4 }, { rating: 2 }] })),
    );
    const path = `/self/feedback/speaker-results?eventId=${eventId}`;
    const mine = await service.request('GET', path, {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: VALID_TOKEN },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.subjects).toEqual([
      expect.objectContaining({ subjectId: speakerId, suppressed: false, respondents: 6 }),
    ]);
    // 5 on 1..5 is 100 %, 4 is 75 %: mean 87.5
    expect(mine.body.subjects[0].rating.mean).toBe(87.5);
    expect(received.at(-1)).toEqual({ token: VALID_TOKEN, internalToken: service.internalToken });

    const wrong = await service.request('GET', path, {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: 'not-a-token' },
    });
    expect(wrong.status).toBe(401);
    const none = await service.request('GET', path, {
      principal: ANONYMOUS,
      headers: {},
    });
    expect(none.status).toBe(401);
    const unknownEvent = await service.request(
      'GET',
      `/self/feedback/speaker-results?eventId=${randomUUID()}`,
      {
        principal: ANONYMOUS,
        headers: { [SELF_SERVICE_TOKEN_HEADER]: VALID_TOKEN },
      },
    );
    expect(unknownEvent.status).toBe(404);
  }, 120_000);
});
