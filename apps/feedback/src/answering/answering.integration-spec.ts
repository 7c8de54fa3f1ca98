import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, feedbackSubmittedV2Schema, type EventPublishedV1 } from '@jiyn/contracts';
import { anEventPublished, eventually, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from '../app.module';
import { feedbackDatabase } from '../database/database';
import { FeedbackEnvironment } from '../feedback.environment';
import {
  aQuestion,
  insertSurvey,
  registrationChange,
  RegistrationsStandIn,
  sendCheckIn,
  sendRegistration,
  standInPort,
  type TestParticipant,
} from './testing/survey-fixtures';
import { AnonymousRelease } from '../anonymous-release/anonymous-release';

const registrations = new RegistrationsStandIn(standInPort());
const { service, producer, probe } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
  // The tests release anonymous answers themselves.
  env: { REGISTRATIONS_URL: registrations.url, ANONYMOUS_RELEASE_INTERVAL_MS: '3600000' },
});
const releaseDue = (now?: Date) => service.app.get(AnonymousRelease).releaseDue(now);
const validateSubmitted = schemaValidator(feedbackSubmittedV2Schema);

beforeAll(() => registrations.start());
afterAll(() => registrations.stop());

const DAY_1 = '2026-12-07';
const DAY_2 = '2026-12-08';

async function knownEvent(): Promise<EventPublishedV1> {
  const event = anEventPublished();
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'feedback.event_projections', event);
  return event;
}

async function checkInDays(registrationId: string): Promise<string[]> {
  const rows = await service.query<{ day: string }>(
    `SELECT day::text AS day FROM feedback.check_in_days WHERE registration_id = $1 ORDER BY day`,
    [registrationId],
  );
  return rows.map((row) => row.day);
}

async function attendeeVersion(registrationId: string): Promise<number> {
  return service.count(`SELECT version AS n FROM feedback.attendees WHERE registration_id = $1`, [
    registrationId,
  ]);
}

/** A participant of the event, checked in at the door on `day` (and projected). */
async function checkedIn(eventId: string, day: string = DAY_1): Promise<TestParticipant> {
  const participant = registrations.participant(eventId);
  await sendCheckIn(producer, participant, day);
  await eventually(async () => expect(await checkInDays(participant.registrationId)).toContain(day), {
    timeoutMs: 30_000,
  });
  return participant;
}

async function registeredOnly(eventId: string): Promise<TestParticipant> {
  const participant = registrations.participant(eventId);
  await sendRegistration(producer, EVENT_TYPES.registrationConfirmed, registrationChange(participant));
  await eventually(
    async () => expect(await attendeeVersion(participant.registrationId)).toBe(participant.version),
    { timeoutMs: 30_000 },
  );
  return participant;
}

function answer(participant: TestParticipant | string, surveyId: string, answers: unknown[]) {
  const token = typeof participant === 'string' ? participant : participant.token;
  return service.request('PUT', `/self/feedback/surveys/${surveyId}/response`, {
    principal: null,
    headers: { 'x-jiyn-internal-token': service.internalToken, 'x-jiyn-self-token': token },
    body: { answers },
  });
}

function selfGet(participant: TestParticipant, path: string, lang = 'en') {
  return service.request('GET', `/self/feedback/surveys${path}`, {
    principal: null,
    headers: {
      'x-jiyn-internal-token': service.internalToken,
      'x-jiyn-self-token': participant.token,
      'accept-language': lang,
    },
  });
}

async function stored(surveyId: string) {
  return {
    responses: await service.count(`SELECT count(*)::int AS n FROM feedback.responses WHERE survey_id = $1`, [
      surveyId,
    ]),
    answers: await service.count(
      `SELECT count(*)::int AS n FROM feedback.answers a JOIN feedback.responses r ON r.id = a.response_id
        WHERE r.survey_id = $1`,
      [surveyId],
    ),
    respondents: await service.count(
      `SELECT count(*)::int AS n FROM feedback.respondents WHERE survey_id = $1`,
      [surveyId],
    ),
    outbox: await service.count(
      `SELECT count(*)::int AS n FROM feedback.outbox WHERE payload::jsonb->>'surveyId' = $1 AND event_type = $2`,
      [surveyId, EVENT_TYPES.feedbackSubmittedV2],
    ),
  };
}

const NOTHING = { responses: 0, answers: 0, respondents: 0, outbox: 0 };

