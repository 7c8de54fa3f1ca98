import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { anEventPublished, fieldErrors } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../../app.module';
import { speakersDatabase } from '../../database/database';
import { SpeakersEnvironment } from '../../speakers.environment';

const { service, producer } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.proposals],
});

const HOUR = 3_600_000;
let serial = 0;

async function eventWithCall(overrides: Record<string, unknown> = {}): Promise<string> {
  const event = anEventPublished();
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'speakers.event_projections', event);
  const put = await service.request('PUT', `/speakers/events/${event.eventId}/call`, {
    body: {
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      sessionTypes: ['talk'],
      minDuration: 15,
      maxDuration: 60,
      criteria: [
        { key: 'relevance', label: { ru: 'Актуальность', en: 'Relevance' }, weight: 3 },
        { key: 'clarity', label: { ru: 'Ясность', en: 'Clarity' }, weight: 1 },
      ],
      ...overrides,
    },
  });
  expect(put.status).toBe(201);
  return event.eventId;
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

function self(method: string, path: string, token: string | undefined, body?: unknown) {
  return service.request(method, path, {
    principal: ANONYMOUS,
    headers: token ? { [SELF_SERVICE_TOKEN_HEADER]: token } : {},
    ...(body === undefined ? {} : { body }),
  });
}

async function reviewer(eventId: string): Promise<{ id: string; token: string }> {
  serial += 1;
  const added = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
    body: { name: `Рецензент ${serial}`, email: `reviewer${serial}@jury.example.kz` },
  });
  expect(added.status).toBe(201);
  return { id: added.body.id, token: await redeem(added.body.invitation.url) };
}

interface Person {
  id: string;
  name: string;
  organisation: string;
  email: string;
  phone: string;
}

