import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { generateIin } from '@jiyn/kz';
import { eventually } from '@jiyn/testing';
import { call } from './gateway-client';

/**
 * Retrying safely through the gateway (Idempotency-Key): a retried event creation makes one event,
 * a registration retried after a lost answer gets its original 201, management token included.
 */
function newEvent() {
  return {
    slug: `e2e-idem-${randomUUID().slice(0, 8)}`,
    title: { kk: 'Қайталау', ru: 'Повтор', en: 'Retry' },
    timeZone: 'Asia/Almaty',
    startsAt: '2030-03-05T09:00:00+05:00',
    endsAt: '2030-03-05T18:00:00+05:00',
    capacity: 5,
    waitlistEnabled: false,
  };
}

describe('Idempotency-Key through the gateway', () => {
  it('should create one event for a retried POST /events, and answer the retry with the first 201', async () => {
    const event = newEvent();
    const key = randomUUID();
    const first = await call('POST', '/api/v1/events', { body: event, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const retry = await call('POST', '/api/v1/events', { body: event, headers: { 'idempotency-key': key } });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const listed = await call('GET', `/api/v1/events?slug=${event.slug}`);
    expect(listed.body.items).toHaveLength(1);
  }, 30_000);

  it('should answer a retried registration with its original 201 and management token, not a duplicate 409', async () => {
    const created = await call('POST', '/api/v1/events', { body: newEvent() });
    expect(created.status).toBe(201);
    expect((await call('POST', `/api/v1/events/${created.body.id}/publish`)).status).toBe(200);
    const participant = {
      eventId: created.body.id,
      fullName: 'Сәрсенова Айгерім',
      email: `idem-${randomUUID().slice(0, 8)}@akimat.example.kz`,
      phone: '+7 701 555 12 34',
      iin: generateIin({
        birthDate: '1990-03-14',
        sex: 'female',
        serial: 9900 + Math.floor(Math.random() * 90),
      }),
      regionCode: 'KZ-10',
      organisation: 'Abai Region akimat',
      position: 'Chief specialist',
      consent: { textVersion: 'default-1', accepted: true },
    };
    const key = randomUUID();
    const register = () =>
      call('POST', '/api/v1/registrations', { body: participant, headers: { 'idempotency-key': key } });
    // Until registrations learns of the event from Kafka it answers 404, which the key does not keep.
    const original = await eventually(
      async () => {
        const answer = await register();
        expect(answer.status).toBe(201);
        return answer;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(original.headers.get('idempotent-replayed')).toBeNull();
    const retry = await register();
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(original.body.id);
    expect(retry.body.managementToken).toBe(original.body.managementToken);
    // Without the key the same participant is, as before, a duplicate.
    expect((await call('POST', '/api/v1/registrations', { body: participant })).status).toBe(409);
  }, 60_000);
});