describe('attendance projection', () => {
  it('should learn check-ins and their reverts, and ignore stale and repeated deliveries', async () => {
    const event = await knownEvent();
    const participant = registrations.participant(event.eventId);
    await sendCheckIn(producer, participant, DAY_1);
    const day2 = await sendCheckIn(producer, participant, DAY_2);
    await eventually(
      async () => expect(await checkInDays(participant.registrationId)).toEqual([DAY_1, DAY_2]),
      {
        timeoutMs: 30_000,
      },
    );
    const [attendee] = await service.query(
      `SELECT event_id, status, region_code, sex, age_band FROM feedback.attendees WHERE registration_id = $1`,
      [participant.registrationId],
    );
    expect(attendee).toEqual({
      event_id: event.eventId,
      status: 'confirmed',
      region_code: 'KZ-75',
      sex: 'female',
      age_band: '25-34',
    });

    const revert = registrationChange(participant, { checkInDay: DAY_2 });
    const revertId = await sendRegistration(producer, EVENT_TYPES.registrationCheckInReverted, revert);
    await eventually(async () => expect(await checkInDays(participant.registrationId)).toEqual([DAY_1]), {
      timeoutMs: 30_000,
    });

    // The day-2 check-in delivered again (a replay: new record, old version) and the revert again
    // (same CloudEvent id: the inbox skips it) change nothing.
    await sendRegistration(producer, EVENT_TYPES.registrationCheckedIn, day2);
    await sendRegistration(producer, EVENT_TYPES.registrationCheckInReverted, revert, revertId);
    // A later change shows the stream was read past both.
    await sendRegistration(producer, EVENT_TYPES.registrationUpdated, registrationChange(participant));
    await eventually(
      async () => expect(await attendeeVersion(participant.registrationId)).toBe(participant.version),
      { timeoutMs: 30_000 },
    );
    expect(await checkInDays(participant.registrationId)).toEqual([DAY_1]);
  }, 90_000);

  it('should learn session check-ins apart from days', async () => {
    const event = await knownEvent();
    const participant = registrations.participant(event.eventId);
    const sessionId = randomUUID();
    await sendCheckIn(producer, participant, null, sessionId);
    await eventually(
      async () =>
        expect(
          await service.count(
            `SELECT count(*)::int AS n FROM feedback.session_check_ins WHERE registration_id = $1 AND session_id = $2`,
            [participant.registrationId, sessionId],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    expect(await checkInDays(participant.registrationId)).toEqual([]);
  }, 60_000);
});

describe('answering a survey', () => {
  it('should take an attendee’s answers, announce ratings and choices only, and let them edit while open', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating', { required: true });
    const nps = aQuestion('nps');
    const choice = aQuestion('multiple-choice', { options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    const text = aQuestion('text', { maxLength: 100 });
    const survey = await insertSurvey(service, event.eventId, [rating, nps, choice, text], {
      anonymous: true,
    });
    const participant = await checkedIn(event.eventId);

    const listed = await selfGet(participant, '');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: survey.id, answered: false, title: 'Evaluation' }),
    ]);
    const shown = await selfGet(participant, `/${survey.id}`, 'ru');
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ open: true, anonymous: true, title: 'Evaluation (ru)' });
    expect(shown.body.questions.map((q: { kind: string }) => q.kind)).toEqual([
      'rating',
      'nps',
      'multiple-choice',
      'text',
    ]);
    expect(JSON.stringify(shown.body)).not.toContain('correct');

    const secret = 'Айгерім Сапарова жақсы түсіндірді';
    const first = await answer(participant, survey.id, [
      { questionId: rating.id, rating: 4 },
      { questionId: nps.id, rating: 9 },
      { questionId: choice.id, choiceIds: ['c', 'a'] },
      { questionId: text.id, text: secret },
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ surveyId: survey.id, version: 1 });
    // Anonymous: the answer waits for a batch of k before it is announced.
    expect(await stored(survey.id)).toEqual({ responses: 1, answers: 4, respondents: 1, outbox: 0 });
    expect(await releaseDue()).toBe(0);
    const [response] = await service.query(
      `SELECT registration_id, submitted_at, region_code, sex, age_band FROM feedback.responses WHERE survey_id = $1`,
      [survey.id],
    );
    expect(response).toEqual({
      registration_id: null,
      submitted_at: null,
      region_code: 'KZ-75',
      sex: 'female',
      age_band: '25-34',
    });

    const edited = await answer(participant, survey.id, [
      { questionId: rating.id, rating: 2 },
      { questionId: nps.id, rating: 9 },
      { questionId: choice.id, choiceIds: ['c', 'a'] },
      { questionId: text.id, text: secret },
    ]);
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(await stored(survey.id)).toEqual({ responses: 1, answers: 4, respondents: 1, outbox: 0 });
    const mine = await selfGet(participant, `/${survey.id}/response`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      version: 2,
      answers: expect.arrayContaining([{ questionId: rating.id, rating: 2, choiceIds: null, text: null }]),
    });
    expect((await selfGet(participant, '')).body.items[0].answered).toBe(true);
    // A "has answered" mark lost after the answers committed is written again when the participant comes back.
    await service.query(`DELETE FROM feedback.respondents WHERE survey_id = $1`, [survey.id]);
    expect((await selfGet(participant, `/${survey.id}/response`)).status).toBe(200);
    expect(
      await service.query(`SELECT registration_id FROM feedback.respondents WHERE survey_id = $1`, [
        survey.id,
      ]),
    ).toEqual([{ registration_id: participant.registrationId }]);

    // Closing announces what still waits, as it stands now, before the closing itself.
    const closing = await service.request('POST', `/surveys/${survey.id}/close`);
    expect(closing.status).toBe(200);
    const late = await answer(participant, survey.id, [{ questionId: rating.id, rating: 5 }]);
    expect(late.status).toBe(409);
    expect(late.body.type).toMatch(/survey-not-open$/);
    expect((await selfGet(participant, `/${survey.id}/response`)).body.version).toBe(2);
    expect(await stored(survey.id)).toMatchObject({ outbox: 1 });
    expect(await releaseDue()).toBe(0);
    const ofSurvey = () =>
      probe
        .on(TOPICS.feedback)
        .filter((m) => m.key === survey.id && m.headers['ce_type'] !== EVENT_TYPES.surveyOpened);
    await eventually(() => expect(ofSurvey()).toHaveLength(2), { timeoutMs: 15_000 });
    const [message, closed] = ofSurvey();
    expect(closed.headers['ce_type']).toBe(EVENT_TYPES.surveyClosed);
    expect(message.headers).toMatchObject({
      ce_type: EVENT_TYPES.feedbackSubmittedV2,
      ce_subject: survey.id,
    });
    expect(validateSubmitted(message.json)).toBeNull();
    expect(message.json).toMatchObject({
      surveyId: survey.id,
      eventId: event.eventId,
      anonymous: true,
      registrationId: null,
      responseId: null,
      ratings: [
        { questionId: rating.id, rating: 2 },
        { questionId: nps.id, rating: 9 },
      ],
      choices: [{ questionId: choice.id, choiceIds: ['a', 'c'] }],
    });
    for (const fragment of [secret, 'Айгерім', participant.registrationId, participant.token])
      expect(message.value).not.toContain(fragment);
  }, 90_000);

  it('should refuse outside the window, unknown tokens, and other events’ or draft surveys, storing nothing', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating');
    const participant = await checkedIn(event.eventId);
    const early = await insertSurvey(service, event.eventId, [rating], {
      opensAt: new Date(Date.now() + 3_600_000),
      closesAt: new Date(Date.now() + 7_200_000),
    });
    const past = await insertSurvey(service, event.eventId, [rating], {
      opensAt: new Date(Date.now() - 7_200_000),
      closesAt: new Date(Date.now() - 3_600_000),
    });
    for (const survey of [early, past]) {
      const refused = await answer(participant, survey.id, [{ questionId: rating.id, rating: 3 }]);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ status: 409, surveyId: survey.id });
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await stored(survey.id)).toEqual(NOTHING);
    }
    const draft = await insertSurvey(service, event.eventId, [rating], { status: 'draft' });
    expect((await answer(participant, draft.id, [{ questionId: rating.id, rating: 3 }])).status).toBe(404);
    const other = await knownEvent();
    const elsewhere = await insertSurvey(service, other.eventId, [rating]);
    expect((await answer(participant, elsewhere.id, [{ questionId: rating.id, rating: 3 }])).status).toBe(
      404,
    );
    const open = await insertSurvey(service, event.eventId, [rating]);
    expect((await answer('x'.repeat(43), open.id, [{ questionId: rating.id, rating: 3 }])).status).toBe(401);
    for (const survey of [draft, elsewhere, open]) expect(await stored(survey.id)).toEqual(NOTHING);
  }, 90_000);

  it('should take answers only from those checked in where the survey asks', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating');
    const eventSurvey = await insertSurvey(service, event.eventId, [rating]);
    const day2Survey = await insertSurvey(service, event.eventId, [rating], { scope: 'day', day: DAY_2 });
    const sessionId = randomUUID();
    const sessionSurvey = await insertSurvey(service, event.eventId, [rating], {
      scope: 'session',
      sessionId,
    });
    const registered = await registeredOnly(event.eventId);
    const day1 = await checkedIn(event.eventId, DAY_1);
    const inSession = registrations.participant(event.eventId);
    await sendCheckIn(producer, inSession, null, sessionId);
    await eventually(
      async () =>
        expect(
          await service.count(
            `SELECT count(*)::int AS n FROM feedback.session_check_ins WHERE registration_id = $1`,
            [inSession.registrationId],
          ),
        ).toBe(1),
      { timeoutMs: 30_000 },
    );
    const ok = [{ questionId: rating.id, rating: 5 }];

    const notAttended = await answer(registered, eventSurvey.id, ok);
    expect(notAttended.status).toBe(403);
    expect(notAttended.body.type).toMatch(/not-an-attendee$/);
    expect((await selfGet(registered, '')).body.items).toEqual([]);
    expect((await answer(day1, day2Survey.id, ok)).status).toBe(403);
    expect((await answer(day1, sessionSurvey.id, ok)).status).toBe(403);
    expect(await stored(day2Survey.id)).toEqual(NOTHING);

    expect((await answer(day1, eventSurvey.id, ok)).status).toBe(200);
    expect((await answer(inSession, sessionSurvey.id, ok)).status).toBe(200);
    expect((await answer(inSession, eventSurvey.id, ok)).status).toBe(200);
    // Checked in on day 2 later: the day-2 survey opens to them.
    await sendCheckIn(producer, day1, DAY_2);
    await eventually(async () => expect(await checkInDays(day1.registrationId)).toContain(DAY_2), {
      timeoutMs: 30_000,
    });
    expect((await answer(day1, day2Survey.id, ok)).status).toBe(200);
    // Reverted check-in: no longer an attendee of day 2.
    await sendRegistration(
      producer,
      EVENT_TYPES.registrationCheckInReverted,
      registrationChange(day1, { checkInDay: DAY_2 }),
    );
    await eventually(async () => expect(await checkInDays(day1.registrationId)).toEqual([DAY_1]), {
      timeoutMs: 30_000,
    });
    expect((await answer(day1, day2Survey.id, ok)).status).toBe(403);
  }, 120_000);

  it('should refuse bad answers with field errors, storing nothing', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating', { required: true, scaleMin: 1, scaleMax: 5 });
    const nps = aQuestion('nps');
    const single = aQuestion('single-choice', { options: [{ id: 'a' }, { id: 'b' }] });
    const text = aQuestion('text', { maxLength: 10 });
    const survey = await insertSurvey(service, event.eventId, [rating, nps, single, text]);
    const participant = await checkedIn(event.eventId);
    const cases: [unknown[], { field: string; code: string }[]][] = [
      [[], [{ field: `questions.${rating.id}`, code: 'answerRequired' }]],
      [[{ questionId: rating.id, rating: 6 }], [{ field: 'answers[0].rating', code: 'ratingOutOfRange' }]],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: nps.id, rating: 11 },
        ],
        [{ field: 'answers[1].rating', code: 'ratingOutOfRange' }],
      ],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: randomUUID(), rating: 3 },
        ],
        [{ field: 'answers[1].questionId', code: 'unknownQuestion' }],
      ],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: single.id, choiceIds: ['z'] },
        ],
        [{ field: 'answers[1].choiceIds[0]', code: 'unknownChoice' }],
      ],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: single.id, choiceIds: ['a', 'b'] },
        ],
        [{ field: 'answers[1].choiceIds', code: 'singleChoiceOnly' }],
      ],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: text.id, text: 'x'.repeat(11) },
        ],
        [{ field: 'answers[1].text', code: 'textTooLong' }],
      ],
      [
        [
          { questionId: rating.id, rating: 3 },
          { questionId: rating.id, rating: 4 },
        ],
        [{ field: 'answers[1].questionId', code: 'duplicateAnswer' }],
      ],
      [[{ questionId: rating.id, text: 'five' }], [{ field: 'answers[0].text', code: 'answerKind' }]],
    ];
    for (const [answers, errors] of cases) {
      const refused = await answer(participant, survey.id, answers);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual(errors.map((error) => expect.objectContaining(error)));
      expect(refused.body.errors[0].message).toEqual(expect.any(String));
    }
    expect(await stored(survey.id)).toEqual(NOTHING);
  }, 90_000);

  it('should score knowledge tests and pair pre- and post-test without naming anyone', async () => {
    const event = await knownEvent();
    const q1 = aQuestion('single-choice', {
      scored: true,
      options: [{ id: 'a', correct: true }, { id: 'b' }],
    });
    const q2 = aQuestion('multiple-choice', {
      scored: true,
      options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }],
    });
    const pre = await insertSurvey(service, event.eventId, [q1, q2], { purpose: 'pre-test' });
    const post = await insertSurvey(service, event.eventId, [q1, q2], {
      purpose: 'post-test',
      preTestId: pre.id,
    });
    const participant = await checkedIn(event.eventId);
    const before = await answer(participant, pre.id, [
      { questionId: q1.id, choiceIds: ['b'] },
      { questionId: q2.id, choiceIds: ['a'] },
    ]);
    expect(before.body).toMatchObject({ score: 0, maxScore: 2 });
    const after = await answer(participant, post.id, [
      { questionId: q1.id, choiceIds: ['a'] },
      { questionId: q2.id, choiceIds: ['b', 'a'] },
    ]);
    expect(after.body).toMatchObject({ score: 2, maxScore: 2 });
    const rows = await service.query<{
      survey_id: string;
      pair_key: Buffer;
      respondent_key: Buffer;
      score: number;
    }>(
      `SELECT survey_id, pair_key, respondent_key, score FROM feedback.responses WHERE survey_id = ANY($1::uuid[])`,
      [[pre.id, post.id]],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].pair_key.equals(rows[1].pair_key)).toBe(true);
    expect(rows[0].respondent_key.equals(rows[1].respondent_key)).toBe(false);
    // One answer waits for k; when the post-test closes it is announced with its score.
    expect(await releaseDue()).toBe(0);
    await service.query(`UPDATE feedback.surveys SET status = 'closed' WHERE id = $1`, [post.id]);
    expect(await releaseDue()).toBe(1);
    const message = await probe.single(TOPICS.feedback, post.id);
    expect(message.json).toMatchObject({ purpose: 'post-test', score: 2, maxScore: 2 });
  }, 90_000);

  it('should name the respondent on a survey that is not anonymous', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating');
    const survey = await insertSurvey(service, event.eventId, [rating], { anonymous: false });
    const participant = await checkedIn(event.eventId);
    const answered = await answer(participant, survey.id, [{ questionId: rating.id, rating: 5 }]);
    expect(answered.status).toBe(200);
    const [row] = await service.query<{ id: string; registration_id: string; submitted_at: Date | null }>(
      `SELECT id, registration_id, submitted_at FROM feedback.responses WHERE survey_id = $1`,
      [survey.id],
    );
    expect(row.registration_id).toBe(participant.registrationId);
    expect(row.submitted_at).not.toBeNull();
    const message = await probe.single(TOPICS.feedback, row.id);
    expect(message.json).toMatchObject({ registrationId: participant.registrationId, responseId: row.id });
  }, 60_000);
});

