import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { call, type ApiResponse } from './gateway-client';

/**
 * Input that once reached PostgreSQL, the validator or the router and came back as a 500 or a bare
 * framework error: every service now refuses it as a localised problem+json naming the field.
 */
function expectProblem(response: ApiResponse, status: number, fields: string[] = []): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body.title).toEqual(expect.any(String));
  const named = ((response.body.errors ?? []) as { field: string }[]).map((error) => error.field);
  for (const field of fields) expect(named).toContain(field);
}

const anEvent = (overrides: Record<string, unknown> = {}) => ({
  slug: `bad-input-${randomUUID().slice(0, 8)}`,
  title: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Event' },
  timeZone: 'Asia/Almaty',
  startsAt: '2030-02-05T09:00:00+05:00',
  endsAt: '2030-02-07T18:00:00+05:00',
  capacity: 10,
  ...overrides,
});

/** JSON text nested `levels` arrays deep (JSON.stringify itself would overflow building it). */
const nestedArrayJson = (levels: number) => `${'['.repeat(levels)}"leaf"${']'.repeat(levels)}`;

describe('bad input through the gateway', () => {
  it('should refuse text PostgreSQL cannot store and nesting the validator cannot walk, storing nothing', async () => {
    const slug = `surrogate-${randomUUID().slice(0, 8)}`;
    const broken = await call('POST', '/api/v1/events', {
      body: JSON.stringify(anEvent({ slug, title: { kk: 'a\ud800b', ru: 'Мероприятие' } })),
      headers: { 'accept-language': 'ru' },
    });
    expectProblem(broken, 400, ['title.kk']);
    expect(broken.body.errors[0].message).toMatch(/суррогат/);
    expect((await call('GET', `/api/v1/events?slug=${slug}`)).body.items).toEqual([]);

    const email = await call('POST', '/api/v1/speakers', {
      body: JSON.stringify({ fullName: { ru: 'Имя' }, email: 'a\udc00@example.kz' }),
    });
    expectProblem(email, 400, ['email']);

    const event = JSON.stringify(anEvent());
    const deep = await call('POST', '/api/v1/events', {
      body: `${event.slice(0, -1)},"x":${nestedArrayJson(20_000)}}`,
    });
    expectProblem(deep, 400);
    expect(deep.body.errors[0].code).toBe('nestedTooDeep');
  });

  it('should read a null language text as absent, and keep the public page working', async () => {
    const created = await call('POST', '/api/v1/events', {
      body: anEvent({ description: { kk: null, ru: 'Описание' } }),
    });
    expect(created.status).toBe(201);
    expect(created.body.description).toEqual({ ru: 'Описание' });
    expect((await call('POST', `/api/v1/events/${created.body.id}/publish`)).status).toBe(200);
    const page = await call('GET', `/api/v1/public/events/${created.body.slug}?lang=kk`, { key: null });
    expect(page.status).toBe(200);
  });

  it('should refuse a repeated query parameter and a forged cursor as field errors', async () => {
    const repeated = await call('GET', '/api/v1/public/events/any-slug?lang=ru&lang=kk', { key: null });
    expectProblem(repeated, 400, ['lang']);
    expect(repeated.body.errors[0].code).toBe('repeatedParameter');

    const forged = Buffer.from(JSON.stringify(['0000-01-01T00:00:00.000Z', randomUUID()])).toString(
      'base64url',
    );
    expectProblem(await call('GET', `/api/v1/events?cursor=${forged}`), 400);
    expectProblem(await call('GET', `/api/v1/speakers?cursor=${forged}`), 400);
  });

  it('should answer router-level errors as problems too', async () => {
    const badEncoding = await call('GET', '/api/v1/events/%ED%A0%80', {
      headers: { 'accept-language': 'kk' },
    });
    expectProblem(badEncoding, 400, ['path']);
    expect(badEncoding.headers.get('content-language')).toBe('kk');

    expectProblem(await call('GET', `/api/v1/events/${'a'.repeat(500)}`), 414);
    expectProblem(await call('GET', `/api/v1/public/events/demo?x=${'a'.repeat(9_000)}`, { key: null }), 414);
    // Past Node's 16 KB header limit the request is never parsed: still a problem document.
    expectProblem(
      await call('GET', `/api/v1/public/events/demo?x=${'a'.repeat(20_000)}`, { key: null }),
      431,
    );
  });
});
