import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { generateIin } from '@jiyn/kz';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

/**
 * The internal route the notifications service reads a participant's address from at send time:
 * the internal token or nothing (the gateway never forwards it: it is not in the route table).
 */
const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [],
});

const participant = participantsOf({
  name: 'Сәрсенова Әлия',
  email: 'contact',
  birthDate: '1991-04-12',
  regionCode: 'KZ-71',
  first: 7100,
});
const knownEvent = eventsKnownTo({ service, producer });

/** Straight to the service's socket: the route is not in its OpenAPI document, on purpose. */
async function contact(id: string, token?: string) {
  const response = await fetch(`${await service.app.getUrl()}/internal/registrations/${id}/contact`, {
    headers: token ? { [INTERNAL_TOKEN_HEADER]: token } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /internal/registrations/:id/contact', () => {
  it('should answer the participant’s address and language with the internal token, and nothing without it', async () => {
    const event = await knownEvent();
    const body = participant(event.eventId, {
      iin: generateIin({ birthDate: '1991-04-12', sex: 'female', serial: 7_101 }),
      preferredLanguage: 'kk',
    });
    const created = await service.request('POST', '/registrations', { body });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const answer = await contact(id, service.internalToken);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      registrationId: id,
      eventId: event.eventId,
      status: 'confirmed',
      email: body.email,
      fullName: body.fullName,
      preferredLanguage: 'kk',
      confirmationCode: created.body.confirmationCode,
      waitlistPosition: null,
      offerExpiresAt: null,
    });
    expect(answer.body['checkInToken']).toEqual(expect.any(String));

    for (const token of [undefined, 'not-the-token']) {
      const refused = await contact(id, token);
      expect(refused.status).toBe(401);
      expect(JSON.stringify(refused.body)).not.toContain(body.email);
    }
  }, 60_000);

  it('should answer 404 for an unknown registration and 400 for an id that is not one', async () => {
    expect((await contact(randomUUID(), service.internalToken)).status).toBe(404);
    expect((await contact('not-a-uuid', service.internalToken)).status).toBe(400);
  });
});
