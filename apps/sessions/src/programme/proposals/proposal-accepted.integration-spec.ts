import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS, type ProposalChangedV1 } from '@jiyn/contracts';
import { eventually } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from '../../app.module';
import { sessionsDatabase } from '../../database/database';
import { SessionsEnvironment } from '../../sessions.environment';

const { service, producer, probe } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [TOPICS.programmeSessions],
});

async function publishedEventWithTrack(): Promise<{ eventId: string; trackId: string }> {
  const created = await service.request('POST', '/events', {
    body: {
      slug: `cfp-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Шығармашылық индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
      startsAt: '2030-02-05T09:00:00+05:00',
      endsAt: '2030-02-07T18:00:00+05:00',
      capacity: 60,
    },
  });
  expect(created.status).toBe(201);
  const eventId = created.body.id as string;
  expect((await service.request('POST', `/events/${eventId}/publish`)).status).toBe(200);
  const track = await service.request('POST', `/events/${eventId}/tracks`, {
    body: { name: { en: 'Creative economy' }, colour: '#0A7CBF' },
  });
  expect(track.status).toBe(201);
  return { eventId, trackId: track.body.id };
}

function accepted(eventId: string, overrides: Partial<ProposalChangedV1> = {}): ProposalChangedV1 {
  return {
    proposalId: randomUUID(),
    eventId,
    version: 2,
    status: 'accepted',
    title: { ru: 'Музеи и цифровые медиа', en: 'Museums and digital media' },
    abstract: { ru: 'Как региональные музеи выходят в сеть' },
    type: 'panel',
    trackId: null,
    durationMinutes: 45,
    language: 'ru',
    speakerIds: [randomUUID(), randomUUID()],
    occurredAt: new Date().toISOString(),
    ...overrides,
  };
}

const sessionsOf = (proposalId: string) =>
  service.query<Record<string, unknown>>('SELECT * FROM sessions.programme_sessions WHERE proposal_id = $1', [
    proposalId,
  ]);

describe('accepted proposals become sessions', () => {
  it('should create exactly one unscheduled draft session, even when the event arrives twice', async () => {
    const { eventId, trackId } = await publishedEventWithTrack();
    const proposal = accepted(eventId, { trackId });
    const ceId = randomUUID();
    // The same CloudEvent redelivered, and the same acceptance sent again under a new id.
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, proposal.proposalId, proposal, ceId);
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, proposal.proposalId, proposal, ceId);
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, proposal.proposalId, proposal);
    // A later acceptance on the same partition shows the three before it were handled.
    const marker = accepted(eventId);
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, proposal.proposalId, marker);
    await eventually(async () => expect(await sessionsOf(marker.proposalId)).toHaveLength(1), {
      timeoutMs: 30_000,
    });

    const rows = await sessionsOf(proposal.proposalId);
    expect(rows).toHaveLength(1);
    const session = rows[0] as Record<string, unknown>;
    expect(session).toMatchObject({
      event_id: eventId,
      title: proposal.title,
      abstract: proposal.abstract,
      type: 'panel',
      track_id: trackId,
      language: 'ru',
      duration_minutes: 45,
      speaker_ids: proposal.speakerIds,
      status: 'draft',
      room_id: null,
      starts_at: null,
      ends_at: null,
    });

    // Organisers see it in the programme, and the programme announced it once as session.created.
    const listed = await service.request('GET', `/events/${eventId}/sessions/${session['id']}`);
    expect(listed.status).toBe(200);
    const created = await probe.single(TOPICS.programmeSessions, session['id'] as string);
    expect(created.headers['ce_type']).toBe(EVENT_TYPES.sessionCreated);
    expect(created.json).toMatchObject({
      sessionId: session['id'],
      status: 'draft',
      startsAt: null,
      roomId: null,
    });
  }, 90_000);

  it("should leave out a track that is not the event's, and create nothing for an unknown event", async () => {
    const { eventId } = await publishedEventWithTrack();
    const foreignTrack = accepted(eventId, { trackId: randomUUID() });
    const unknownEvent = accepted(randomUUID());
    await producer.send(
      TOPICS.proposals,
      EVENT_TYPES.proposalAccepted,
      unknownEvent.proposalId,
      unknownEvent,
    );
    await producer.send(
      TOPICS.proposals,
      EVENT_TYPES.proposalAccepted,
      foreignTrack.proposalId,
      foreignTrack,
    );
    // A later acceptance on the unknown event's partition shows that one was handled (the other
    // proposal's key may well be on another partition and prove nothing about it).
    const marker = accepted(eventId);
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, unknownEvent.proposalId, marker);
    await eventually(async () => expect(await sessionsOf(foreignTrack.proposalId)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    expect((await sessionsOf(foreignTrack.proposalId))[0]).toMatchObject({
      track_id: null,
      event_id: eventId,
    });
    await eventually(async () => expect(await sessionsOf(marker.proposalId)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    expect(await sessionsOf(unknownEvent.proposalId)).toHaveLength(0);
  }, 90_000);

  it('should ignore proposal events other than acceptance', async () => {
    const { eventId } = await publishedEventWithTrack();
    const rejected = accepted(eventId, { status: 'rejected' });
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalRejected, rejected.proposalId, rejected);
    const marker = accepted(eventId);
    await producer.send(TOPICS.proposals, EVENT_TYPES.proposalAccepted, rejected.proposalId, marker);
    await eventually(async () => expect(await sessionsOf(marker.proposalId)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    expect(await sessionsOf(rejected.proposalId)).toHaveLength(0);
  }, 90_000);
});
