import { setTimeout as sleep } from 'node:timers/promises';
import { DEMO_EVENT, DEMO_SPEAKERS, demoParticipants } from './demo-event';

export interface SeedReport {
  eventId: string;
  eventCreated: boolean;
  speakersCreated: number;
  registrationsCreated: number;
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

  const speakers = await api<{ items: { fullName: { en?: string } }[] }>('GET', '/api/v1/speakers?limit=200');
  const known = new Set(speakers.body.items.map((speaker) => speaker.fullName.en));
  let speakersCreated = 0;
  for (const speaker of DEMO_SPEAKERS.filter((s) => !known.has(s.fullName.en))) {
    await api('POST', '/api/v1/speakers', speaker, [201]);
    speakersCreated += 1;
  }

  let registrationsCreated = 0;
  for (const participant of demoParticipants()) {
    const created = await registerWhenProjected(api, { eventId: event.id, ...participant });
    if (created) registrationsCreated += 1;
  }
  return { eventId: event.id, eventCreated, speakersCreated, registrationsCreated };
}

type Api = <T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  expect?: number[],
) => Promise<{ status: number; body: T }>;

/** The registrations service learns of the event from Kafka a moment after publishing: retry 404 briefly. */
async function registerWhenProjected(api: Api, registration: object): Promise<boolean> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await api('POST', '/api/v1/registrations', registration, [201, 404, 409]);
    if (response.status === 201) return true;
    if (response.status === 409) return false; // already registered by an earlier start
    await sleep(500);
  }
  throw new Error('the registrations service never learnt of the demo event (is Kafka flowing?)');
}

function apiClient(baseUrl: string, key: string): Api {
  return async (method, path, body, expect = [200]) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
        'accept-language': 'en',
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!expect.includes(response.status))
      throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}
