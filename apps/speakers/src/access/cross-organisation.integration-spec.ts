import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { PERSONAL_DATA_HEADER, scopesOfRole, type Principal } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import {
  TEST_ADMIN,
  concretePath,
  organisationPrincipal,
  scopedOperations,
  sendEventPublished,
  untilEventProjected,
  useServiceTestBed,
  walkAsIntruder,
} from '@jiyn/service-harness';
import { anEventPublished, fieldErrors } from '@jiyn/testing';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const { service, producer } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.proposals],
});

const organisationA = TEST_ADMIN.organisationId as string;
const organisationB = '0190f000-0000-7000-8000-00000000b002';
/** Every scope, personal data included, but in organisation B. */
const intruder = organisationPrincipal(organisationB);
const role = (scopes: Parameters<typeof organisationPrincipal>[1]) =>
  organisationPrincipal(organisationA, scopes);

const HOUR = 3_600_000;
let serial = 0;

function callBody() {
  return {
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    sessionTypes: ['talk'],
    minDuration: 15,
    maxDuration: 60,
    criteria: [{ key: 'relevance', label: { ru: 'Актуальность', en: 'Relevance' }, weight: 1 }],
  };
}

function speakerBody(extra: Record<string, unknown> = {}) {
  serial += 1;
  return {
    fullName: { ru: `Жанар Сейтова ${serial}`, en: `Zhanar Seitova ${serial}` },
    email: `zhanar${serial}.${randomUUID().slice(0, 6)}@secret.example.kz`,
    phone: `+7701${String(2000000 + serial).slice(-7)}`,
    ...extra,
  };
}

function proposalBody(speakerId: string) {
  return {
    title: { ru: 'Доклад' },
    abstract: { ru: 'Аннотация' },
    type: 'talk',
    durationMinutes: 30,
    language: 'ru',
    speakers: [{ speakerId }],
  };
}

/** A published event of the organisation, projected, with an open call. */
async function eventOf(organisationId: string) {
  const event = anEventPublished({ organisationId });
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'speakers.event_projections', event);
  const call = await service.request('PUT', `/speakers/events/${event.eventId}/call`, {
    body: callBody(),
    principal: organisationPrincipal(organisationId),
  });
  expect(call.status).toBe(201);
  return event;
}

/** Organisation A's (TEST_ADMIN's) speaker, event with a call, proposal, reviewer and availability. */
async function organisationASpeakers() {
  const event = await eventOf(organisationA);
  const eventId = event.eventId;
  const speaker = await service.request('POST', '/speakers', { body: speakerBody() });
  expect(speaker.status).toBe(201);
  const speakerId = speaker.body.id as string;
  const proposal = await service.request('POST', `/speakers/events/${eventId}/proposals`, {
    body: proposalBody(speakerId),
  });
  const reviewer = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
    body: { name: 'Рецензент', email: `reviewer.${randomUUID().slice(0, 8)}@jury.example.kz` },
  });
  const ranges = [
    { startsAt: event.startsAt, endsAt: new Date(Date.parse(event.startsAt) + HOUR).toISOString() },
  ];
  const availability = await service.request('PUT', `/speakers/${speakerId}/availability/${eventId}`, {
    body: { ranges },
  });
  expect([proposal.status, reviewer.status, availability.status]).toEqual([201, 201, 200]);
  return {
    event,
    speaker: speaker.body as { id: string; email: string; phone: string },
    ids: { id: speakerId, eventId },
    proposalId: proposal.body.id as string,
    reviewerId: reviewer.body.id as string,
    ranges,
  };
}

/** Refused, or a list (200) that shows none of A's rows. */
function leaks(answers: { operation: string; status: number; body: unknown }[], aIds: string[]) {
  return answers.filter(({ status, body }) => {
    if (status === 403 || status === 404) return false;
    const items = (body as { items?: unknown[] } | undefined)?.items;
    if (status === 200 && Array.isArray(items)) return aIds.some((id) => JSON.stringify(items).includes(id));
    return true;
  });
}

