import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_EVENT, DEMO_SPEAKERS, demoParticipants } from './demo-event';
import { DEMO_ROOMS, DEMO_SESSIONS, DEMO_TRACKS } from './demo-programme';

export interface SeedReport {
  eventId: string;
  eventCreated: boolean;
  speakersCreated: number;
  registrationsCreated: number;
  programmeVersion: number | null;
  /** The participants registered by this run, with what only their creation answer shows. */
  participants: DemoRegistration[];
}

/** A demo registration as its creation answered it: the management token is shown only then. */
export interface DemoRegistration {
  id: string;
  regionCode: string;
  confirmationCode: string;
  managementToken: string;
}

/**
 * Loads the demo event through the gateway, as an organiser would. Idempotent: what exists is
 * found and kept, so a second `npm start` adds nothing.
 */
export async function seedDemo(gatewayUrl: string, adminKey: string): Promise<SeedReport> {
  const api = apiClient(gatewayUrl, adminKey);
  const existing = await api<{ items: { id: string; status: string }[] }>(
    'GET',
    `/api/v1/events?slug=${DEMO_EVENT.slug}`,
  );
  let event = existing.body.items[0];
  const eventCreated = !event;
  if (!event)
    event = (await api<{ id: string; status: string }>('POST', '/api/v1/events', DEMO_EVENT, [201])).body;
  if (event.status === 'draft') await api('POST', `/api/v1/events/${event.id}/publish`, undefined, [200]);

  const speakers = await api<{ items: { id: string; fullName: { en?: string } }[] }>(
    'GET',
    '/api/v1/speakers?limit=200',
  );
  const speakerIds = new Map(speakers.body.items.map((speaker) => [speaker.fullName.en ?? '', speaker.id]));
  let speakersCreated = 0;
  for (const speaker of DEMO_SPEAKERS) {
    const existingId = speakerIds.get(speaker.fullName.en);
    // A speaker seeded before profiles grew is brought up to date (a PATCH that changes nothing is a no-op).
    if (existingId) {
      await api('PATCH', `/api/v1/speakers/${existingId}`, speaker, [200]);
      continue;
    }
    const created = await api<{ id: string }>('POST', '/api/v1/speakers', speaker, [201]);
    speakerIds.set(speaker.fullName.en, created.body.id);
    speakersCreated += 1;
  }
  for (const speakerId of speakerIds.values()) await setDemoAvailability(api, speakerId, event.id);
  const programmeVersion = await seedProgramme(api, event.id, speakerIds);

  const participants: DemoRegistration[] = [];
  for (const participant of demoParticipants()) {
    // The demo event keeps the built-in consent terms (text version default-1): no form of its own.
    const created = await registerWhenProjected(api, {
      eventId: event.id,
      ...participant,
      consent: { textVersion: 'default-1', accepted: true },
    });
    if (created) participants.push({ ...created, regionCode: participant.regionCode });
  }
  return {
    eventId: event.id,
    eventCreated,
    speakersCreated,
    registrationsCreated: participants.length,
    programmeVersion,
    participants,
  };
}

/** Speakers are available on the two days they speak, 09:00–18:00 Astana time (then UTC+6). */
async function setDemoAvailability(api: Api, speakerId: string, eventId: string): Promise<void> {
  const ranges = ['2024-02-05', '2024-02-06'].map((day) => ({
    startsAt: `${day}T09:00:00+06:00`,
    endsAt: `${day}T18:00:00+06:00`,
  }));
  // The speakers service learns of the event from Kafka: retry a 404 briefly.
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await api(
      'PUT',
      `/api/v1/speakers/${speakerId}/availability/${eventId}`,
      { ranges },
      [200, 404],
    );
    if (response.status === 200) return;
    await sleep(500);
  }
  throw new Error('the speakers service never learnt of the demo event (is Kafka flowing?)');
}

/**
 * Rooms, tracks and the sessions of the three days, published as version 1 once the sessions
 * service knows the speakers' names (it learns them from Kafka). Skipped when a version exists.
 */
