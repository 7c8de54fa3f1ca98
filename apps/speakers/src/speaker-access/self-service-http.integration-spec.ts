import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

const { service } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});

/** Every self-service route of the speakers service that takes a body, with a body it would refuse. */
const BODY_ROUTES = [
  ['PATCH', '/self/speakers/me', { fullName: 42 }],
  ['PUT', `/self/speakers/me/availability/${randomUUID()}`, { ranges: 'all day' }],
  ['POST', '/self/speakers/me/proposals', { title: [] }],
  ['PUT', `/self/speakers/reviews/proposals/${randomUUID()}`, { score: 'great' }],
] as const;

async function speakerToken(): Promise<string> {
  const created = await service.request('POST', '/speakers', {
    body: { fullName: { ru: 'Жанна Асанова', en: 'Zhanna Asanova' }, languages: ['ru'] },
  });
  expect(created.status).toBe(201);
  const invitation = await service.request('POST', `/speakers/${created.body.id}/invitations`, { body: {} });
  const redeemed = await service.request('POST', '/self/speakers/invitations/redeem', {
    body: { token: invitation.body.token },
    principal: ANONYMOUS,
  });
  expect(redeemed.status).toBe(200);
  return redeemed.body.accessToken;
}

function asHolder(token: string | undefined, extra: Record<string, string> = {}) {
  return {
    principal: ANONYMOUS,
    headers: { ...(token ? { [SELF_SERVICE_TOKEN_HEADER]: token } : {}), ...extra },
  };
}

describe('self-service routes: credentials before the body', () => {
  it('should answer 401, not 400, to a bad body without a valid token', async () => {
    for (const [method, path, body] of BODY_ROUTES) {
      for (const token of [undefined, 'not-a-token-anyone-issued']) {
        const response = await service.request(method, path, { body, ...asHolder(token) });
        expect({ method, path, token, status: response.status }).toEqual({
          method,
          path,
          token,
          status: 401,
        });
      }
    }
  });

  it('should answer 401, not 415 or 400, to an unsupported or malformed body without a token', async () => {
    for (const [method, path] of BODY_ROUTES) {
      const xml = await service.request(method, path, {
        body: '<speaker/>',
        ...asHolder(undefined, { 'content-type': 'application/xml' }),
      });
      expect({ path, status: xml.status }).toEqual({ path, status: 401 });
      const broken = await service.request(method, path, { body: '{"fullName":', ...asHolder(undefined) });
      expect({ path, status: broken.status }).toEqual({ path, status: 401 });
    }
  });

  it('should still tell a holder of a valid token what is wrong with the body', async () => {
    const token = await speakerToken();
    const xml = await service.request('PATCH', '/self/speakers/me', {
      body: '<speaker/>',
      ...asHolder(token, { 'content-type': 'application/xml' }),
    });
    expect(xml.status).toBe(415);
    const broken = await service.request('PATCH', '/self/speakers/me', { body: '{"x":', ...asHolder(token) });
    expect(broken.status).toBe(400);
    expect(broken.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'invalidJson' })]);
    const invalid = await service.request('PATCH', '/self/speakers/me', {
      body: { fullName: 42 },
      ...asHolder(token),
    });
    expect(invalid.status).toBe(400);
  });
});

describe('bodies and nulls as the document says', () => {
  it('should refuse a missing, null or array body where a DTO is declared', async () => {
    const token = await speakerToken();
    const missing = await service.request('PATCH', '/self/speakers/me', asHolder(token));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'isDefined' })]);
    const nothing = await service.request('PATCH', '/self/speakers/me', { body: 'null', ...asHolder(token) });
    expect(nothing.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'isDefined' })]);
    const list = await service.request('POST', '/speakers', { body: [{ fullName: { ru: 'А' } }] });
    expect(list.status).toBe(400);
    expect(list.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'isObject' })]);
  });

  it('should take null only for fields documented as nullable', async () => {
    const token = await speakerToken();
    const cleared = await service.request('PATCH', '/self/speakers/me', {
      body: { photoUrl: null, email: null },
      ...asHolder(token),
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.photoUrl).toBeNull();
    const refused = await service.request('PATCH', '/self/speakers/me', {
      body: { languages: null },
      ...asHolder(token, { 'accept-language': 'ru' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'languages', code: 'isNotNull', message: expect.stringContaining('null') },
    ]);
  });
});

describe('unknown languages', () => {
  it('should refuse a lang the platform does not serve, with a localised field error', async () => {
    const created = await service.request('POST', '/speakers', {
      body: { fullName: { ru: 'Жанна Асанова' }, languages: ['ru'] },
    });
    const agenda = await service.request('GET', `/speakers/${created.body.id}/agenda?lang=de`, {
      headers: { 'accept-language': 'kk' },
    });
    expect(agenda.status).toBe(400);
    expect(agenda.body.errors).toEqual([
      { field: 'lang', code: 'isIn', message: expect.stringContaining('kk, ru, en') },
    ]);
    const known = await service.request('GET', `/speakers/${created.body.id}/agenda?lang=en`);
    expect(known.status).toBe(200);
  });
});

describe('wrong methods', () => {
  it('should answer 405 with Allow where the path exists with other methods', async () => {
    const response = await service.request('DELETE', '/self/speakers/me', asHolder(undefined));
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, HEAD, PATCH');
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await service.request('DELETE', '/nowhere/at/all')).status).toBe(404);
  });
});
