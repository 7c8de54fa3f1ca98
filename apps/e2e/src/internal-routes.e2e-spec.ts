import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { generateIin } from '@jiyn/kz';
import { eventually } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * The services' internal routes (the notifications service reads addresses there with the internal
 * token) are not part of the public API: through the gateway they are a 404 whatever the key holds
 * and however the path is spelt, and they answer no personal data there.
 */
describe('internal routes through the gateway', () => {
  it('should answer 404 for the contact routes, also to a key holding every scope', async () => {
    const created = await call('POST', '/api/v1/events', {
      body: {
        slug: `e2e-internal-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Ішкі жолдар', ru: 'Внутренние пути', en: 'Internal routes' },
        timeZone: 'Asia/Almaty',
        startsAt: '2030-02-05T09:00:00+05:00',
        endsAt: '2030-02-07T18:00:00+05:00',
        capacity: 5,
      },
    });
    expect(created.status).toBe(201);
    expect((await call('POST', `/api/v1/events/${created.body.id}/publish`)).status).toBe(200);
    const email = `e2e-internal-${randomUUID().slice(0, 8)}@akimat.example.kz`;
    const registration = await eventually(
      async () => {
        const answer = await call('POST', '/api/v1/registrations', {
          body: {
            eventId: created.body.id,
            fullName: 'Сәрсенова Айгерім',
            email,
            phone: '+7 701 555 12 34',
            iin: generateIin({ birthDate: '1988-07-21', sex: 'female', serial: 9_871 }),
            regionCode: 'KZ-10',
            consent: { textVersion: 'default-1', accepted: true },
          },
        });
        expect(answer.status).toBe(201);
        return answer;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    const id = registration.body.id as string;

    for (const path of [
      `/api/v1/internal/registrations/${id}/contact`,
      `/api/v1/internal/speakers/${id}/contact`,
      `/api/v1/internal/organisations/${id}`,
      `/api/v1/registrations/${id}/contact`,
      `/api/v1/registrations/%2E%2E/internal/registrations/${id}/contact`,
      `/api/v1/registrations/..%2Finternal%2Fregistrations%2F${id}%2Fcontact`,
    ]) {
      const answer = await call('GET', path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(answer.body ?? '')).not.toContain(email);
    }
    // Minting an invitation's link or a seat offer's accept link (the notifications service's,
    // with the internal token) is no API either.
    for (const path of [
      `/api/v1/internal/speakers/invitations/${id}/links`,
      `/api/v1/internal/registrations/${id}/offer-link`,
      // Whose a self-service token is (the feedback service's question) is no API either.
      '/api/v1/internal/registrations/self-token',
    ]) {
      const mint = await call('POST', path);
      expect({ path, status: mint.status }).toEqual({ path, status: 404 });
      expect(mint.body).not.toHaveProperty('token');
    }
  }, 60_000);

  it('should refuse the gateway’s own internal route without the internal token, whatever API key is shown', async () => {
    const organisation = platform().organisations[0];
    expect(organisation).toBeDefined();
    for (const key of [platform().key, platform().breakGlassKey, null]) {
      const answer = await call('GET', `/internal/organisations/${organisation?.id}`, { key });
      expect(answer.status).toBe(401);
      expect(answer.body).not.toHaveProperty('name');
      const owners = await call('GET', `/internal/organisations/${organisation?.id}/owners`, { key });
      expect(owners.status).toBe(401);
      expect(owners.body).not.toHaveProperty('owners');
    }
  });
});