/** A proposal by a speaker with a name, organisation and contacts nobody could mistake. */
async function proposalBy(eventId: string, tag: string): Promise<{ id: string; people: Person[] }> {
  const person = async (role: string): Promise<Person> => {
    serial += 1;
    const name = `Zhanar${tag}${role}${serial} Qwertybek`;
    const organisation = `Org${tag}${role}${serial} Holding`;
    const email = `private.${tag.toLowerCase()}${role}${serial}@secret.example.kz`;
    const phone = `+7701${String(1000000 + serial).slice(-7)}`;
    const created = await service.request('POST', '/speakers', {
      body: {
        fullName: { ru: name, en: name },
        organisation: { ru: organisation },
        position: { ru: `Position${tag}${role}` },
        email,
        phone,
      },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, name, organisation, email, phone };
  };
  const primary = await person('P');
  const co = await person('C');
  const response = await service.request('POST', `/speakers/events/${eventId}/proposals`, {
    body: {
      title: { ru: `Доклад ${tag}` },
      abstract: { ru: `Аннотация ${tag}` },
      type: 'talk',
      durationMinutes: 30,
      language: 'ru',
      speakers: [{ speakerId: primary.id }, { speakerId: co.id }],
    },
  });
  expect(response.status).toBe(201);
  return { id: response.body.id, people: [primary, co] };
}

describe('reviews', () => {
  it('should add a reviewer with a one-time link, once per e-mail', async () => {
    const eventId = await eventWithCall();
    const added = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
      body: { name: 'Айгерим Садыкова', email: 'Aigerim@Jury.example.kz' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      name: 'Айгерим Садыкова',
      invitation: {
        url: expect.stringContaining('/invitations/reviewer#token='),
        expiresAt: expect.any(String),
      },
    });
    const again = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
      body: { name: 'Someone else', email: 'aigerim@jury.example.kz' },
    });
    expect(again.status).toBe(409);
    expect(again.body.reviewerId).toBe(added.body.id);
    const list = await service.request('GET', `/speakers/events/${eventId}/reviewers`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: added.body.id, reviewCount: 0 })]);
    // A new link replaces the old one.
    const relink = await service.request(
      'POST',
      `/speakers/events/${eventId}/reviewers/${added.body.id}/invitations`,
      {
        body: {},
      },
    );
    expect(relink.status).toBe(201);
    const old = await service.request('POST', '/self/speakers/invitations/redeem', {
      body: { token: tokenOf(added.body.invitation.url) },
      principal: ANONYMOUS,
    });
    expect(old.status).toBe(409);
    const token = await redeem(relink.body.url);
    expect((await self('GET', '/self/speakers/reviews/proposals', token)).status).toBe(200);

    // A reviewer who leaves the jury (or loses the link) is cut off; what they reviewed stays.
    const otherEvent = await eventWithCall();
    const elsewhere = `/speakers/events/${otherEvent}/reviewers/${added.body.id}/access`;
    expect((await service.request('DELETE', elsewhere)).status).toBe(404);
    const revoked = await service.request(
      'DELETE',
      `/speakers/events/${eventId}/reviewers/${added.body.id}/access`,
    );
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ revokedTokens: 1 });
    expect((await self('GET', '/self/speakers/reviews/proposals', token)).status).toBe(401);

    const invalid = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
      body: { name: ' ', email: 'not-an-email' },
    });
    expect(invalid.status).toBe(400);
    expect(fieldErrors(invalid.body)).toEqual(expect.arrayContaining(['email:isEmail']));
    const noCall = await service.request('POST', `/speakers/events/${randomUUID()}/reviewers`, {
      body: { name: 'X', email: 'x@jury.example.kz' },
    });
    expect(noCall.status).toBe(404);
  }, 60_000);

  it('should give reviewer links with a null lifetime the default lifetime, not fail', async () => {
    const eventId = await eventWithCall();
    const hours = (expiresAt: string) => Math.round((new Date(expiresAt).getTime() - Date.now()) / 3_600_000);
    const added = await service.request('POST', `/speakers/events/${eventId}/reviewers`, {
      body: { name: 'Ерлан Жұмабаев', email: 'erlan@jury.example.kz', ttlHours: null },
    });
    expect(added.status).toBe(201);
    expect(hours(added.body.invitation.expiresAt)).toBe(72);
    const relink = await service.request(
      'POST',
      `/speakers/events/${eventId}/reviewers/${added.body.id}/invitations`,
      { body: { ttlHours: null } },
    );
    expect(relink.status).toBe(201);
    expect(hours(relink.body.expiresAt)).toBe(72);
  }, 60_000);

  it('should show reviewers of an anonymous call nothing about who proposed', async () => {
    const eventId = await eventWithCall({ anonymousReview: true });
    const first = await proposalBy(eventId, 'Anon');
    const second = await proposalBy(eventId, 'Hidden');
    const { token } = await reviewer(eventId);

    const list = await self('GET', '/self/speakers/reviews/proposals', token);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ anonymous: true, maxScore: 5, criteria: expect.any(Array) });
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([first.id, second.id]);
    const single = await self('GET', `/self/speakers/reviews/proposals/${first.id}`, token);
    expect(single.status).toBe(200);
    const review = await self('PUT', `/self/speakers/reviews/proposals/${first.id}`, token, {
      scores: { relevance: 4, clarity: 3 },
    });
    expect(review.status).toBe(201);

    for (const body of [
      list.body,
      single.body,
      review.body,
      (await self('GET', '/self/speakers/reviews/proposals', token)).body,
    ]) {
      const json = JSON.stringify(body);
      for (const person of [...first.people, ...second.people]) {
        for (const personal of [
          person.id,
          person.name,
          person.organisation,
          person.email,
          person.phone,
          'Qwertybek',
          'Holding',
          '@',
        ])
          expect(json).not.toContain(personal);
      }
      expect(json).not.toContain('speaker');
      expect(json).not.toContain('Position');
    }
  }, 60_000);

  it("should show reviewers of an open call the speakers' public profile, never their contacts", async () => {
    const eventId = await eventWithCall();
    const proposal = await proposalBy(eventId, 'Open');
    const { token } = await reviewer(eventId);
    const list = await self('GET', '/self/speakers/reviews/proposals', token);
    expect(list.body.anonymous).toBe(false);
    expect(list.body.items[0].speakers.map((s: { speakerId: string }) => s.speakerId)).toEqual(
      proposal.people.map((p) => p.id),
    );
    const json = JSON.stringify(list.body);
    expect(json).toContain(proposal.people[0]?.name);
    for (const person of proposal.people) {
      expect(json).not.toContain(person.email);
      expect(json).not.toContain(person.phone);
    }
  }, 60_000);

  it('should keep one editable review per reviewer until the decision, and check every score', async () => {
    const eventId = await eventWithCall();
    const { id } = await proposalBy(eventId, 'Edit');
    const { token } = await reviewer(eventId);
    const path = `/self/speakers/reviews/proposals/${id}`;

    const bad = await self('PUT', path, token, { scores: { relevance: 6, clarity: 2.5, charisma: 3 } });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body)).toEqual([
      'scores.charisma:unknownCriterion',
      'scores.relevance:max',
      'scores.clarity:isInt',
    ]);
    const missing = await self('PUT', path, token, { scores: { relevance: -1 } });
    expect(fieldErrors(missing.body)).toEqual(['scores.relevance:min', 'scores.clarity:isDefined']);
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.reviews WHERE proposal_id = $1', [id]),
    ).toBe(0);
    expect((await service.request('GET', `/speakers/events/${eventId}/proposals/${id}`)).body.status).toBe(
      'submitted',
    );

    const first = await self('PUT', path, token, {
      scores: { relevance: 2, clarity: 5 },
      comment: ' Хорошо ',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ proposalStatus: 'in-review', weightedScore: 2.75, comment: 'Хорошо' });
    const edited = await self('PUT', path, token, { scores: { relevance: 5, clarity: 5 } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ proposalStatus: 'in-review', weightedScore: 5, comment: null });
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.reviews WHERE proposal_id = $1', [id]),
    ).toBe(1);

    const organiser = await service.request('GET', `/speakers/events/${eventId}/proposals/${id}`);
    expect(organiser.body).toMatchObject({ status: 'in-review', version: 2 });
    expect(organiser.body.reviews).toEqual([
      expect.objectContaining({ scores: { relevance: 5, clarity: 5 } }),
    ]);

    expect((await service.request('POST', `/speakers/events/${eventId}/proposals/${id}/reject`)).status).toBe(
      200,
    );
    const late = await self('PUT', path, token, { scores: { relevance: 1, clarity: 1 } });
    expect(late.status).toBe(409);
    expect(late.body.proposalStatus).toBe('rejected');

    // A proposal of another event does not exist for this reviewer; nor does anything without a token.
    const elsewhere = await proposalBy(await eventWithCall(), 'Other');
    expect(
      (
        await self('PUT', `/self/speakers/reviews/proposals/${elsewhere.id}`, token, {
          scores: { relevance: 1, clarity: 1 },
        })
      ).status,
    ).toBe(404);
    expect((await self('GET', `/self/speakers/reviews/proposals/${elsewhere.id}`, token)).status).toBe(404);
    expect((await self('GET', '/self/speakers/reviews/proposals', undefined)).status).toBe(401);
    expect((await self('GET', '/self/speakers/reviews/proposals', 'not-a-token')).status).toBe(401);
  }, 60_000);

  it('should rank proposals by weighted mean with spread and review count, and freeze the criteria', async () => {
    const eventId = await eventWithCall();
    const a = await proposalBy(eventId, 'RankA');
    const b = await proposalBy(eventId, 'RankB');
    const c = await proposalBy(eventId, 'RankC');
    const one = await reviewer(eventId);
    const two = await reviewer(eventId);
    const score = async (token: string, id: string, relevance: number, clarity: number) =>
      expect(
        (
          await self('PUT', `/self/speakers/reviews/proposals/${id}`, token, {
            scores: { relevance, clarity },
          })
        ).status,
      ).toBe(201);
    await score(one.token, a.id, 4, 4); // 4
    await score(two.token, a.id, 2, 2); // 2 → mean 3, spread 1
    await score(one.token, b.id, 5, 1); // (15 + 1) / 4 = 4 → mean 4, spread 0

    const ranking = await service.request('GET', `/speakers/events/${eventId}/proposals/ranking`);
    expect(ranking.status).toBe(200);
    expect(ranking.body.items).toEqual([
      expect.objectContaining({
        rank: 1,
        proposalId: b.id,
        weightedMean: 4,
        spread: 0,
        reviewCount: 1,
        status: 'in-review',
      }),
      expect.objectContaining({
        rank: 2,
        proposalId: a.id,
        weightedMean: 3,
        spread: 1,
        reviewCount: 2,
        criteria: { relevance: 3, clarity: 3 },
      }),
      expect.objectContaining({
        rank: 3,
        proposalId: c.id,
        weightedMean: null,
        spread: null,
        reviewCount: 0,
        status: 'submitted',
      }),
    ]);
    expect(ranking.body.items[0].title).toEqual({ ru: 'Доклад RankB' });

    const current = (await service.request('GET', `/speakers/events/${eventId}/call`)).body;
    const { eventId: _e, phase: _p, version: _v, createdAt: _c, updatedAt: _u, ...content } = current;
    const reweighted = await service.request('PUT', `/speakers/events/${eventId}/call`, {
      body: { ...content, criteria: [{ key: 'relevance', label: { en: 'Relevance' }, weight: 1 }] },
    });
    expect(reweighted.status).toBe(409);
    // Other parts of the call may still change.
    const extended = await service.request('PUT', `/speakers/events/${eventId}/call`, {
      body: { ...content, closesAt: new Date(Date.now() + 48 * HOUR).toISOString() },
    });
    expect(extended.status).toBe(200);
    expect(extended.body.version).toBe(2);
  }, 60_000);
});
