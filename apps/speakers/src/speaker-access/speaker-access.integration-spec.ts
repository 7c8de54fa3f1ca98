import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { TOPICS } from '@jiyn/contracts';
import { fieldErrors } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';
import { SpeakerAccessService } from './speaker-access.service';

const { service } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});

async function createSpeaker(): Promise<string> {
  const response = await service.request('POST', '/speakers', {
    body: { fullName: { ru: 'Жанна Асанова', en: 'Zhanna Asanova' }, languages: ['ru'] },
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

async function invite(speakerId: string, body: Record<string, unknown> = {}) {
  const response = await service.request('POST', `/speakers/${speakerId}/invitations`, { body });
  expect(response.status).toBe(201);
  return response.body as { token: string; url: string; expiresAt: string };
}

/** As the gateway forwards a self-service call: no principal of its own, the bearer token in a header. */
function redeem(token: unknown) {
  return service.request('POST', '/self/speakers/invitations/redeem', {
    body: { token },
    principal: ANONYMOUS,
  });
}

describe('speaker invitations', () => {
  it('should issue a one-time link whose token is stored only as a digest', async () => {
    const speakerId = await createSpeaker();
    const before = Date.now();
    const invitation = await invite(speakerId);

    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(invitation.url).toBe(`http://127.0.0.1:3000/invitations/speaker#token=${invitation.token}`);
    const ttl = new Date(invitation.expiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(71 * 3_600_000);
    expect(ttl).toBeLessThan(73 * 3_600_000);
    const stored = await service.query<{ token_digest: Buffer }>(
      'SELECT token_digest FROM speakers.invitations WHERE subject_id = $1',
      [speakerId],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].token_digest.equals(createHash('sha256').update(invitation.token).digest())).toBe(true);
    const everything = JSON.stringify(await service.query('SELECT * FROM speakers.invitations', []));
    expect(everything).not.toContain(invitation.token);
  });

  it('should exchange the token once for an access token, and refuse it the second time', async () => {
    const speakerId = await createSpeaker();
    const { token } = await invite(speakerId);

    const first = await redeem(token);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      kind: 'speaker',
      subjectId: speakerId,
      expiresAt: expect.any(String),
    });
    expect(first.body.accessToken).not.toBe(token);

    const again = await redeem(token);
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ type: 'https://jiyn.kz/problems/conflict', reason: 'redeemed' });
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.access_tokens WHERE subject_id = $1', [
        speakerId,
      ]),
    ).toBe(1);
  });

  it('should let exactly one of many concurrent redemptions through', async () => {
    const speakerId = await createSpeaker();
    const { token } = await invite(speakerId);

    const answers = await Promise.all(Array.from({ length: 8 }, () => redeem(token)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.access_tokens WHERE subject_id = $1', [
        speakerId,
      ]),
    ).toBe(1);
  });

  it('should refuse an expired invitation', async () => {
    const speakerId = await createSpeaker();
    const { token } = await invite(speakerId, { ttlHours: 1 });
    await service.query(
      `UPDATE speakers.invitations SET expires_at = now() - interval '1 second' WHERE subject_id = $1`,
      [speakerId],
    );

    const response = await redeem(token);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ reason: 'expired' });
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.access_tokens WHERE subject_id = $1', [
        speakerId,
      ]),
    ).toBe(0);
  });

  it('should invalidate an unused link when a new one is issued', async () => {
    const speakerId = await createSpeaker();
    const older = await invite(speakerId);
    const newer = await invite(speakerId);

    const refused = await redeem(older.token);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'revoked' });
    expect((await redeem(newer.token)).status).toBe(200);
  });

  it('should answer 401 for forged, malformed or missing tokens, never 500', async () => {
    await createSpeaker();
    const forged = await redeem(randomBytes(32).toString('base64url'));
    expect(forged.status).toBe(401);
    expect(forged.body.type).toBe('https://jiyn.kz/problems/unauthorized');

    for (const token of ['', 123, null, 'x'.repeat(5000)]) {
      const response = await redeem(token);
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)[0]).toMatch(/^token:/);
    }
  });

  it('should refuse invitations for unknown speakers and bad lifetimes', async () => {
    const unknown = await service.request(
      'POST',
      '/speakers/0190a4f1-0000-7000-8000-000000000000/invitations',
      {
        body: {},
      },
    );
    expect(unknown.status).toBe(404);
    const speakerId = await createSpeaker();
    const bad = await service.request('POST', `/speakers/${speakerId}/invitations`, {
      body: { ttlHours: 0 },
    });
    expect(bad.status).toBe(400);
    expect(fieldErrors(bad.body)).toEqual(['ttlHours:min']);
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.invitations WHERE subject_id = $1', [
        speakerId,
      ]),
    ).toBe(0);
  });

  it('should give an invitation with a null lifetime the default lifetime, not fail', async () => {
    const speakerId = await createSpeaker();
    const before = Date.now();
    const response = await service.request('POST', `/speakers/${speakerId}/invitations`, {
      body: { ttlHours: null },
    });
    expect(response.status).toBe(201);
    const lifetime = new Date(response.body.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(lifetime).toBeLessThan(72 * 3_600_000 + 60_000);
    expect(
      await service.count('SELECT count(*)::int AS n FROM speakers.invitations WHERE subject_id = $1', [
        speakerId,
      ]),
    ).toBe(1);
  });

  it('should keep organiser routes closed to self-service callers, even holding a valid token', async () => {
    const speakerId = await createSpeaker();
    const { token } = await invite(speakerId);
    const { accessToken } = (await redeem(token)).body;
    const asSpeaker = { principal: ANONYMOUS, headers: { [SELF_SERVICE_TOKEN_HEADER]: accessToken } };

    for (const [method, path] of [
      ['GET', `/speakers/${speakerId}`],
      ['GET', '/speakers'],
      ['POST', `/speakers/${speakerId}/invitations`],
    ] as const) {
      const response = await service.request(method, path, {
        ...asSpeaker,
        body: method === 'POST' ? {} : undefined,
      });
      expect(response.status).toBe(401);
    }
  });

  it('should authenticate holders by kind: a speaker token is no reviewer token', async () => {
    const speakerId = await createSpeaker();
    const { token } = await invite(speakerId);
    const { accessToken } = (await redeem(token)).body;
    const access = service.app.get(SpeakerAccessService);

    await expect(access.authenticate(accessToken, 'speaker')).resolves.toBe(speakerId);
    await expect(access.authenticate(accessToken, 'reviewer')).rejects.toMatchObject({
      problemType: 'unauthorized',
    });
    await expect(access.authenticate(undefined, 'speaker')).rejects.toMatchObject({
      problemType: 'unauthorized',
    });
    await expect(access.authenticate(token, 'speaker')).rejects.toMatchObject({
      problemType: 'unauthorized',
    });
  });

  it('should give an access token that stops working after its lifetime', async () => {
    const speakerId = await createSpeaker();
    const before = Date.now();
    const redeemed = await redeem((await invite(speakerId)).token);
    const lifetime = new Date(redeemed.body.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(179 * 86_400_000);
    expect(lifetime).toBeLessThan(181 * 86_400_000);
    expect((await asHolder(redeemed.body.accessToken, 'GET', '/self/speakers/me')).status).toBe(200);

    await service.query(
      `UPDATE speakers.access_tokens SET expires_at = now() - interval '1 second' WHERE subject_id = $1`,
      [speakerId],
    );
    const expired = await asHolder(redeemed.body.accessToken, 'GET', '/self/speakers/me');
    expect(expired.status).toBe(401);
    expect(expired.headers['content-type']).toContain('application/problem+json');
  });

  it('should let an organiser end a speaker’s access without touching the profile, and invite again', async () => {
    const speakerId = await createSpeaker();
    const otherId = await createSpeaker();
    const first = (await redeem((await invite(speakerId)).token)).body.accessToken as string;
    const second = (await redeem((await invite(speakerId)).token)).body.accessToken as string;
    const unused = await invite(speakerId);
    const others = (await redeem((await invite(otherId)).token)).body.accessToken as string;

    const revoked = await service.request('DELETE', `/speakers/${speakerId}/access`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toEqual({ revokedTokens: 2 });
    for (const token of [first, second])
      expect((await asHolder(token, 'GET', '/self/speakers/me')).status).toBe(401);
    expect((await redeem(unused.token)).body).toMatchObject({ reason: 'revoked' });
    expect((await asHolder(others, 'GET', '/self/speakers/me')).status).toBe(200);
    expect((await service.request('GET', `/speakers/${speakerId}`)).status).toBe(200);

    const again = (await redeem((await invite(speakerId)).token)).body.accessToken as string;
    expect((await asHolder(again, 'GET', '/self/speakers/me')).status).toBe(200);
    expect((await service.request('DELETE', `/speakers/${randomUUID()}/access`)).status).toBe(404);
    expect(
      (
        await service.request('DELETE', `/speakers/${speakerId}/access`, {
          principal: ANONYMOUS,
          headers: { [SELF_SERVICE_TOKEN_HEADER]: again },
        })
      ).status,
    ).toBe(401);
  });
});

function asHolder(token: string, method: 'GET', path: string) {
  return service.request(method, path, {
    principal: ANONYMOUS,
    headers: { [SELF_SERVICE_TOKEN_HEADER]: token },
  });
}
