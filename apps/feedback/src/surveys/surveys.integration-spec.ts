import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  EVENT_TYPES,
  EVENT_CONTRACTS,
  TOPICS,
  type EventPublishedV1,
  type SessionChangedV1,
} from '@jiyn/contracts';
import { anEventPublished, eventually, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';
import { SurveyWindowSweeper } from './survey-window.sweeper';
import { SurveysService } from './surveys.service';

const { service, producer, probe } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  // The test sweeps itself, at the times it chooses.
  env: { SURVEY_WINDOW_SWEEP_INTERVAL_MS: '3600000' },
  probe: [TOPICS.feedback],
});
const validateOpened = schemaValidator(EVENT_CONTRACTS[EVENT_TYPES.surveyOpened].schema);
const validateClosed = schemaValidator(EVENT_CONTRACTS[EVENT_TYPES.surveyClosed].schema);

const DAY = 86_400_000;

/** An event (default: 5–7 February 2030 in Asia/Almaty) feedback knows. */
async function knownEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event = anEventPublished(overrides);
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'feedback.event_projections', event);
  return event;
}

async function knownSession(eventId: string, overrides: Partial<SessionChangedV1> = {}) {
  const session: SessionChangedV1 = {
    sessionId: randomUUID(),
    eventId,
    version: 1,
    title: { ru: 'Мастер-класс' },
    type: 'workshop',
    language: 'ru',
    trackId: null,
    roomId: null,
    startsAt: '2030-02-05T05:00:00.000Z',
    endsAt: '2030-02-05T06:30:00.000Z',
    capacity: null,
    status: 'confirmed',
    speakerIds: [randomUUID(), randomUUID()],
    occurredAt: new Date().toISOString(),
    ...overrides,
  };
  await producer.send(TOPICS.programmeSessions, EVENT_TYPES.sessionScheduled, session.sessionId, session);
  await eventually(
    async () =>
      expect(
        await service.count(
          'SELECT count(*)::int AS n FROM feedback.session_projections WHERE session_id = $1',
          [session.sessionId],
        ),
      ).toBe(1),
    { timeoutMs: 30_000 },
  );
  return session;
}

const text = (ru: string) => ({ kk: `${ru} (kk)`, ru, en: `${ru} (en)` });
const rating = {
  kind: 'rating',
  required: true,
  prompt: text('Оцените'),
  minLabel: text('Плохо'),
  maxLabel: text('Отлично'),
};
const scored = (id?: string) => ({
  ...(id ? { id } : {}),
  kind: 'single-choice',
  required: true,
  scored: true,
  prompt: text('Столица Казахстана?'),
  options: [
    { id: 'a', label: text('Астана'), correct: true },
    { id: 'b', label: text('Алматы'), correct: false },
  ],
});

function draft(eventId: string, extra: Record<string, unknown> = {}) {
  return {
    eventId,
    title: text('Оценка обучения'),
    scope: 'event',
    questions: [rating, { kind: 'nps', required: false, prompt: text('Порекомендуете?') }],
    ...extra,
  };
}

async function create(body: unknown) {
  return service.request('POST', '/surveys', { body });
}

const surveysStored = () => service.count('SELECT count(*)::int AS n FROM feedback.surveys', []);
const outboxRows = () => service.count('SELECT count(*)::int AS n FROM feedback.outbox', []);

