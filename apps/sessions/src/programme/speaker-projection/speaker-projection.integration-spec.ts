import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { eventually } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from '../../app.module';
import { sessionsDatabase } from '../../database/database';
import { SessionsEnvironment } from '../../sessions.environment';

const { service, producer } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [],
});

async function sessionWithSpeaker(speakerId: string): Promise<{ eventId: string; sessionId: string }> {
  const event = await service.request('POST', '/events', {
    body: {
      slug: `names-${randomUUID().slice(0, 8)}`,
      title: { en: 'Creative industries' },
      startsAt: '2024-02-05T09:00:00+06:00',
      endsAt: '2024-02-07T18:00:00+06:00',
      capacity: 60,
    },
  });
  expect(event.status).toBe(201);
  const session = await service.request('POST', `/events/${event.body.id}/sessions`, {
    body: {
      title: { en: 'Talk' },
      type: 'talk',
      language: 'ru',
      status: 'confirmed',
      speakerIds: [speakerId],
    },
  });
  expect(session.status).toBe(201);
  return { eventId: event.body.id, sessionId: session.body.session.id };
}

async function speakerNameIn(where: { eventId: string; sessionId: string }): Promise<unknown> {
  const response = await service.request('GET', `/events/${where.eventId}/sessions/${where.sessionId}`);
  expect(response.status).toBe(200);
  return response.body.speakers[0].name;
}

function send(type: string, speakerId: string, data: Record<string, unknown>) {
  return producer.send(TOPICS.speakers, type, speakerId, {
    speakerId,
    occurredAt: new Date().toISOString(),
    ...data,
  });
}

describe('sessions service: speakers as the speakers service announces them', () => {
  it('should show a speaker’s current name after speaker.updated, ignore stale updates, and forget a deleted one', async () => {
    const speakerId = randomUUID();
    const where = await sessionWithSpeaker(speakerId);
    await send(EVENT_TYPES.speakerCreated, speakerId, {
      version: 1,
      fullName: { ru: 'Жанна Асанова' },
      languages: ['ru'],
    });
    await eventually(async () => expect(await speakerNameIn(where)).toEqual({ ru: 'Жанна Асанова' }), {
      timeoutMs: 30_000,
    });

    await send(EVENT_TYPES.speakerUpdated, speakerId, {
      version: 3,
      fullName: { kk: 'Жанна Асанова', en: 'Zhanna Asanova' },
      languages: ['kk', 'en'],
    });
    await eventually(
      async () => expect(await speakerNameIn(where)).toEqual({ kk: 'Жанна Асанова', en: 'Zhanna Asanova' }),
      { timeoutMs: 30_000 },
    );

    // A stale update (version 2) arriving late changes nothing. Its inbox row commits with whatever
    // it did, so once the row is there the stale update has been consumed.
    const consumed = (ceId: string) =>
      eventually(
        async () =>
          expect(
            await service.count(
              'SELECT count(*)::int AS n FROM sessions.inbox WHERE consumer = $1 AND event_id = $2',
              ['sessions.speaker-projection', ceId],
            ),
          ).toBe(1),
        { timeoutMs: 30_000 },
      );
    await consumed(
      await send(EVENT_TYPES.speakerUpdated, speakerId, {
        version: 2,
        fullName: { ru: 'Старое имя' },
        languages: [],
      }),
    );
    expect(await speakerNameIn(where)).toEqual({ kk: 'Жанна Асанова', en: 'Zhanna Asanova' });
    await send(EVENT_TYPES.speakerDeleted, speakerId, { version: 4 });
    await eventually(async () => expect(await speakerNameIn(where)).toBeNull(), { timeoutMs: 30_000 });

    // Nor does an update older than the deletion bring the name back.
    await consumed(
      await send(EVENT_TYPES.speakerUpdated, speakerId, {
        version: 3,
        fullName: { ru: 'Воскрес' },
        languages: [],
      }),
    );
    expect(await speakerNameIn(where)).toBeNull();
  }, 90_000);
});
