import { describe, expect, it } from '@jest/globals';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

/** The feedback service's question: whose is this self-service token (issue 14)? */
const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});
const participant = participantsOf({
  name: 'Сауалнама Қатысушысы',
  email: 'self-token',
  birthDate: '1990-04-12',
  regionCode: 'KZ-75',
  first: 6100,
});
const knownEvent = eventsKnownTo({ service, producer });

/** Straight to the socket, as the feedback service calls it: the route is in no OpenAPI document. */
async function resolve(body: unknown, internalToken: string | null = service.internalToken) {
  const response = await fetch(`${await service.app.getUrl()}/internal/registrations/self-token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(internalToken ? { [INTERNAL_TOKEN_HEADER]: internalToken } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('self-service token owner', () => {
  it('should name the registration and event of a token, and nothing else, to internal callers only', async () => {
    const event = await knownEvent();
    const created = await service.request('POST', '/registrations', { body: participant(event.eventId) });
    expect(created.status).toBe(201);
    const { id, managementToken } = created.body as { id: string; managementToken: string };

    const owner = await resolve({ token: managementToken });
    expect(owner).toEqual({ status: 200, body: { registrationId: id, eventId: event.eventId } });
    expect((await resolve({ token: 'A'.repeat(43) })).status).toBe(401);
    expect((await resolve({ token: 'short' })).status).toBe(401);
    expect((await resolve({})).status).toBe(400);
    expect((await resolve({ token: managementToken }, null)).status).toBe(401);
    expect((await resolve({ token: managementToken }, 'x'.repeat(40))).status).toBe(401);
  }, 60_000);
});
