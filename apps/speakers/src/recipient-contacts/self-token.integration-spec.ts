import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

/**
 * `POST /internal/speakers/self-token`: feedback asks whose a speaker's self-service token is (to
 * show a speaker their own ratings). Internal token only; a wrong, revoked or missing token is a 401.
 */
const { service } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});

async function verify(body: unknown, internalToken: string | null = service.internalToken) {
  const response = await fetch(`${await service.app.getUrl()}/internal/speakers/self-token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(internalToken ? { [INTERNAL_TOKEN_HEADER]: internalToken } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('internal: whose speaker self-service token', () => {
  it('should name the speaker of a valid token, refuse others with 401 and callers without the internal token', async () => {
    const created = await service.request('POST', '/speakers', {
      body: {
        fullName: { ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
        languages: ['ru'],
        email: `self-token-${randomUUID().slice(0, 6)}@example.kz`,
      },
    });
    expect(created.status).toBe(201);
    const link = await service.request('POST', `/speakers/${created.body.id}/invitations`, { body: {} });
    const redeemed = await service.request('POST', '/self/speakers/invitations/redeem', {
      body: { token: link.body.token },
      principal: ANONYMOUS,
    });
    expect(redeemed.status).toBe(200);
    const token = redeemed.body.accessToken as string;

    expect(await verify({ token })).toEqual({ status: 200, body: { speakerId: created.body.id } });
    expect((await verify({ token: 'jiyn-not-a-token' })).status).toBe(401);
    expect((await verify({})).status).toBe(400);
    expect((await verify({ token }, null)).status).toBe(401);
  }, 120_000);
});