async function seedProgramme(
  api: Api,
  eventId: string,
  speakerIds: Map<string, string>,
): Promise<number | null> {
  const versions = await api<{ items: { number: number }[] }>(
    'GET',
    `/api/v1/events/${eventId}/schedule/versions`,
  );
  if (versions.body.items.length > 0) return null;
  const existingRooms = await api<{ items: unknown[] }>('GET', `/api/v1/events/${eventId}/rooms`);
  if (existingRooms.body.items.length === 0) {
    const rooms: Record<string, string> = {};
    for (const [key, room] of Object.entries(DEMO_ROOMS))
      rooms[key] = (
        await api<{ id: string }>('POST', `/api/v1/events/${eventId}/rooms`, room, [201])
      ).body.id;
    const tracks: Record<string, string> = {};
    for (const [key, track] of Object.entries(DEMO_TRACKS))
      tracks[key] = (
        await api<{ id: string }>('POST', `/api/v1/events/${eventId}/tracks`, track, [201])
      ).body.id;
    for (const session of DEMO_SESSIONS) {
      await api(
        'POST',
        `/api/v1/events/${eventId}/sessions`,
        {
          title: session.title,
          type: session.type,
          language: session.language,
          trackId: session.track ? tracks[session.track] : undefined,
          roomId: rooms[session.room],
          startsAt: `${session.day}T${session.start}:00+06:00`,
          endsAt: `${session.day}T${session.end}:00+06:00`,
          capacity: session.capacity,
          speakerIds: session.speakers
            .map((name) => speakerIds.get(name))
            .filter((id): id is string => Boolean(id)),
          status: 'confirmed',
        },
        [201],
      );
    }
  }
  await untilSpeakersKnown(api, eventId);
  const version = await api<{ number: number }>(
    'POST',
    `/api/v1/events/${eventId}/schedule/versions`,
    { name: 'v1', comment: 'Programme as announced' },
    [201],
  );
  return version.body.number;
}

/** The published version freezes speakers' names: wait until the sessions service has them all. */
async function untilSpeakersKnown(api: Api, eventId: string): Promise<void> {
  const page = await api<{ items: { id: string; speakerIds: string[] }[] }>(
    'GET',
    `/api/v1/events/${eventId}/sessions?limit=200`,
  );
  const withSpeakers = page.body.items.filter((session) => session.speakerIds.length > 0);
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const details = await Promise.all(
      withSpeakers.map((session) =>
        api<{ speakers: { name: unknown }[] }>('GET', `/api/v1/events/${eventId}/sessions/${session.id}`),
      ),
    );
    if (details.every((detail) => detail.body.speakers.every((speaker) => speaker.name !== null))) return;
    await sleep(500);
  }
  throw new Error('the sessions service never learnt the speakers of the demo programme (is Kafka flowing?)');
}

export type Api = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  expect?: number[],
) => Promise<{ status: number; body: T }>;

/** The registrations service learns of the event from Kafka a moment after publishing: retry 404 briefly. */
async function registerWhenProjected(
  api: Api,
  registration: object,
): Promise<Omit<DemoRegistration, 'regionCode'> | null> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await api<Omit<DemoRegistration, 'regionCode'>>(
      'POST',
      '/api/v1/registrations',
      registration,
      [201, 404, 409],
    );
    if (response.status === 201) {
      const { id, confirmationCode, managementToken } = response.body;
      return { id, confirmationCode, managementToken };
    }
    if (response.status === 409) return null; // already registered by an earlier start
    await sleep(500);
  }
  throw new Error('the registrations service never learnt of the demo event (is Kafka flowing?)');
}

/**
 * The gateway, called with a key or a participant's token. A 429 is waited out as its Retry-After
 * says (participants' self-service calls share their client address's budget), up to three times.
 */
export function apiClient(baseUrl: string, key: string, headers: Record<string, string> = {}): Api {
  return async (method, path, body, expect = [200]) => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
          'accept-language': 'en',
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (response.status === 429 && !expect.includes(429) && attempt <= 3) {
        const seconds = Number(response.headers.get('retry-after') ?? '5');
        await sleep(Math.min(Number.isFinite(seconds) ? seconds : 5, 60) * 1_000);
        continue;
      }
      if (!expect.includes(response.status))
        throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    }
  };
}