describe('surveys: authoring', () => {
  it('should keep the event zone and the sessions’ times and speakers in its projections', async () => {
    const event = await knownEvent({ timeZone: 'Asia/Aqtobe' });
    const session = await knownSession(event.eventId);
    const [row] = await service.query(
      'SELECT time_zone FROM feedback.event_projections WHERE event_id = $1',
      [event.eventId],
    );
    expect(row).toEqual({ time_zone: 'Asia/Aqtobe' });
    const [sessionRow] = await service.query<{ starts_at: Date; speaker_ids: string[] }>(
      'SELECT starts_at, speaker_ids FROM feedback.session_projections WHERE session_id = $1',
      [session.sessionId],
    );
    expect(sessionRow?.starts_at.toISOString()).toBe(session.startsAt);
    expect(sessionRow?.speaker_ids).toEqual(session.speakerIds);
  }, 60_000);

  it('should refuse bad questions and windows with every field error, storing nothing', async () => {
    const event = await knownEvent();
    const before = [await surveysStored(), await outboxRows()];
    const refused = await create({
      eventId: event.eventId,
      title: { en: 'Only English' },
      scope: 'day',
      day: '2030-02-09',
      opensAtLocal: '2030-02-07T18:00',
      closesAtLocal: '2030-02-07T09:00',
      questions: [
        { ...rating, scaleMin: 5, scaleMax: 3 },
        { kind: 'rating', required: true, prompt: text('Без подписей') },
        { kind: 'nps', required: true, prompt: text('NPS'), options: [] },
        {
          ...scored(),
          scored: undefined,
          options: [
            { id: 'a', label: text('A'), correct: true },
            { id: 'a', label: text('A') },
          ],
        },
        scored(),
        { kind: 'text', required: false, prompt: { en: 'Only English' } },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = (refused.body.errors as { field: string; code: string }[]).map(
      ({ field, code }) => `${field} ${code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'title multilingualRequired',
        'day outsideEvent',
        'questions[0].scaleMax minAboveMax',
        'questions[1].minLabel multilingualRequired',
        'questions[2].options notForType',
        'questions[3].options[1].id duplicateKey',
        'questions[3].options[0].correct notForType',
        'questions[4].scored notForType',
        'questions[5].prompt multilingualRequired',
        'closesAtLocal surveyClosesBeforeOpens',
      ]),
    );
    // Messages in the caller's language.
    const inKazakh = await service.request('POST', '/surveys', {
      body: { ...draft(event.eventId), opensAtLocal: '2029-01-01T09:00' },
      headers: { 'accept-language': 'kk' },
    });
    expect(inKazakh.status).toBe(400);
    expect(inKazakh.body.errors).toEqual([
      expect.objectContaining({ field: 'opensAtLocal', code: 'surveyOpensTooEarly' }),
    ]);
    expect(inKazakh.body.errors[0].message).toContain('күн бұрын');
    // A text limit beyond 4000, a closing years after the event, a session of nobody's.
    const more = await create({
      ...draft(event.eventId, { scope: 'session', sessionId: randomUUID() }),
      closesAtLocal: '2035-01-01T00:00',
      questions: [{ kind: 'text', required: false, prompt: text('Ваши предложения'), maxLength: 4001 }],
    });
    expect(more.status).toBe(400);
    expect(more.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual(
      expect.arrayContaining(['questions[0].maxLength max']),
    );
    const windowAndSession = await create({
      ...draft(event.eventId, { scope: 'session', sessionId: randomUUID() }),
      closesAtLocal: '2035-01-01T00:00',
    });
    expect(
      windowAndSession.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`),
    ).toEqual(expect.arrayContaining(['sessionId unknownSession', 'closesAtLocal surveyClosesTooLate']));
    // Not a day at all, in an event spanning February's end: a 400, not a database error.
    const leap = await knownEvent({
      startsAt: '2030-02-27T04:00:00.000Z',
      endsAt: '2030-03-02T13:00:00.000Z',
    });
    const unreal = await create(draft(leap.eventId, { scope: 'day', day: '2030-02-30' }));
    expect([unreal.status, unreal.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'day', code: 'isDate' })],
    ]);
    expect((await create(draft(randomUUID()))).status).toBe(404);
    expect([await surveysStored(), await outboxRows()]).toEqual(before);
  }, 60_000);

  it('should read local times in the event’s zone, with the zone’s rules of the day', async () => {
    // Almaty was UTC+6 until 1 March 2024 and is UTC+5 since.
    const demo = await knownEvent({
      startsAt: '2024-02-07T03:00:00.000Z',
      endsAt: '2024-02-09T12:00:00.000Z',
    });
    const early = await create(
      draft(demo.eventId, { opensAtLocal: '2024-02-07T16:00', closesAtLocal: '2027-01-31T18:00' }),
    );
    expect(early.status).toBe(201);
    expect(early.body).toMatchObject({
      timeZone: 'Asia/Almaty',
      opensAt: '2024-02-07T10:00:00.000Z',
      opensAtLocal: '2024-02-07T16:00',
      closesAt: '2027-01-31T13:00:00.000Z',
      closesAtLocal: '2027-01-31T18:00',
    });
    const tokyo = await knownEvent({ timeZone: 'Asia/Tokyo' });
    const there = await create(draft(tokyo.eventId, { opensAtLocal: '2030-02-05T16:00' }));
    expect(there.status).toBe(201);
    expect(there.body.opensAt).toBe('2030-02-05T07:00:00.000Z');
    // Left out: from the start of the event to 14 days after its end.
    const defaults = await create(draft(tokyo.eventId));
    expect(defaults.body).toMatchObject({
      opensAt: tokyo.startsAt,
      closesAt: new Date(Date.parse(tokyo.endsAt) + 14 * DAY).toISOString(),
    });
  }, 60_000);

  it('should take a draft through publication to closing, refusing edits once published', async () => {
    const event = await knownEvent();
    const created = await create(draft(event.eventId));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      purpose: 'evaluation',
      anonymous: true,
      version: 1,
    });
    const id = created.body.id as string;

    // A refused edit changes nothing, not even part of the questions.
    const badEdit = await service.request('PATCH', `/surveys/${id}`, {
      body: {
        title: text('Новое название'),
        closesAtLocal: '2030-02-01T09:00',
        questions: [{ kind: 'rating', required: true, prompt: text('Без подписей') }],
      },
    });
    expect(badEdit.status).toBe(400);
    expect(badEdit.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual(
      expect.arrayContaining([
        'questions[0].minLabel multilingualRequired',
        'closesAtLocal surveyClosesBeforeOpens',
      ]),
    );
    expect((await service.request('GET', `/surveys/${id}`)).body).toMatchObject({
      title: created.body.title,
      version: 1,
      questions: created.body.questions,
    });

    const patched = await service.request('PATCH', `/surveys/${id}`, {
      body: {
        title: text('Оценка тренинга'),
        questions: [{ kind: 'text', required: false, prompt: text('Предложения'), maxLength: 500 }],
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.questions).toEqual([
      expect.objectContaining({ kind: 'text', maxLength: 500, position: 1 }),
    ]);
    expect(patched.body.version).toBe(2);

    const published = await service.request('POST', `/surveys/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    for (const [method, path] of [
      ['PATCH', `/surveys/${id}`],
      ['DELETE', `/surveys/${id}`],
      ['POST', `/surveys/${id}/publish`],
    ] as const) {
      const refused = await service.request(method, path, {
        body: method === 'PATCH' ? { anonymous: false } : undefined,
      });
      expect({ path, method, status: refused.status, type: refused.body.type }).toEqual({
        path,
        method,
        status: 409,
        type: expect.stringContaining('conflict'),
      });
    }
    expect((await service.request('GET', `/surveys/${id}`)).body.anonymous).toBe(true);

    const closed = await service.request('POST', `/surveys/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    const message = await probe.single(TOPICS.feedback, id);
    expect(message.headers).toMatchObject({ ce_type: EVENT_TYPES.surveyClosed });
    expect(validateClosed(message.json)).toBeNull();
    expect((await service.request('POST', `/surveys/${id}/close`)).status).toBe(409);

    // A draft can be deleted; the list pages in creation order.
    const other = await create(draft(event.eventId));
    expect((await service.request('DELETE', `/surveys/${other.body.id}`)).status).toBe(204);
    expect((await service.request('GET', `/surveys/${other.body.id}`)).status).toBe(404);
    await create(draft(event.eventId));
    const first = await service.request('GET', `/surveys?eventId=${event.eventId}&limit=1`);
    expect(first.body.items.map((s: { id: string }) => s.id)).toEqual([id]);
    const second = await service.request(
      'GET',
      `/surveys?eventId=${event.eventId}&limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  }, 60_000);

  it('should announce a survey open at publication when its window has begun', async () => {
    const now = Date.now();
    const event = await knownEvent({
      startsAt: new Date(now - 3 * DAY).toISOString(),
      endsAt: new Date(now - DAY).toISOString(),
    });
    const created = await create(draft(event.eventId));
    const published = await service.request('POST', `/surveys/${created.body.id}/publish`);
    expect(published.status).toBe(200);
    const message = await probe.single(TOPICS.feedback, created.body.id);
    expect(message.headers).toMatchObject({ ce_type: EVENT_TYPES.surveyOpened });
    expect(validateOpened(message.json)).toBeNull();
    expect(message.json).toMatchObject({
      surveyId: created.body.id,
      purpose: 'evaluation',
      scope: 'event',
      questionCount: 2,
      responseCount: 0,
    });
    expect(JSON.stringify(message.json)).not.toContain('Оцените');
    // Nothing is announced twice: the sweeper finds nothing due now.
    expect(await service.app.get(SurveyWindowSweeper).sweep()).toBe(0);
  }, 60_000);

  it('should announce opening and closing once each when their time comes', async () => {
    const event = await knownEvent();
    const created = await create(
      draft(event.eventId, { opensAtLocal: '2030-02-05T09:00', closesAtLocal: '2030-02-07T18:00' }),
    );
    const id = created.body.id as string;
    expect((await service.request('POST', `/surveys/${id}/publish`)).status).toBe(200);
    const sweeper = service.app.get(SurveyWindowSweeper);
    const announced = () => probe.on(TOPICS.feedback).filter((message) => message.key === id);

    await sweeper.sweep(new Date('2030-02-05T03:59:00Z'));
    // Two replicas sweeping at once: rows are claimed with SKIP LOCKED, so one announces.
    const surveys = service.app.get(SurveysService);
    const at = new Date('2030-02-05T04:00:00Z');
    const [one, other] = await Promise.all([surveys.announceDue(at), surveys.announceDue(at)]);
    expect(one + other).toBeGreaterThanOrEqual(1);
    await sweeper.sweep(new Date('2030-02-05T04:00:00Z'));
    await sweeper.sweep(new Date('2030-02-05T04:30:00Z'));
    const opened = await probe.single(TOPICS.feedback, id);
    expect(opened.headers.ce_type).toBe(EVENT_TYPES.surveyOpened);
    expect((await service.request('GET', `/surveys/${id}`)).body.status).toBe('published');

    await sweeper.sweep(new Date('2030-02-07T13:00:00Z'));
    await sweeper.sweep(new Date('2030-02-08T13:00:00Z'));
    await eventually(() => expect(announced()).toHaveLength(2), { timeoutMs: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(announced().map((message) => message.headers.ce_type)).toEqual([
      EVENT_TYPES.surveyOpened,
      EVENT_TYPES.surveyClosed,
    ]);
    expect((await service.request('GET', `/surveys/${id}`)).body.status).toBe('closed');
  }, 60_000);

  it('should start drafts from the templates, in Kazakh, Russian and English', async () => {
    const event = await knownEvent();
    const evaluation = await service.request('POST', '/surveys/from-template', {
      body: { template: 'post-training-evaluation', eventId: event.eventId },
    });
    expect(evaluation.status).toBe(201);
    expect(evaluation.body).toMatchObject({
      template: 'post-training-evaluation',
      scope: 'event',
      status: 'draft',
    });
    expect(evaluation.body.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'rating',
      'rating',
      'rating',
      'nps',
      'text',
      'text',
    ]);
    for (const question of evaluation.body.questions)
      expect(Object.keys(question.prompt).sort()).toEqual(['en', 'kk', 'ru']);
    expect(evaluation.body.questions[0].prompt.kk).toMatch(/[әғқңөұүһі]/);

    const session = await knownSession(event.eventId);
    const rated = await service.request('POST', '/surveys/from-template', {
      body: { template: 'session-rating', eventId: event.eventId, sessionId: session.sessionId },
    });
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ scope: 'session', sessionId: session.sessionId });
    expect(
      rated.body.questions
        .filter((q: { subjectSpeakerId: string | null }) => q.subjectSpeakerId)
        .map((q: { subjectSpeakerId: string }) => q.subjectSpeakerId),
    ).toEqual(session.speakerIds);
    // The session's own times are the default window.
    expect(rated.body.opensAt).toBe(session.startsAt);
    // A rating of a speaker must be of one of the session's speakers.
    const stranger = await create(
      draft(event.eventId, {
        questions: [{ ...rating, subjectSessionId: session.sessionId, subjectSpeakerId: randomUUID() }],
      }),
    );
    expect(stranger.body.errors).toEqual([
      expect.objectContaining({ field: 'questions[0].subjectSpeakerId', code: 'speakerNotInSession' }),
    ]);
    const without = await service.request('POST', '/surveys/from-template', {
      body: { template: 'session-rating', eventId: event.eventId },
    });
    expect(without.status).toBe(400);

    // A copy: a new draft with the same questions under new ids.
    const copy = await service.request('POST', `/surveys/${rated.body.id}/copy`, { body: {} });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: 'draft',
      sessionId: session.sessionId,
      template: 'session-rating',
    });
    expect(copy.body.questions).toHaveLength(rated.body.questions.length);
    expect(copy.body.questions[0].id).not.toBe(rated.body.questions[0].id);
  }, 60_000);

  it('should make a published pre-test’s post-test with the same scored questions on the last day', async () => {
    const event = await knownEvent();
    const knowledge = (extra: Record<string, unknown>) =>
      create({
        eventId: event.eventId,
        title: text('Входной тест'),
        purpose: 'pre-test',
        scope: 'day',
        day: '2030-02-05',
        questions: [scored(), { kind: 'text', required: false, prompt: text('Ожидания от обучения') }],
        ...extra,
      });
    const onDayTwo = await knowledge({ day: '2030-02-06' });
    expect(onDayTwo.body.errors).toEqual([
      expect.objectContaining({ field: 'day', code: 'preTestFirstDay' }),
    ]);
    const twoRight = await knowledge({
      questions: [{ ...scored(), options: scored().options.map((o) => ({ ...o, correct: true })) }],
    });
    expect(twoRight.body.errors).toEqual([
      expect.objectContaining({ field: 'questions[0].options', code: 'oneCorrectOption' }),
    ]);
    const unscored = await knowledge({ questions: [rating] });
    expect(unscored.body.errors).toEqual([
      expect.objectContaining({ field: 'questions', code: 'scoredQuestionRequired' }),
    ]);

    const preTest = await knowledge({});
    expect(preTest.status).toBe(201);
    // Until 18:00... default: the whole first day.
    expect(preTest.body).toMatchObject({
      opensAtLocal: '2030-02-05T00:00',
      closesAtLocal: '2030-02-06T00:00',
    });
    const id = preTest.body.id as string;
    expect((await service.request('POST', `/surveys/${id}/post-test`, { body: {} })).status).toBe(409);
    expect((await service.request('POST', `/surveys/${id}/publish`)).status).toBe(200);

    const postTest = await service.request('POST', `/surveys/${id}/post-test`, {
      body: { opensAtLocal: '2030-02-07T15:00', closesAtLocal: '2030-02-07T18:00' },
    });
    expect(postTest.status).toBe(201);
    const scoredQuestion = preTest.body.questions[0];
    expect(postTest.body).toMatchObject({
      purpose: 'post-test',
      preTestId: id,
      scope: 'day',
      day: '2030-02-07',
      status: 'draft',
      opensAtLocal: '2030-02-07T15:00',
      questions: [{ ...scoredQuestion }],
    });
    expect((await service.request('GET', `/surveys/${id}`)).body.postTestId).toBe(postTest.body.id);
    expect((await service.request('POST', `/surveys/${id}/post-test`, { body: {} })).status).toBe(409);
    const changed = await service.request('PATCH', `/surveys/${postTest.body.id}`, {
      body: { questions: [scored()] },
    });
    expect(changed.body.errors).toEqual([
      expect.objectContaining({ field: 'questions', code: 'fixedByPreTest' }),
    ]);
    expect((await service.request('POST', `/surveys/${postTest.body.id}/copy`, { body: {} })).status).toBe(
      409,
    );
    expect(
      (await service.request('POST', `/surveys/${postTest.body.id}/post-test`, { body: {} })).status,
    ).toBe(409);
  }, 60_000);
});
