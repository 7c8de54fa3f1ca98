import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  EVENT_TYPES,
  TOPICS,
  feedbackSubmittedV1Schema,
  type EventPublishedV1,
  type SessionChangedV1,
} from '@jiyn/contracts';
import { anEventPublished, eventually, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';

const { service, producer, probe } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
});
const validateFeedbackSubmitted = schemaValidator(feedbackSubmittedV1Schema);

/** Publishes the event as the sessions service would and waits until feedback knows it. */
async function knownEvent(): Promise<EventPublishedV1> {
  const event = anEventPublished();
  await sendEventPublished(producer, event);
  await waitForProjection(event);
  return event;
}

function waitForProjection(event: EventPublishedV1): Promise<void> {
  return untilEventProjected(service, 'feedback.event_projections', event);
}

async function submit(eventId: string, rating: number, extra: Record<string, unknown> = {}) {
  return service.request('POST', '/feedback', { body: { eventId, rating, ...extra } });
}

/** The service's own counter of consumed Kafka records with this outcome (handled, duplicate, …). */
async function processedCount(outcome: string): Promise<number> {
  const metrics = await service.request('GET', '/metrics');
  expect(metrics.status).toBe(200);
  return (String(metrics.body).split('\n') as string[])
    .filter((line) => line.includes('messages_processed_total{') && line.includes(`outcome="${outcome}"`))
    .filter((line) => line.includes(`topic="${TOPICS.events}"`))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('feedback service', () => {
  it('should refuse feedback for an event it does not know, storing nothing', async () => {
    const stored = await service.count('SELECT count(*)::int AS n FROM feedback.feedback', []);
    const announced = await service.count('SELECT count(*)::int AS n FROM feedback.outbox', []);
    const response = await submit(randomUUID(), 5, { comment: 'Керемет!' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'eventId', code: 'unknownEvent' }),
    ]);
    expect(await service.count('SELECT count(*)::int AS n FROM feedback.feedback', [])).toBe(stored);
    expect(await service.count('SELECT count(*)::int AS n FROM feedback.outbox', [])).toBe(announced);
  });

  it('should take feedback once the event is published and announce it without the comment', async () => {
    const event = anEventPublished();
    await sendEventPublished(producer, event);
    const comment = 'Спикер Айгерім Сапарова өте жақсы түсіндірді, рақмет!';
    const response = await eventually(
      async () => {
        const attempt = await submit(event.eventId, 4, { comment, language: 'kk' });
        expect(attempt.status).toBe(201);
        return attempt;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(response.body).toMatchObject({ eventId: event.eventId, rating: 4, comment, language: 'kk' });

    const message = await probe.single(TOPICS.feedback, response.body.id);
    expect(message?.headers).toMatchObject({
      ce_type: EVENT_TYPES.feedbackSubmitted,
      ce_source: '/jiyn/feedback',
      ce_subject: response.body.id,
    });
    expect(validateFeedbackSubmitted(message?.json)).toBeNull();
    expect(message?.json).toMatchObject({
      feedbackId: response.body.id,
      eventId: event.eventId,
      sessionId: null,
      rating: 4,
      version: 1,
    });
    for (const fragment of [comment, 'Айгерім', 'Сапарова']) expect(message?.value).not.toContain(fragment);
  }, 60_000);

  it('should refuse ratings outside 1 to 5', async () => {
    const event = await knownEvent();
    for (const rating of [0, 6]) {
      const response = await submit(event.eventId, rating);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'rating', code: rating === 0 ? 'min' : 'max' }),
      ]);
    }
    expect(
      await service.count('SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(0);
  }, 60_000);

  it('should summarise the ratings of an event', async () => {
    const event = await knownEvent();
    const empty = await service.request('GET', `/feedback/summary?eventId=${event.eventId}`);
    expect(empty.body).toEqual({
      responses: 0,
      averageRating: null,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
    for (const rating of [5, 4, 4, 2, 5, 3]) expect((await submit(event.eventId, rating)).status).toBe(201);
    const other = await knownEvent();
    expect((await submit(other.eventId, 1)).status).toBe(201);

    const summary = await service.request('GET', `/feedback/summary?eventId=${event.eventId}`);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      responses: 6,
      averageRating: 3.83,
      distribution: { '1': 0, '2': 1, '3': 1, '4': 2, '5': 2 },
    });
  }, 60_000);

  it('should page through an event feedback with a cursor, without repeats', async () => {
    const event = await knownEvent();
    const ids: string[] = [];
    for (const rating of [1, 2, 3, 4, 5]) ids.push((await submit(event.eventId, rating)).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: {
        status: number;
        body: { items: { id: string; eventId: string }[]; nextCursor: string | null };
      } = await service.request(
        'GET',
        `/feedback?eventId=${event.eventId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      expect(page.body.items.every((item) => item.eventId === event.eventId)).toBe(true);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
    expect((await service.request('GET', `/feedback?eventId=${event.eventId}&cursor=garbage`)).status).toBe(
      400,
    );
    expect((await service.request('GET', `/feedback?eventId=${event.eventId}&limit=1000`)).status).toBe(400);
    expect((await service.request('GET', '/feedback')).status).toBe(400);
  }, 60_000);

  it('should take a replayed event.published (same ce_id) as a harmless duplicate', async () => {
    const event = anEventPublished();
    const ceId = randomUUID();
    await sendEventPublished(producer, event, ceId);
    await waitForProjection(event);
    expect((await submit(event.eventId, 5)).status).toBe(201);
    const duplicatesBefore = await processedCount('duplicate');

    await sendEventPublished(producer, event, ceId);
    await eventually(async () => expect(await processedCount('duplicate')).toBe(duplicatesBefore + 1), {
      timeoutMs: 30_000,
    });
    expect(
      await service.count('SELECT count(*)::int AS n FROM feedback.inbox WHERE event_id = $1', [ceId]),
    ).toBe(1);
    expect(
      await service.count('SELECT count(*)::int AS n FROM feedback.event_projections WHERE event_id = $1', [
        event.eventId,
      ]),
    ).toBe(1);
    expect((await service.request('GET', `/feedback/summary?eventId=${event.eventId}`)).body.responses).toBe(
      1,
    );
    expect((await submit(event.eventId, 3)).status).toBe(201);
  }, 60_000);

  it('should take session feedback only for a session of the same event that takes place', async () => {
    const event = await knownEvent();
    const other = await knownEvent();
    const session = (overrides: Partial<SessionChangedV1> = {}): SessionChangedV1 => ({
      sessionId: randomUUID(),
      eventId: event.eventId,
      version: 1,
      title: { ru: 'Мастер-класс' },
      type: 'workshop',
      language: 'ru',
      trackId: null,
      roomId: null,
      startsAt: null,
      endsAt: null,
      capacity: null,
      status: 'confirmed',
      speakerIds: [],
      occurredAt: new Date().toISOString(),
      ...overrides,
    });
    const ours = session();
    const foreign = session({ eventId: other.eventId });
    const cancelled = session({ status: 'cancelled' });
    for (const announced of [ours, foreign, cancelled])
      await producer.send(
        TOPICS.programmeSessions,
        EVENT_TYPES.sessionCreated,
        announced.sessionId,
        announced,
      );
    await eventually(
      async () =>
        expect(
          await service.count(
            'SELECT count(*)::int AS n FROM feedback.session_projections WHERE session_id = ANY($1::uuid[])',
            [[ours.sessionId, foreign.sessionId, cancelled.sessionId]],
          ),
        ).toBe(3),
      { timeoutMs: 30_000 },
    );
    const stored = () =>
      service.count('SELECT count(*)::int AS n FROM feedback.feedback WHERE event_id = $1', [event.eventId]);

    expect((await submit(event.eventId, 5, { sessionId: ours.sessionId })).status).toBe(201);
    for (const sessionId of [foreign.sessionId, randomUUID()]) {
      const refused = await submit(event.eventId, 1, { sessionId });
      expect(refused.status).toBe(404);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'sessionId', code: 'unknownSession' }),
      ]);
    }
    const late = await service.request('POST', '/feedback', {
      body: { eventId: event.eventId, rating: 2, sessionId: cancelled.sessionId },
      headers: { 'accept-language': 'ru' },
    });
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/отменена/);
    expect(await stored()).toBe(1);
  }, 60_000);
});
