import { describe, expect, it } from '@jest/globals';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS, type EventPublishedV1 } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { anEventPublished } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';

const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
});
let serial = 0;

/** The one place test registration bodies are built. */
function participant(eventId: string, overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    eventId,
    fullName: `Тест Қатысушы ${serial}`,
    email: `life${serial}@akimat.example.kz`,
    phone: '8 701 555 00 11',
    iin: generateIin({
      birthDate: `${1980 + Math.floor(serial / 9000)}-03-15`,
      sex: serial % 2 ? 'male' : 'female',
      serial: serial % 9000,
    }),
    regionCode: 'KZ-71',
    organisation: 'Akimat of Astana',
    ...overrides,
  };
}

async function knownEvent(overrides: Partial<EventPublishedV1> = {}): Promise<EventPublishedV1> {
  const event = anEventPublished(overrides);
  await sendEventPublished(producer, event);
  await untilEventProjected(service, 'registrations.event_projections', event);
  return event;
}

function asSelf(token: string | undefined): { principal: typeof ANONYMOUS; headers: Record<string, string> } {
  return { principal: ANONYMOUS, headers: token === undefined ? {} : { [SELF_SERVICE_TOKEN_HEADER]: token } };
}

describe('registration lifecycle', () => {
  describe('management token', () => {
    it('should hand out the token once and store only its digest; forged or unknown tokens are a 401', async () => {
      const event = await knownEvent();
      const created = await service.request('POST', '/self/registrations', {
        body: participant(event.eventId),
        principal: ANONYMOUS,
      });
      expect(created.status).toBe(201);
      const token = created.body.managementToken as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(created.body.channel).toBe('self');
      const stored = await service.query<{ management_token_digest: string }>(
        'SELECT management_token_digest FROM registrations.registrations WHERE id = $1',
        [created.body.id],
      );
      expect(stored[0]?.management_token_digest).toMatch(/^[0-9a-f]{64}$/);
      expect(stored[0]?.management_token_digest).not.toContain(token);

      const me = await service.request('GET', '/self/registrations/me', asSelf(token));
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: created.body.id, status: 'confirmed' });
      expect(me.body.managementToken).toBeUndefined();
      expect(
        (await service.request('GET', `/registrations/${created.body.id}`)).body.managementToken,
      ).toBeUndefined();

      const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const bad of [undefined, '', forged, 'x'.repeat(43), 'short', `${token}x`, "' OR 1=1 --"]) {
        const response = await service.request('GET', '/self/registrations/me', asSelf(bad));
        expect(response.status).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }, 60_000);
  });
});