describe('speakers service: organisations', () => {
  it('should refuse organisation B every operation on organisation A, and change nothing', async () => {
    const a = await organisationASpeakers();
    const answers = await walkAsIntruder(service, {
      schema: 'speakers',
      intruder,
      ids: a.ids,
      bodies: {
        'POST /speakers': speakerBody({ organisationId: organisationA }),
        'PATCH /speakers/{id}': { fullName: { en: 'Taken over' }, email: 'taken@intruder.example.kz' },
        'POST /speakers/{id}/invitations': {},
        'PUT /speakers/{id}/availability/{eventId}': { ranges: [] },
        'PUT /speakers/events/{eventId}/call': callBody(),
        'POST /speakers/events/{eventId}/proposals': proposalBody(a.ids.id),
        'POST /speakers/events/{eventId}/proposals/decisions': { accept: [a.proposalId] },
        'POST /speakers/events/{eventId}/reviewers': { name: 'Чужой', email: 'other@intruder.example.kz' },
      },
    });
    expect(answers.length).toBeGreaterThanOrEqual(20);
    expect(leaks(answers, [a.ids.id, a.proposalId, a.reviewerId])).toEqual([]);
    expect(answers.find(({ operation }) => operation === 'GET /speakers')?.status).toBe(200);
    // Nothing of A's speaker in any answer, not even in a refusal.
    expect(JSON.stringify(answers)).not.toContain(a.speaker.email);
  }, 180_000);

  it("should refuse A's proposals and reviewers through B's own event, and A's speakers on B's proposals", async () => {
    const a = await organisationASpeakers();
    const eventB = await eventOf(organisationB);
    const answers = [];
    for (const { id, kind } of [
      { id: a.proposalId, kind: '/proposals/' },
      { id: a.reviewerId, kind: '/reviewers/' },
    ]) {
      const walked = await walkAsIntruder(service, {
        schema: 'speakers',
        intruder,
        ids: { id, eventId: eventB.eventId },
      });
      answers.push(walked.filter(({ operation }) => operation.includes(`${kind}{id}`)));
    }
    // GET, accept and reject of the proposal; invitations and access of the reviewer.
    expect(answers.flat().length).toBe(5);
    expect(answers.flat().filter(({ status }) => status !== 404)).toEqual([]);
    // B may not put A's speaker on its own event's proposal: A's id is as unknown as a made-up one.
    const named = await service.request('POST', `/speakers/events/${eventB.eventId}/proposals`, {
      body: proposalBody(a.ids.id),
      principal: intruder,
    });
    expect(named.status).toBe(400);
    expect(fieldErrors(named.body)).toContain('speakers[0].speakerId:unknownSpeaker');
    // A new speaker named on B's proposal belongs to B.
    const created = await service.request('POST', `/speakers/events/${eventB.eventId}/proposals`, {
      body: { ...proposalBody(''), speakers: [{ fullName: { ru: 'Новый' }, email: 'new@b.example.kz' }] },
      principal: intruder,
    });
    expect(created.status).toBe(201);
    const newSpeaker = created.body.speakers[0].speakerId as string;
    expect((await service.request('GET', `/speakers/${newSpeaker}`, { principal: intruder })).status).toBe(
      200,
    );
    expect((await service.request('GET', `/speakers/${newSpeaker}`)).status).toBe(404);
  }, 180_000);

  it('should let organisation A read every one of its own operations (positive control)', async () => {
    const a = await organisationASpeakers();
    const proposalIds = { ...a.ids, id: a.proposalId };
    for (const operation of scopedOperations(service).filter(({ method }) => method === 'GET')) {
      const which = operation.template.includes('/proposals/{id}') ? proposalIds : a.ids;
      const response = await service.request('GET', concretePath(operation.template, which));
      expect({ operation: operation.template, status: response.status }).toEqual({
        operation: operation.template,
        status: 200,
      });
    }
    const listed = await service.request('GET', '/speakers?limit=100');
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(a.ids.id);
    const availability = await service.request('GET', `/speakers/${a.ids.id}/availability/${a.ids.eventId}`);
    expect(availability.body.ranges).toEqual(a.ranges);
  }, 180_000);

  it('should create in the caller organisation, or one it may write speakers in', async () => {
    const created = await service.request('POST', '/speakers', { body: speakerBody(), principal: intruder });
    expect(created.status).toBe(201);
    expect(created.body.organisationId).toBe(organisationB);
    const elsewhere = await service.request('POST', '/speakers', {
      body: speakerBody({ organisationId: organisationA }),
      principal: intruder,
    });
    expect([elsewhere.status, elsewhere.body.requiredScope]).toEqual([403, 'speakers:write']);
    const partner: Principal = {
      id: 'api-key:partner',
      kind: 'api-key',
      grants: [{ organisationId: organisationA, scopes: ['speakers:write', 'speakers:read'] }],
    };
    const nowhere = await service.request('POST', '/speakers', { body: speakerBody(), principal: partner });
    expect(nowhere.status).toBe(400);
    expect(fieldErrors(nowhere.body)).toContain('organisationId:isDefined');
    const named = await service.request('POST', '/speakers', {
      body: speakerBody({ organisationId: organisationA }),
      principal: partner,
    });
    expect([named.status, named.body.organisationId]).toEqual([201, organisationA]);
    // The owner is set once: a change cannot move a speaker to another organisation.
    const moved = await service.request('PATCH', `/speakers/${named.body.id}`, {
      body: { organisationId: organisationB },
    });
    expect(moved.status).toBe(400);
  }, 60_000);

  it('should keep each role to its scopes', async () => {
    const a = await organisationASpeakers();
    const reviewer = role(scopesOfRole('reviewer', false));
    const organiser = role(scopesOfRole('organiser', false));
    const proposals = `/speakers/events/${a.ids.eventId}/proposals`;

    // The reviewer reads and ranks proposals, and nothing of speakers' profiles; writes nothing.
    for (const path of [proposals, `${proposals}/${a.proposalId}`, `${proposals}/ranking`]) {
      expect({ path, status: (await service.request('GET', path, { principal: reviewer })).status }).toEqual({
        path,
        status: 200,
      });
    }
    for (const [method, path, body] of [
      ['GET', `/speakers/${a.ids.id}`, undefined],
      ['GET', `/speakers/${a.ids.id}/agenda`, undefined],
      ['GET', '/speakers', undefined],
      ['PATCH', `/speakers/${a.ids.id}`, { fullName: { en: 'Changed' } }],
      ['POST', `${proposals}/${a.proposalId}/accept`, {}],
      ['POST', '/speakers', speakerBody()],
    ] as const) {
      const refused = await service.request(method, path, { principal: reviewer, body });
      expect({ path, method, status: refused.status }).toEqual({ path, method, status: 403 });
    }

    // The organiser writes speakers and decides proposals.
    const created = await service.request('POST', '/speakers', { body: speakerBody(), principal: organiser });
    expect([created.status, created.body.organisationId]).toEqual([201, organisationA]);
    const changed = await service.request('PATCH', `/speakers/${a.ids.id}`, {
      body: { position: { en: 'Director' } },
      principal: organiser,
    });
    expect(changed.status).toBe(200);
    const accepted = await service.request('POST', `${proposals}/${a.proposalId}/accept`, {
      principal: organiser,
    });
    expect(accepted.status).toBe(200);
  }, 180_000);

  it('should show contacts unmasked, and say so, only with personal data on the speaker organisation', async () => {
    const a = await organisationASpeakers();
    const viewer = role(scopesOfRole('viewer', false));
    const withPersonalData = role(scopesOfRole('viewer', true));
    const elsewhere: Principal = {
      ...viewer,
      grants: [...viewer.grants, { organisationId: organisationB, scopes: ['personal-data'] }],
    };
    const path = `/speakers/${a.ids.id}`;

    const masked = await service.request('GET', path, { principal: viewer });
    expect(masked.status).toBe(200);
    expect(masked.body.email).not.toBe(a.speaker.email);
    expect(masked.body.email).toMatch(/^z\*\*\*@secret\.example\.kz$/);
    expect(masked.body.phone).toMatch(/^\+7 7\*\* \*\*\* \*\* \d\d$/);
    expect(masked.headers[PERSONAL_DATA_HEADER]).toBeUndefined();
    const maskedElsewhere = await service.request('GET', path, { principal: elsewhere });
    expect([maskedElsewhere.body.email, maskedElsewhere.headers[PERSONAL_DATA_HEADER]]).toEqual([
      masked.body.email,
      undefined,
    ]);

    const unmasked = await service.request('GET', path, { principal: withPersonalData });
    expect([unmasked.body.email, unmasked.body.phone]).toEqual([a.speaker.email, a.speaker.phone]);
    expect(unmasked.headers[PERSONAL_DATA_HEADER]).toBe('contacts');

    // The list decides the same way.
    const listed = async (principal: Principal) => {
      const response = await service.request('GET', '/speakers?limit=100', { principal });
      const item = response.body.items.find((speaker: { id: string }) => speaker.id === a.ids.id);
      return [item.email, response.headers[PERSONAL_DATA_HEADER]];
    };
    expect(await listed(viewer)).toEqual([masked.body.email, undefined]);
    expect(await listed(withPersonalData)).toEqual([a.speaker.email, 'contacts']);

    // A reviewer reads proposals with the speakers' e-mails masked; personal data on the event unmasks them.
    const proposal = `/speakers/events/${a.ids.eventId}/proposals/${a.proposalId}`;
    const reviewer = role(scopesOfRole('reviewer', false));
    const asReviewer = await service.request('GET', proposal, { principal: reviewer });
    expect([asReviewer.status, asReviewer.body.speakers[0].email]).toEqual([200, masked.body.email]);
    expect(asReviewer.headers[PERSONAL_DATA_HEADER]).toBeUndefined();
    const asGranted = await service.request('GET', proposal, {
      principal: role(scopesOfRole('reviewer', true)),
    });
    expect(asGranted.body.speakers[0].email).toBe(a.speaker.email);
    expect(asGranted.headers[PERSONAL_DATA_HEADER]).toBe('email');
  }, 180_000);

  it('should answer 404 for a speaker nobody owns yet, to everybody', async () => {
    const a = await organisationASpeakers();
    await service.query(`UPDATE speakers.speakers SET organisation_id = NULL WHERE id = $1`, [a.ids.id]);
    for (const path of [`/speakers/${a.ids.id}`, `/speakers/${a.ids.id}/agenda`]) {
      expect({ path, status: (await service.request('GET', path)).status }).toEqual({ path, status: 404 });
    }
    const listed = await service.request('GET', '/speakers?limit=100');
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(a.ids.id);
  }, 180_000);
});
