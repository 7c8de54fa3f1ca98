import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, contractOf, type EventPublishedV1 } from '@jiyn/contracts';
import { anEventPublished, eventually, fieldErrors, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const { service, producer, probe } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.proposals],
});

const HOUR = 3_600_000;
const TRACK = '0190a1b2-0000-7000-8000-0000000000a1';
let serial = 0;

async function knownEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event = anEventPublished(overrides);
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'speakers.event_projections', event);
  return event;
}

function callBody(overrides: Record<string, unknown> = {}) {
  return {
    title: { kk: 'Баяндамаларға өтінім', ru: 'Приём докладов', en: 'Call for talks' },
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    sessionTypes: ['talk', 'panel'],
    trackIds: [TRACK],
    durations: [20, 40],
    questions: [
      {
        key: 'level',
        label: { kk: 'Деңгей', ru: 'Уровень', en: 'Level' },
        type: 'choice',
        required: true,
        options: [
          { key: 'beginner', label: { kk: 'Бастауыш', ru: 'Начальный', en: 'Beginner' } },
          { key: 'expert', label: { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' } },
        ],
      },
      { key: 'recorded', label: { ru: 'Можно записывать?', en: 'May we record?' }, type: 'boolean' },
    ],
    criteria: [
      { key: 'relevance', label: { ru: 'Актуальность', en: 'Relevance' }, weight: 2 },
      { key: 'clarity', label: { ru: 'Ясность', en: 'Clarity' }, weight: 1 },
    ],
    ...overrides,
  };
}

async function eventWithCall(overrides: Record<string, unknown> = {}): Promise<string> {
  const event = await knownEvent();
  const put = await service.request('PUT', `/speakers/events/${event.eventId}/call`, {
    body: callBody(overrides),
  });
  expect(put.status).toBe(201);
  return event.eventId;
}

function proposalBody(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    title: { ru: `Креативные индустрии ${serial}`, en: `Creative industries ${serial}` },
    abstract: { ru: 'Опыт регионов', en: 'What the regions learnt' },
    type: 'talk',
    trackId: TRACK,
    durationMinutes: 40,
    language: 'ru',
    answers: { level: 'expert', recorded: true },
    ...overrides,
  };
}

async function createSpeaker(name: string, email: string): Promise<string> {
  const response = await service.request('POST', '/speakers', {
    body: { fullName: { ru: name, en: name }, email, organisation: { ru: `${name} LLP` } },
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

function tokenOf(url: string): string {
  return new URL(url).hash.replace('#token=', '');
}

async function redeem(url: string): Promise<string> {
  const response = await service.request('POST', '/self/speakers/invitations/redeem', {
    body: { token: tokenOf(url) },
    principal: ANONYMOUS,
  });
  expect(response.status).toBe(200);
  return response.body.accessToken;
}

/** A speaker with an access token, as after following their invitation link. */
async function speakerWithAccess(name = `Speaker ${++serial}`): Promise<{ id: string; token: string }> {
  const id = await createSpeaker(name, `speaker${serial}@mail.example.kz`);
  const invitation = await service.request('POST', `/speakers/${id}/invitations`, { body: {} });
  expect(invitation.status).toBe(201);
  return { id, token: await redeem(invitation.body.url) };
}

/** A self-service request as the gateway forwards it: no principal, the bearer token in a header. */
function self(method: string, path: string, token: string | undefined, body?: unknown) {
  return service.request(method, path, {
    principal: ANONYMOUS,
    headers: token ? { [SELF_SERVICE_TOKEN_HEADER]: token } : {},
    ...(body === undefined ? {} : { body }),
  });
}

const countProposals = (eventId: string) =>
  service.count('SELECT count(*)::int AS n FROM speakers.proposals WHERE event_id = $1', [eventId]);

describe('call for proposals', () => {
  it('should create the call, keep its version on an identical PUT and raise it on a change', async () => {
    const event = await knownEvent();
    const path = `/speakers/events/${event.eventId}/call`;
    const created = await service.request('PUT', path, { body: callBody() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      eventId: event.eventId,
      phase: 'open',
      sessionTypes: ['talk', 'panel'],
      durations: [20, 40],
      maxScore: 5,
      anonymousReview: false,
      version: 1,
    });
    expect(
      (
        await service.request('PUT', path, {
          body: callBody({ opensAt: created.body.opensAt, closesAt: created.body.closesAt }),
        })
      ).body.version,
    ).toBe(1);
    const changed = await service.request('PUT', path, {
      body: callBody({
        opensAt: created.body.opensAt,
        closesAt: created.body.closesAt,
        anonymousReview: true,
      }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, anonymousReview: true });
    expect((await service.request('GET', path)).body).toMatchObject({ version: 2 });
  }, 60_000);

  it("should publish the call without credentials in the reader's language, without review criteria", async () => {
    const eventId = await eventWithCall();
    const response = await service.request('GET', `/public/speakers/events/${eventId}/call`, {
      principal: ANONYMOUS,
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-language']).toBe('ru');
    expect(response.body).toMatchObject({
      lang: 'ru',
      title: 'Приём докладов',
      phase: 'open',
      questions: [
        {
          key: 'level',
          label: 'Уровень',
          type: 'choice',
          required: true,
          options: [
            { key: 'beginner', label: 'Начальный' },
            { key: 'expert', label: 'Эксперт' },
          ],
        },
        { key: 'recorded', label: 'Можно записывать?', type: 'boolean', required: false },
      ],
    });
    expect(response.body).not.toHaveProperty('criteria');
    expect(JSON.stringify(response.body)).not.toContain('relevance');
    // Kazakh readers get Russian where Kazakh is missing.
    const kk = await service.request('GET', `/public/speakers/events/${eventId}/call?lang=kk`, {
      principal: ANONYMOUS,
    });
    expect(kk.body.questions[1].label).toBe('Можно записывать?');
    expect(kk.body.title).toBe('Баяндамаларға өтінім');
    expect((await service.request('GET', `/public/speakers/events/${randomUUID()}/call`)).status).toBe(404);
  }, 60_000);

  it('should refuse a call with inconsistent rules, naming each field, and store nothing', async () => {
    const event = await knownEvent();
    const path = `/speakers/events/${event.eventId}/call`;
    const response = await service.request('PUT', path, {
      body: callBody({
        opensAt: '2030-01-10T10:00:00+05:00',
        closesAt: '2030-01-10T09:00:00+05:00',
        sessionTypes: ['talk', 'lecture'],
        minDuration: 60,
        maxDuration: 30,
        questions: [
          {
            key: 'level',
            label: { en: 'Level' },
            type: 'choice',
            options: [{ key: 'a', label: { en: 'A' } }],
          },
          { key: 'level', label: { en: 'Again' }, type: 'text', options: [] },
        ],
        criteria: [{ key: 'x', label: { en: 'X' }, weight: 0 }],
      }),
      headers: { 'accept-language': 'kk' },
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual(
      expect.arrayContaining(['sessionTypes:isIn', 'criteria[0].weight:min']),
    );
    const rules = await service.request('PUT', path, {
      body: callBody({
        opensAt: '2030-01-10T10:00:00+05:00',
        closesAt: '2030-01-10T09:00:00+05:00',
        minDuration: 60,
        maxDuration: 30,
        questions: [
          {
            key: 'level',
            label: { en: 'Level' },
            type: 'choice',
            options: [{ key: 'a', label: { en: 'A' } }],
          },
          { key: 'level', label: { en: 'Again' }, type: 'text', options: [] },
        ],
      }),
      headers: { 'accept-language': 'ru' },
    });
    expect(rules.status).toBe(400);
    expect(fieldErrors(rules.body)).toEqual([
      'closesAt:callClosesBeforeOpens',
      'maxDuration:durationRange',
      'questions[0].options:choiceNeedsOptions',
      'questions[1].options:optionsOnlyForChoice',
      'questions[1].key:duplicateKey',
    ]);
    expect(rules.body.errors[0].message).toContain('открытия приёма заявок');
    expect((await service.request('GET', path)).status).toBe(404);
    const unknown = await service.request('PUT', `/speakers/events/${randomUUID()}/call`, {
      body: callBody(),
    });
    expect(unknown.status).toBe(404);
  }, 60_000);

  it('should refuse arrays where criteria, questions and texts belong instead of failing, and store nothing', async () => {
    const event = await knownEvent();
    const path = `/speakers/events/${event.eventId}/call`;
    const criteria = await service.request('PUT', path, { body: callBody({ criteria: [[]] }) });
    expect(criteria.status).toBe(400);
    expect(fieldErrors(criteria.body)).toEqual(['criteria:objectItems']);
    const nested = await service.request('PUT', path, {
      body: callBody({
        title: [],
        questions: [{ key: 'level', label: [], type: 'choice', options: [[], []] }, 'recorded'],
        criteria: [{ key: 'relevance', label: [[]], weight: 1 }],
      }),
    });
    expect(nested.status).toBe(400);
    expect(fieldErrors(nested.body).sort()).toEqual([
      'criteria[0].label:isObject',
      'questions:objectItems',
      'questions[0].label:isObject',
      'questions[0].options:objectItems',
      'questions[1]:nestedValidation',
      'title:isObject',
    ]);
    expect((await service.request('GET', path)).status).toBe(404);
  }, 60_000);
});

describe('proposals', () => {
  it('should refuse submissions before the call opens and after it closes, storing nothing', async () => {
    const speaker = await speakerWithAccess();
    const early = await eventWithCall({
      opensAt: new Date(Date.now() + 2 * 24 * HOUR).toISOString(),
      closesAt: new Date(Date.now() + 5 * 24 * HOUR).toISOString(),
    });
    const late = await eventWithCall({
      opensAt: '2025-01-01T09:00:00+05:00',
      closesAt: '2025-01-15T18:00:00+05:00',
    });

    const before = await service.request('POST', '/self/speakers/me/proposals', {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: speaker.token, 'accept-language': 'en' },
      body: { eventId: early, ...proposalBody() },
    });
    expect(before.status).toBe(409);
    expect(before.body).toMatchObject({ type: 'https://jiyn.kz/problems/call-not-open', phase: 'upcoming' });
    expect(before.body.detail).toMatch(
      /^The call for proposals opens at \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Almaty\)$/,
    );

    const after = await service.request('POST', `/speakers/events/${late}/proposals`, {
      body: { ...proposalBody(), speakers: [{ speakerId: speaker.id }] },
      headers: { 'accept-language': 'ru' },
    });
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({
      type: 'https://jiyn.kz/problems/call-not-open',
      title: 'Приём заявок закрыт',
      detail: 'Приём заявок закрылся 2025-01-15 18:00 (Asia/Almaty)',
      phase: 'closed',
      closesAt: '2025-01-15T13:00:00.000Z',
    });
    const selfAfter = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId: late,
      ...proposalBody(),
    });
    expect(selfAfter.status).toBe(409);
    expect(selfAfter.body.detail).toBe('Өтінім қабылдау 2025-01-15 18:00 (Asia/Almaty) жабылды');

    expect(await countProposals(early)).toBe(0);
    expect(await countProposals(late)).toBe(0);
  }, 60_000);

  it('should refuse what the call does not accept, naming each field, and create no co-speaker', async () => {
    const eventId = await eventWithCall();
    const speaker = await speakerWithAccess();
    const speakersBefore = await service.count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    const response = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId,
      ...proposalBody({
        title: { ru: 'x'.repeat(501) },
        type: 'workshop',
        trackId: randomUUID(),
        durationMinutes: 30,
        answers: { level: 'guru', favourite: 'colour' },
      }),
      coSpeakers: [
        { fullName: { ru: 'Новый Соспикер' }, email: 'new.cospeaker@mail.example.kz' },
        { speakerId: randomUUID() },
        { fullName: { ru: 'Без почты' } },
        { speakerId: speaker.id },
      ],
    });
    expect(response.status).toBe(400);
    expect(fieldErrors(response.body)).toEqual([
      'title.ru:maxLength',
      'type:notAcceptedByCall',
      'trackId:notAcceptedByCall',
      'durationMinutes:notAcceptedByCall',
      'answers.favourite:unknownQuestion',
      'answers.level:isIn',
      'coSpeakers[1].speakerId:unknownSpeaker',
      'coSpeakers[2]:speakerOrNewSpeaker',
      'coSpeakers[3].speakerId:duplicateSpeaker',
    ]);
    expect(await countProposals(eventId)).toBe(0);
    expect(await service.count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(speakersBefore);

    const missing = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId,
      ...proposalBody({ answers: {}, trackId: undefined }),
    });
    expect(fieldErrors(missing.body)).toEqual(['trackId:isDefined', 'answers.level:isDefined']);
  }, 60_000);

  it('should refuse speakers given as arrays instead of failing, creating nobody', async () => {
    const eventId = await eventWithCall();
    const speaker = await speakerWithAccess();
    const speakersBefore = await service.count('SELECT count(*)::int AS n FROM speakers.speakers', []);
    const organiser = await service.request('POST', `/speakers/events/${eventId}/proposals`, {
      body: { ...proposalBody(), speakers: [[]] },
    });
    expect(organiser.status).toBe(400);
    expect(fieldErrors(organiser.body)).toEqual(['speakers:objectItems']);
    const own = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId,
      ...proposalBody({ abstract: [] }),
      coSpeakers: [[], { fullName: [[]], email: 'new.cospeaker@mail.example.kz' }],
    });
    expect(own.status).toBe(400);
    expect(fieldErrors(own.body).sort()).toEqual([
      'abstract:isObject',
      'coSpeakers:objectItems',
      'coSpeakers[1].fullName:isObject',
    ]);
    expect(await countProposals(eventId)).toBe(0);
    expect(await service.count('SELECT count(*)::int AS n FROM speakers.speakers', [])).toBe(speakersBefore);
  }, 60_000);

  it('should read null speaker fields and null options as not given', async () => {
    const eventId = await eventWithCall({
      questions: [{ key: 'recorded', label: { en: 'May we record?' }, type: 'boolean', options: null }],
    });
    const call = await service.request('GET', `/speakers/events/${eventId}/call`);
    expect(call.body.questions).toEqual([expect.objectContaining({ key: 'recorded', options: [] })]);
    const known = await createSpeaker('Known Speaker', `known${++serial}@mail.example.kz`);
    const response = await service.request('POST', `/speakers/events/${eventId}/proposals`, {
      body: {
        ...proposalBody({ answers: {} }),
        speakers: [
          { speakerId: known, fullName: null, email: null },
          { speakerId: null, fullName: { ru: 'Новый Спикер' }, email: `new${serial}@mail.example.kz` },
        ],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.invitations).toHaveLength(1);
    expect(await countProposals(eventId)).toBe(1);
  }, 60_000);

  it('should answer 401 without a valid speaker token, and never 500', async () => {
    const eventId = await eventWithCall();
    const body = { eventId, ...proposalBody() };
    expect((await self('POST', '/self/speakers/me/proposals', undefined, body)).status).toBe(401);
    expect((await self('POST', '/self/speakers/me/proposals', 'forged-token', body)).status).toBe(401);
    expect((await self('GET', '/self/speakers/me/proposals', 'x'.repeat(5000))).status).toBe(401);
    // A reviewer's token is not a speaker's.
    const reviewer = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
      body: { name: 'Reviewer', email: `r${++serial}@example.kz` },
    });
    const reviewerToken = await redeem(reviewer.body.invitation.url);
    expect((await self('POST', '/self/speakers/me/proposals', reviewerToken, body)).status).toBe(401);
    // Organiser routes refuse a self-service caller even with a token.
    expect((await self('GET', `/speakers/events/${eventId}/proposals`, reviewerToken)).status).toBe(401);
    expect((await self('PUT', `/speakers/events/${eventId}/call`, reviewerToken, callBody())).status).toBe(
      401,
    );
    expect((await self('GET', `/speakers/events/${eventId}/reviewers`, reviewerToken)).status).toBe(401);
    expect(await countProposals(eventId)).toBe(0);
  }, 60_000);

  it('should invite a new co-speaker, who confirms through self-service; the organiser sees each state', async () => {
    const eventId = await eventWithCall();
    const primary = await speakerWithAccess('Асель Нурланова');
    const existing = await speakerWithAccess('Ерлан Жумабаев');
    const submitted = await self('POST', '/self/speakers/me/proposals', primary.token, {
      eventId,
      ...proposalBody(),
      coSpeakers: [
        { fullName: { kk: 'Дана Серікқызы', ru: 'Дана Сериковна' }, email: 'dana.serikkyzy@mail.example.kz' },
        { speakerId: existing.id },
      ],
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ status: 'submitted', myRole: 'primary', version: 1 });
    expect(submitted.body.speakers.map((s: { role: string; state: string }) => [s.role, s.state])).toEqual([
      ['primary', 'confirmed'],
      ['co-speaker', 'invited'],
      ['co-speaker', 'invited'],
    ]);
    // Co-speakers see names, never each other's e-mail.
    expect(JSON.stringify(submitted.body.speakers)).not.toContain('@');
    // Only the new person gets a link; the existing speaker answers with their own access.
    expect(submitted.body.invitations).toHaveLength(1);
    const newSpeakerId = submitted.body.speakers[1].speakerId;
    expect(submitted.body.invitations[0]).toMatchObject({
      speakerId: newSpeakerId,
      url: expect.stringContaining('#token='),
    });
    const profile = await service.request('GET', `/speakers/${newSpeakerId}`);
    expect(profile.body).toMatchObject({
      fullName: { kk: 'Дана Серікқызы' },
      email: 'dana.serikkyzy@mail.example.kz',
    });

    const coToken = await redeem(submitted.body.invitations[0].url);
    const mine = await self('GET', '/self/speakers/me/proposals', coToken);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((p: { id: string; myRole: string }) => [p.id, p.myRole])).toEqual([
      [submitted.body.id, 'co-speaker'],
    ]);
    const confirmed = await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/confirm`, coToken);
    expect(confirmed.status).toBe(200);
    expect(
      (await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/confirm`, coToken)).status,
    ).toBe(200);
    const declined = await self(
      'POST',
      `/self/speakers/me/proposals/${submitted.body.id}/decline`,
      existing.token,
    );
    expect(declined.status).toBe(200);

    // A co-speaker cannot withdraw; the primary speaker does not confirm; a stranger sees nothing.
    expect(
      (await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/withdraw`, coToken)).status,
    ).toBe(403);
    expect(
      (await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/confirm`, primary.token)).status,
    ).toBe(409);
    const stranger = await speakerWithAccess();
    expect(
      (await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/confirm`, stranger.token)).status,
    ).toBe(404);
    expect(
      (await self('GET', `/self/speakers/me/proposals/${submitted.body.id}`, stranger.token)).status,
    ).toBe(404);

    const organiser = await service.request(
      'GET',
      `/speakers/events/${eventId}/proposals/${submitted.body.id}`,
    );
    expect(organiser.status).toBe(200);
    expect(organiser.body.speakers).toEqual([
      expect.objectContaining({ speakerId: primary.id, role: 'primary', state: 'confirmed' }),
      expect.objectContaining({
        speakerId: newSpeakerId,
        role: 'co-speaker',
        state: 'confirmed',
        email: 'dana.serikkyzy@mail.example.kz',
        respondedAt: expect.any(String),
      }),
      expect.objectContaining({ speakerId: existing.id, role: 'co-speaker', state: 'declined' }),
    ]);

    // Accepted: the programme hears of the confirmed speakers only; answers are closed now.
    const accepted = await service.request(
      'POST',
      `/speakers/events/${eventId}/proposals/${submitted.body.id}/accept`,
    );
    expect(accepted.status).toBe(200);
    const event = await eventually(() => {
      const found = probe
        .on(TOPICS.proposals)
        .find((m) => m.key === submitted.body.id && m.headers['ce_type'] === EVENT_TYPES.proposalAccepted);
      if (!found) throw new Error('no proposal.accepted yet');
      return found;
    });
    expect(event.json).toMatchObject({ status: 'accepted', speakerIds: [primary.id, newSpeakerId] });
    expect(
      (await self('POST', `/self/speakers/me/proposals/${submitted.body.id}/decline`, coToken)).status,
    ).toBe(409);
  }, 90_000);

  it('should let the organiser submit for speakers, inviting a new primary speaker', async () => {
    const eventId = await eventWithCall();
    const existing = await speakerWithAccess();
    const response = await service.request('POST', `/speakers/events/${eventId}/proposals`, {
      body: {
        ...proposalBody(),
        speakers: [
          { fullName: { ru: 'Гость Организатора' }, email: 'guest@mail.example.kz' },
          { speakerId: existing.id },
        ],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ submittedBy: 'organiser', status: 'submitted' });
    expect(response.body.speakers.map((s: { state: string }) => s.state)).toEqual(['confirmed', 'invited']);
    expect(response.body.invitations).toHaveLength(1);
    const list = await service.request('GET', `/speakers/events/${eventId}/proposals?status=submitted`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([response.body.id]);
    const none = await service.request('GET', `/speakers/events/${eventId}/proposals?status=accepted`);
    expect(none.body.items).toEqual([]);
  }, 60_000);

  it('should let the primary speaker withdraw only an undecided proposal', async () => {
    const eventId = await eventWithCall();
    const speaker = await speakerWithAccess();
    const submit = async () => {
      const response = await self('POST', '/self/speakers/me/proposals', speaker.token, {
        eventId,
        ...proposalBody(),
      });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    const open = await submit();
    const withdrawn = await self('POST', `/self/speakers/me/proposals/${open}/withdraw`, speaker.token);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 2 });
    const again = await self('POST', `/self/speakers/me/proposals/${open}/withdraw`, speaker.token);
    expect(again.status).toBe(409);
    // A withdrawn proposal cannot be decided either.
    expect(
      (await service.request('POST', `/speakers/events/${eventId}/proposals/${open}/accept`)).status,
    ).toBe(409);

    for (const decision of ['accept', 'reject']) {
      const id = await submit();
      expect(
        (await service.request('POST', `/speakers/events/${eventId}/proposals/${id}/${decision}`)).status,
      ).toBe(200);
      const refused = await self(
        'POST',
        `/self/speakers/me/proposals/${id}/withdraw`,
        speaker.token,
        undefined,
      );
      expect(refused.status).toBe(409);
      expect(refused.body.proposalStatus).toBe(decision === 'accept' ? 'accepted' : 'rejected');
      expect((await service.request('GET', `/speakers/events/${eventId}/proposals/${id}`)).body.status).toBe(
        decision === 'accept' ? 'accepted' : 'rejected',
      );
    }
    expect(
      (await self('POST', `/self/speakers/me/proposals/${randomUUID()}/withdraw`, speaker.token)).status,
    ).toBe(404);
    // The decision is final.
    expect(
      (await service.request('POST', `/speakers/events/${eventId}/proposals/${randomUUID()}/accept`)).status,
    ).toBe(404);
  }, 60_000);

  it('should let exactly one of concurrent accept, reject and withdraw win, with one event', async () => {
    const eventId = await eventWithCall();
    const speaker = await speakerWithAccess();
    const submitted = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId,
      ...proposalBody(),
    });
    const id = submitted.body.id as string;
    const answers = await Promise.all([
      service.request('POST', `/speakers/events/${eventId}/proposals/${id}/accept`),
      service.request('POST', `/speakers/events/${eventId}/proposals/${id}/reject`),
      service.request('POST', `/speakers/events/${eventId}/proposals/decisions`, { body: { accept: [id] } }),
      self('POST', `/self/speakers/me/proposals/${id}/withdraw`, speaker.token),
    ]);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.status === 200 || answer.status === 409 || answer.status === 400),
    ).toHaveLength(4);
    const proposal = await service.request('GET', `/speakers/events/${eventId}/proposals/${id}`);
    expect(proposal.body.version).toBe(2);
    const changes = () =>
      probe
        .on(TOPICS.proposals)
        .filter((m) => m.key === id && m.headers['ce_type'] !== EVENT_TYPES.proposalSubmitted);
    await eventually(() => expect(changes()).toHaveLength(1), { timeoutMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(changes()).toHaveLength(1);
    expect((changes()[0]?.json as { status: string }).status).toBe(proposal.body.status);
  }, 60_000);

  it('should decide in bulk all or nothing, reporting each bad id, and announce each decision', async () => {
    const eventId = await eventWithCall();
    const speaker = await speakerWithAccess();
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await self('POST', '/self/speakers/me/proposals', speaker.token, {
        eventId,
        ...proposalBody(),
      });
      ids.push(response.body.id);
    }
    const [a, b, c, d] = ids as [string, string, string, string];
    expect((await self('POST', `/self/speakers/me/proposals/${d}/withdraw`, speaker.token)).status).toBe(200);
    const ghost = randomUUID();
    const refused = await service.request('POST', `/speakers/events/${eventId}/proposals/decisions`, {
      body: { accept: [a, ghost, d], reject: [b, a] },
    });
    expect(refused.status).toBe(400);
    expect(fieldErrors(refused.body)).toEqual([
      'accept[1]:unknownProposal',
      'accept[2]:notDecidable',
      'reject[1]:inBothLists',
    ]);
    expect(refused.body.failed).toEqual([
      { id: ghost, reason: 'not-found' },
      { id: d, reason: 'withdrawn' },
      { id: a, reason: 'in-both-lists' },
    ]);
    // The same proposal twice, in upper and lower case, is one id given twice.
    const twice = await service.request('POST', `/speakers/events/${eventId}/proposals/decisions`, {
      body: { accept: [a, a.toUpperCase()] },
    });
    expect(twice.status).toBe(400);
    expect(fieldErrors(twice.body)).toEqual(['accept:arrayUnique']);
    const statuses = async () => {
      const rows = await service.query<{ id: string; status: string }>(
        'SELECT id, status FROM speakers.proposals WHERE event_id = $1',
        [eventId],
      );
      return ids.map((id) => rows.find((row) => row.id === id)?.status);
    };
    expect(await statuses()).toEqual(['submitted', 'submitted', 'submitted', 'withdrawn']);

    const decided = await service.request('POST', `/speakers/events/${eventId}/proposals/decisions`, {
      body: { accept: [a, c], reject: [b] },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toEqual({ accepted: [a, c], rejected: [b] });
    expect(await statuses()).toEqual(['accepted', 'rejected', 'accepted', 'withdrawn']);
    const second = await service.request('POST', `/speakers/events/${eventId}/proposals/decisions`, {
      body: { reject: [a] },
    });
    expect(second.status).toBe(400);
    expect(fieldErrors(second.body)).toEqual(['reject[0]:notDecidable']);

    const decisions = () =>
      probe
        .on(TOPICS.proposals)
        .filter((m) => ids.includes(m.key ?? '') && m.headers['ce_type'] !== EVENT_TYPES.proposalSubmitted);
    await eventually(() => expect(decisions()).toHaveLength(4), { timeoutMs: 20_000 });
    expect(
      decisions()
        .map((m) => [m.key, m.headers['ce_type'], (m.json as { version: number }).version])
        .sort(),
    ).toEqual(
      [
        [a, EVENT_TYPES.proposalAccepted, 2],
        [b, EVENT_TYPES.proposalRejected, 2],
        [c, EVENT_TYPES.proposalAccepted, 2],
        [d, EVENT_TYPES.proposalWithdrawn, 2],
      ].sort(),
    );
  }, 90_000);

  it('should announce proposals on Kafka by the contract, with ids only and nothing personal', async () => {
    const eventId = await eventWithCall();
    const name = 'Сымбат Қайратқызы';
    const speaker = await speakerWithAccess(name);
    const submitted = await self('POST', '/self/speakers/me/proposals', speaker.token, {
      eventId,
      ...proposalBody(),
      coSpeakers: [{ fullName: { ru: 'Тимур Алиев' }, email: 'timur.aliev@mail.example.kz' }],
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const message = await probe.single(TOPICS.proposals, id);
    expect(message.headers).toMatchObject({
      ce_type: EVENT_TYPES.proposalSubmitted,
      ce_source: '/jiyn/speakers',
      ce_subject: id,
    });
    const validate = schemaValidator(contractOf(EVENT_TYPES.proposalSubmitted)?.schema ?? {});
    expect(validate(message.json)).toBeNull();
    expect(message.json).toEqual({
      proposalId: id,
      eventId,
      version: 1,
      status: 'submitted',
      title: submitted.body.title,
      abstract: submitted.body.abstract,
      type: 'talk',
      trackId: TRACK,
      durationMinutes: 40,
      language: 'ru',
      speakerIds: [speaker.id],
      occurredAt: expect.any(String),
    });
    for (const personal of [name, 'Тимур Алиев', 'timur.aliev', 'mail.example.kz', '@', 'expert', 'LLP'])
      expect(message.value).not.toContain(personal);
  }, 60_000);
});