describe('anonymity', () => {
  it('should leave nothing in the database that matches a respondent to their response better than chance', async () => {
    const event = await knownEvent();
    const rating = aQuestion('rating', { scaleMin: 1, scaleMax: 5 });
    const marker = aQuestion('text');
    // For this test only, a choice that marks whose announcement is whose.
    const who = aQuestion('single-choice', {
      options: Array.from({ length: 24 }, (_, i) => ({ id: `p${i}` })),
    });
    const survey = await insertSurvey(service, event.eventId, [rating, marker, who], { anonymous: true });
    const participants: TestParticipant[] = [];
    for (let index = 0; index < 24; index += 1) participants.push(await checkedIn(event.eventId));
    // Answered one after the other; the text marks (for this test only) whose answer is whose.
    const answerAs = async (index: number) => {
      const answered = await answer(participants[index], survey.id, [
        { questionId: rating.id, rating: 1 + (index % 5) },
        { questionId: marker.id, text: `participant-${index}` },
        { questionId: who.id, choiceIds: [`p${index}`] },
      ]);
      expect(answered.status).toBe(200);
    };
    // Fewer than k (5) waiting: nothing is announced; then all that wait go in one batch.
    for (let index = 0; index < 4; index += 1) await answerAs(index);
    expect(await releaseDue()).toBe(0);
    for (let index = 4; index < 24; index += 1) await answerAs(index);
    const releasedAt = new Date();
    expect(await releaseDue(releasedAt)).toBe(24);
    expect(await releaseDue()).toBe(0);

    const responses = await service.query<{
      id: string;
      xmin: string;
      ctid: string;
      marker: string;
      registration_id: string | null;
      submitted_at: Date | null;
    }>(
      `SELECT r.id, r.xmin::text AS xmin, r.ctid::text AS ctid, a.text AS marker, r.registration_id, r.submitted_at
         FROM feedback.responses r JOIN feedback.answers a ON a.response_id = r.id AND a.question_id = $2
        WHERE r.survey_id = $1 ORDER BY r.ctid`,
      [survey.id, marker.id],
    );
    const respondents = await service.query<{ registration_id: string; xmin: string; ctid: string }>(
      `SELECT registration_id, xmin::text AS xmin, ctid::text AS ctid FROM feedback.respondents
        WHERE survey_id = $1 ORDER BY ctid`,
      [survey.id],
    );
    expect(responses).toHaveLength(24);
    expect(respondents).toHaveLength(24);
    // No name, no time, no time-ordered id.
    for (const response of responses) {
      expect(response.registration_id).toBeNull();
      expect(response.submitted_at).toBeNull();
      expect(response.id[14]).toBe('4');
    }
    // One transaction's xmin on every response (the release's), none shared with a respondent.
    expect(new Set(responses.map((response) => response.xmin)).size).toBe(1);
    const respondentXmins = new Set(respondents.map((respondent) => respondent.xmin));
    for (const response of responses) expect(respondentXmins.has(response.xmin)).toBe(false);
    // The answers' rows too.
    const answerXmins = await service.query<{ xmin: string }>(
      `SELECT DISTINCT a.xmin::text AS xmin FROM feedback.answers a JOIN feedback.responses r ON r.id = a.response_id
        WHERE r.survey_id = $1`,
      [survey.id],
    );
    // (the last answer's mix; the responses' own were rewritten since by the release, in one transaction too)
    expect(answerXmins).toHaveLength(1);
    for (const row of answerXmins) expect(respondentXmins.has(row.xmin)).toBe(false);
    // The marks of who answered share one xmin too, and their order is not the answering order.
    expect(respondentXmins.size).toBe(1);
    const markedOrder = respondents.map((row) =>
      participants.findIndex((p) => p.registrationId === row.registration_id),
    );
    expect(Math.abs(spearman(markedOrder))).toBeLessThan(0.7);
    // Physical order: the responses' rows do not follow the answering order.
    const answeringOrder = responses.map((response) => Number(response.marker.split('-')[1]));
    expect(Math.abs(spearman(answeringOrder))).toBeLessThan(0.7);
    expect(answeringOrder).not.toEqual([...answeringOrder].sort((a, b) => a - b));
    // Ids sort in no particular order either (random v4).
    const byId = [...responses]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => Number(r.marker.split('-')[1]));
    expect(Math.abs(spearman(byId))).toBeLessThan(0.7);

    // The announcements carry no registration or response id, keyed by the survey; a batch carries
    // its release's time, and goes out in an order that is not the answering order.
    const outbox = await service.query<{ message_key: string; payload: Record<string, unknown> }>(
      `SELECT message_key, payload::jsonb AS payload FROM feedback.outbox
        WHERE payload::jsonb->>'surveyId' = $1 AND event_type = $2 ORDER BY created_at, id`,
      [survey.id, EVENT_TYPES.feedbackSubmittedV2],
    );
    expect(outbox).toHaveLength(24);
    for (const row of outbox) {
      expect(row.message_key).toBe(survey.id);
      expect(row.payload).toMatchObject({ registrationId: null, responseId: null });
      expect(JSON.stringify(row.payload)).not.toContain('participant-');
    }
    expect(new Set(outbox.map((row) => row.payload['occurredAt']))).toEqual(
      new Set([releasedAt.toISOString()]),
    );
    const announcedOrder = outbox.map((row) => {
      const choices = row.payload['choices'] as { questionId: string; choiceIds: string[] }[];
      return Number(choices.find((c) => c.questionId === who.id)?.choiceIds[0]?.slice(1));
    });
    expect([...announcedOrder].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(Math.abs(spearman(announcedOrder))).toBeLessThan(0.7);
  }, 240_000);
});

/** Spearman's rank correlation of a permutation of 0…n-1 with its positions. */
function spearman(order: number[]): number {
  const n = order.length;
  const d2 = order.reduce((sum, value, position) => sum + (value - position) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}
