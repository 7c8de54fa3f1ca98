import { describe, expect, it } from '@jest/globals';
import { createPublicKey, verify } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { eventually } from '@jiyn/testing';
import { answer, api, call } from './gateway-client';

let serial = 0;
function participant(eventId: string) {
  serial += 1;
  return {
    eventId,
    fullName: `Шеберхана Қонағы ${serial}`,
    email: `guest${serial}-${randomUUID().slice(0, 6)}@akimat.example.kz`,
    regionCode: 'KZ-71',
    // The built-in consent terms (the event has no registration form of its own).
    consent: { textVersion: 'default-1', accepted: true },
  };
}

/**
 * Through the gateway: the sessions service's programme reaches registrations over Kafka, participants
 * sign up for a workshop with their management token, and the door checks them in by QR token,
 * verifiable offline with the public key anyone can fetch.
 */
describe('session sign-ups and check-in through the gateway', () => {
  it('should sign participants up for a workshop without overbooking and check them in by QR token', async () => {
    const event = answer(
      await api().POST('/api/v1/events', {
        body: {
          slug: `door-${randomUUID().slice(0, 8)}`,
          title: { kk: 'Есік', ru: 'Вход', en: 'Door' },
          startsAt: '2030-02-05T09:00:00+06:00',
          endsAt: '2030-02-07T18:00:00+06:00',
          capacity: 50,
        },
      }),
    );
    expect(event.status).toBe(201);
    const eventId = event.body.id as string;
    const publishing = await api().POST('/api/v1/events/{id}/publish', { params: { path: { id: eventId } } });
    expect(publishing.response.status).toBe(200);
    const room = await call('POST', `/api/v1/events/${eventId}/rooms`, {
      body: { name: { en: 'Studio', ru: 'Студия' }, capacity: 40 },
    });
    const workshop = await call('POST', `/api/v1/events/${eventId}/sessions`, {
      body: {
        title: { ru: 'Мастер-класс: упаковка', en: 'Workshop: packaging' },
        type: 'workshop',
        language: 'ru',
        roomId: room.body.id,
        startsAt: '2030-02-07T10:00:00+06:00',
        endsAt: '2030-02-07T12:00:00+06:00',
        capacity: 2,
        status: 'confirmed',
      },
    });
    expect(workshop.status).toBe(201);
    const sessionId = workshop.body.session.id as string;

    // The registrations service learns the session (capacity, time) from the sessions service's events.
    await eventually(
      async () => {
        const sessions = await call('GET', `/api/v1/registrations/events/${eventId}/sessions`);
        expect(sessions.body.items).toEqual([
          expect.objectContaining({
            sessionId,
            capacity: 2,
            seatsLeft: 2,
            startsAt: '2030-02-07T04:00:00.000Z',
          }),
        ]);
      },
      { timeoutMs: 30_000 },
    );
    await eventually(
      async () =>
        expect((await call('POST', '/api/v1/registrations', { body: participant(eventId) })).status).toBe(
          201,
        ),
      { timeoutMs: 30_000 },
    );
    const guests = [];
    for (let i = 0; i < 3; i += 1) {
      const created = await call('POST', '/api/v1/registrations', { body: participant(eventId) });
      expect(created.body.status).toBe('confirmed');
      guests.push(
        created.body as {
          id: string;
          managementToken: string;
          checkInToken: string;
          confirmationCode: string;
        },
      );
    }

    const signUps = await Promise.all(
      guests.map((guest) =>
        call('POST', `/api/v1/self/registrations/me/sessions/${sessionId}`, { key: guest.managementToken }),
      ),
    );
    expect(signUps.map((r) => r.status).sort()).toEqual([201, 201, 409]);
    expect(signUps.find((r) => r.status === 409)?.body.type).toBe('https://jiyn.kz/problems/session-full');
    const [signedUp] = guests.filter((_, index) => signUps[index]?.status === 201);
    const mine = await call('GET', '/api/v1/self/registrations/me/sessions', {
      key: signedUp?.managementToken,
    });
    expect(mine.body.signUps).toEqual([expect.objectContaining({ sessionId })]);
    expect((await call('GET', '/api/v1/self/registrations/me/sessions', { key: 'forged' })).status).toBe(401);

    // A scanner: the public key without credentials, then the QR token verified offline.
    const published = await call('GET', '/api/v1/public/registrations/check-in-key', { key: null });
    expect(published.status).toBe(200);
    const scannerKey = createPublicKey({ key: published.body.jwk, format: 'jwk' });
    const [version, payload, signature] = (signedUp?.checkInToken ?? '').split('.');
    expect(
      verify(
        null,
        Buffer.from(`${version}.${payload}`),
        scannerKey,
        Buffer.from(signature ?? '', 'base64url'),
      ),
    ).toBe(true);
    expect((await call('POST', '/api/v1/public/registrations/check-in-key', { key: null })).status).not.toBe(
      200,
    );

    const door = { eventId, token: signedUp?.checkInToken, day: '2030-02-05' };
    const checkedIn = answer(await api().POST('/api/v1/check-ins', { body: door }));
    expect(checkedIn.status).toBe(201);
    const again = answer(await api().POST('/api/v1/check-ins', { body: door }));
    expect(again.status).toBe(409);
    expect(again.body.checkedInAt).toBe(checkedIn.body.checkedInAt);
    const atWorkshop = answer(
      await api().POST('/api/v1/check-ins', {
        body: { eventId, code: signedUp?.confirmationCode.toLowerCase(), sessionId },
      }),
    );
    expect(atWorkshop.status).toBe(201);
    expect((await call('POST', '/api/v1/check-ins', { body: door, key: null })).status).toBe(401);

    const list = await call(
      'GET',
      `/api/v1/registrations/events/${eventId}/check-ins?sessionId=${sessionId}`,
    );
    expect(list.body.counts).toEqual({ expected: 2, checkedIn: 1 });
    const reverted = await call('DELETE', `/api/v1/check-ins/${checkedIn.body.id}`);
    expect(reverted.status).toBe(200);
    const day = await call('GET', `/api/v1/registrations/events/${eventId}/check-ins?day=2030-02-05`);
    expect(day.body.counts.checkedIn).toBe(0);
  }, 120_000);
});
