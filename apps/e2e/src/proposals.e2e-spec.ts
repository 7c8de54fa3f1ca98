import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually } from '@jiyn/testing';
import { call } from './gateway-client';

/**
 * A call for proposals through the gateway only: an organiser opens a call, a speaker invited by link
 * submits through self-service with their own token, a reviewer scores it, the organiser accepts it,
 * and the programme shows it as an unscheduled draft session (via proposal.accepted on Kafka).
 */
describe('call for proposals through the gateway', () => {
  it('should take a proposal from submission to an unscheduled session in the programme', async () => {
    const created = await call('POST', '/api/v1/events', {
      body: {
        slug: `cfp-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Өтінімдер', ru: 'Заявки', en: 'Proposals' },
        startsAt: '2030-02-05T09:00:00+05:00',
        endsAt: '2030-02-07T18:00:00+05:00',
        capacity: 60,
      },
    });
    expect(created.status).toBe(201);
    const eventId = created.body.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    const track = await call('POST', `/api/v1/events/${eventId}/tracks`, {
      body: { name: { en: 'Museums' }, colour: '#0A7CBF' },
    });
    expect(track.status).toBe(201);

    // The speakers service learns of the event from Kafka; until then the call is a 404.
    const callBody = {
      title: { ru: 'Приём докладов', en: 'Call for talks' },
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      sessionTypes: ['talk'],
      trackIds: [track.body.id],
      durations: [30],
      criteria: [{ key: 'relevance', label: { en: 'Relevance' }, weight: 1 }],
      anonymousReview: true,
    };
    await eventually(
      async () =>
        expect(
          (await call('PUT', `/api/v1/speakers/events/${eventId}/call`, { body: callBody })).status,
        ).toBe(201),
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    const published = await call('GET', `/api/v1/public/speakers/events/${eventId}/call?lang=en`, {
      key: null,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ title: 'Call for talks', phase: 'open' });
    expect(
      (await call('PUT', `/api/v1/public/speakers/events/${eventId}/call`, { key: null, body: callBody }))
        .status,
    ).not.toBe(200);

    const speaker = await call('POST', '/api/v1/speakers', {
      body: { fullName: { ru: 'Мадина Оспанова' }, email: 'madina.ospanova@example.kz' },
    });
    const link = await call('POST', `/api/v1/speakers/${speaker.body.id}/invitations`, { body: {} });
    const redeemed = await call('POST', '/api/v1/self/speakers/invitations/redeem', {
      key: null,
      body: { token: new URL(link.body.url).hash.replace('#token=', '') },
    });
    expect(redeemed.status).toBe(200);
    const speakerToken = redeemed.body.accessToken as string;

    const proposal = await call('POST', '/api/v1/self/speakers/me/proposals', {
      key: speakerToken,
      body: {
        eventId,
        title: { ru: 'Цифровые музеи', en: 'Digital museums' },
        abstract: { ru: 'Опыт регионов' },
        type: 'talk',
        trackId: track.body.id,
        durationMinutes: 30,
        language: 'ru',
      },
    });
    expect(proposal.status).toBe(201);
    // A speaker's token opens self-service only, never the organiser API.
    expect(
      (await call('GET', `/api/v1/speakers/events/${eventId}/proposals`, { key: speakerToken })).status,
    ).toBe(401);

    const reviewer = await call('POST', `/api/v1/speakers/events/${eventId}/reviewers`, {
      body: { name: 'Жюри', email: 'jury@example.kz' },
    });
    const reviewerToken = (
      await call('POST', '/api/v1/self/speakers/invitations/redeem', {
        key: null,
        body: { token: new URL(reviewer.body.invitation.url).hash.replace('#token=', '') },
      })
    ).body.accessToken as string;
    const queue = await call('GET', '/api/v1/self/speakers/reviews/proposals', { key: reviewerToken });
    expect(queue.status).toBe(200);
    expect(JSON.stringify(queue.body)).not.toContain('Оспанова');
    const review = await call('PUT', `/api/v1/self/speakers/reviews/proposals/${proposal.body.id}`, {
      key: reviewerToken,
      body: { scores: { relevance: 5 } },
    });
    expect(review.status).toBe(201);

    const accepted = await call('POST', `/api/v1/speakers/events/${eventId}/proposals/decisions`, {
      body: { accept: [proposal.body.id] },
    });
    expect(accepted.status).toBe(200);

    const session = await eventually(
      async () => {
        const sessions = await call('GET', `/api/v1/events/${eventId}/sessions`);
        expect(sessions.body.items).toHaveLength(1);
        return sessions.body.items[0];
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(session).toMatchObject({
      title: { ru: 'Цифровые музеи', en: 'Digital museums' },
      type: 'talk',
      trackId: track.body.id,
      status: 'draft',
      roomId: null,
      startsAt: null,
      durationMinutes: 30,
      proposalId: proposal.body.id,
      speakerIds: [speaker.body.id],
    });
  }, 120_000);
});
