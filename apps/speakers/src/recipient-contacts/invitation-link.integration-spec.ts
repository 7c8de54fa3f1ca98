import { describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, speakerInvitationIssuedV1Schema } from '@jiyn/contracts';
import { anEventPublished, eventually, schemaValidator } from '@jiyn/testing';
import { sendEventPublished, untilEventProjected, useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

/**
 * Invitations by e-mail, as the speakers service keeps its part: the organiser asks for delivery by
 * e-mail, speaker.invitation.issued goes out with ids only, and the notifications service mints the
 * link at send time on the internal route, which answers only the internal token.
 */
const { service, producer, probe } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [TOPICS.speakers],
});

const validateIssued = schemaValidator(speakerInvitationIssuedV1Schema);
const HOUR = 3_600_000;
let serial = 0;

async function createSpeaker(body: Record<string, unknown> = {}): Promise<string> {
  serial += 1;
  const response = await service.request('POST', '/speakers', {
    body: {
      fullName: { kk: `Әсел ${serial}`, ru: `Асель ${serial}`, en: `Assel ${serial}` },
      languages: ['kk'],
      email: `invited-${serial}-${randomUUID().slice(0, 6)}@culture.example.kz`,
      ...body,
    },
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

async function inviteByEmail(speakerId: string, body: Record<string, unknown> = {}): Promise<string> {
  const response = await service.request('POST', `/speakers/${speakerId}/invitations`, {
    body: { delivery: 'email', ...body },
  });
  expect(response.status).toBe(202);
  return response.body.invitationId;
}

/** The internal route, straight to the service's socket (it is not in the OpenAPI document, on purpose). */
/** `token` null: no internal token at all. */
async function mint(invitationId: string, token: string | null = service.internalToken) {
  const response = await fetch(
    `${await service.app.getUrl()}/internal/speakers/invitations/${invitationId}/links`,
    {
      method: 'POST',
      headers: token ? { [INTERNAL_TOKEN_HEADER]: token } : {},
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function redeem(token: string) {
  return service.request('POST', '/self/speakers/invitations/redeem', {
    body: { token },
    principal: ANONYMOUS,
  });
}

function self(method: string, path: string, accessToken: string) {
  return service.request(method, path, {
    principal: ANONYMOUS,
    headers: { [SELF_SERVICE_TOKEN_HEADER]: accessToken },
  });
}

const issuedFor = (speakerId: string) =>
  probe
    .on(TOPICS.speakers)
    .filter((m) => m.key === speakerId && m.headers['ce_type'] === EVENT_TYPES.speakerInvitationIssued);

const invitationsOf = (speakerId: string) =>
  service.count('SELECT count(*)::int AS n FROM speakers.invitations WHERE subject_id = $1', [speakerId]);

describe('POST /speakers/:id/invitations with delivery: email', () => {
  it('should record the invitation without a link, and announce it with ids only', async () => {
    const email = `private-${randomUUID().slice(0, 8)}@culture.example.kz`;
    const speakerId = await createSpeaker({ email });
    const answer = await service.request('POST', `/speakers/${speakerId}/invitations`, {
      body: { delivery: 'email', ttlHours: 48 },
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      invitationId: expect.any(String),
      delivery: 'email',
      expiresAt: expect.any(String),
    });
    const lifetime = new Date(answer.body.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(47 * HOUR);
    expect(lifetime).toBeLessThan(49 * HOUR);
    const [row] = await service.query<{ token_digest: Buffer | null; delivery: string; purpose: string }>(
      'SELECT token_digest, delivery, purpose FROM speakers.invitations WHERE id = $1',
      [answer.body.invitationId],
    );
    expect(row).toEqual({ token_digest: null, delivery: 'email', purpose: 'access' });

    const [message] = await eventually(
      async () => {
        const messages = issuedFor(speakerId);
        expect(messages).toHaveLength(1);
        return messages;
      },
      { timeoutMs: 15_000 },
    );
    expect(validateIssued(message?.json)).toBeNull();
    expect(message?.json).toEqual({
      invitationId: answer.body.invitationId,
      speakerId,
      organisationId: expect.any(String),
      purpose: 'access',
      proposalId: null,
      eventId: null,
      expiresAt: answer.body.expiresAt,
      occurredAt: expect.any(String),
    });
    expect(message?.value).not.toContain(email);
    expect(message?.value).not.toContain('Асель');
  });

  it('should keep the link in the answer without delivery, or with delivery null or link', async () => {
    const speakerId = await createSpeaker();
    for (const body of [{}, { delivery: null }, { delivery: 'link' }]) {
      const answer = await service.request('POST', `/speakers/${speakerId}/invitations`, { body });
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        url: expect.stringContaining('#token='),
        token: expect.any(String),
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(issuedFor(speakerId)).toHaveLength(0);
  });

  it.each([
    ['kk', 'link, email'],
    ['ru', 'link, email'],
    ['en', 'link, email'],
  ])(
    'should refuse a delivery it does not know with a localised 400, writing nothing (%s)',
    async (lang, listed) => {
      const speakerId = await createSpeaker();
      for (const delivery of ['sms', 42, ['email'], 'EMAIL']) {
        const answer = await service.request('POST', `/speakers/${speakerId}/invitations`, {
          body: { delivery },
          headers: { 'accept-language': lang },
        });
        expect(answer.status).toBe(400);
        expect(answer.headers['content-type']).toContain('application/problem+json');
        expect(answer.body.errors).toEqual([
          { field: 'delivery', code: 'isIn', message: expect.stringContaining(listed) },
        ]);
      }
      expect(await invitationsOf(speakerId)).toBe(0);
    },
  );

  it('should refuse e-mail delivery to a speaker without an address (409), writing nothing', async () => {
    const speakerId = await createSpeaker({ email: null });
    const answer = await service.request('POST', `/speakers/${speakerId}/invitations`, {
      body: { delivery: 'email' },
      headers: { 'accept-language': 'ru' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      reason: 'no-email-address',
      detail: expect.stringContaining('адреса'),
    });
    expect(await invitationsOf(speakerId)).toBe(0);
    expect(
      (
        await service.request('POST', `/speakers/${randomUUID()}/invitations`, {
          body: { delivery: 'email' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('POST /internal/speakers/invitations/:id/links', () => {
  it('should answer only the internal token', async () => {
    const invitationId = await inviteByEmail(await createSpeaker());
    for (const token of [null, 'not-the-internal-token']) {
      const refused = await mint(invitationId, token);
      expect(refused.status).toBe(401);
      expect(refused.body).not.toHaveProperty('token');
    }
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM speakers.invitation_links WHERE invitation_id = $1',
        [invitationId],
      ),
    ).toBe(0);
  });

  it('should answer 404 for an unknown invitation or one whose link was shown, and 400 for a bad id', async () => {
    expect((await mint(randomUUID())).status).toBe(404);
    const speakerId = await createSpeaker();
    await service.request('POST', `/speakers/${speakerId}/invitations`, { body: {} });
    const [shown] = await service.query<{ id: string }>(
      'SELECT id FROM speakers.invitations WHERE subject_id = $1',
      [speakerId],
    );
    expect((await mint(shown?.id ?? randomUUID())).status).toBe(404);
    expect(shown).toBeDefined();
    expect((await mint('not-an-id')).status).toBe(400);
  });

  it('should mint a token, kept as its digest only, that signs the speaker in once', async () => {
    const speakerId = await createSpeaker();
    const invitationId = await inviteByEmail(speakerId);
    const minted = await mint(invitationId);
    expect(minted.status).toBe(201);
    expect(minted.body).toEqual({
      invitationId,
      speakerId,
      purpose: 'access',
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
      proposal: null,
    });
    const [stored] = await service.query<{ token_digest: Buffer }>(
      'SELECT token_digest FROM speakers.invitation_links WHERE invitation_id = $1',
      [invitationId],
    );
    expect(stored?.token_digest.equals(createHash('sha256').update(minted.body.token).digest())).toBe(true);

    const redeemed = await redeem(minted.body.token);
    expect(redeemed.status).toBe(200);
    expect(redeemed.body).toMatchObject({ kind: 'speaker', subjectId: speakerId });
    const me = await self('GET', '/self/speakers/me', redeemed.body.accessToken);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(speakerId);

    expect((await redeem(minted.body.token)).body).toMatchObject({ reason: 'redeemed' });
    const again = await mint(invitationId);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ reason: 'redeemed' });
  });

  it('should keep an earlier minted link working when a retried send mints another', async () => {
    const speakerId = await createSpeaker();
    const invitationId = await inviteByEmail(speakerId);
    const first = (await mint(invitationId)).body.token as string;
    const second = (await mint(invitationId)).body.token as string;
    expect(second).not.toBe(first);
    expect((await redeem(first)).status).toBe(200);
    expect((await redeem(second)).body).toMatchObject({ reason: 'redeemed' });
  });

  it('should let exactly one of two links redeemed at once through', async () => {
    const invitationId = await inviteByEmail(await createSpeaker());
    const tokens = [(await mint(invitationId)).body.token, (await mint(invitationId)).body.token] as string[];
    const answers = await Promise.all(tokens.map((token) => redeem(token)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('should refuse expired and revoked invitations (409 saying which), minting nothing', async () => {
    const expiring = await createSpeaker();
    const expired = await inviteByEmail(expiring);
    const link = (await mint(expired)).body.token as string;
    await service.query(
      `UPDATE speakers.invitations SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired],
    );
    expect(await mint(expired)).toMatchObject({ status: 409, body: { reason: 'expired' } });
    expect((await redeem(link)).body).toMatchObject({ reason: 'expired' });

    // A newer invitation replaces an open one; revoking access ends every one.
    const replacedSpeaker = await createSpeaker();
    const replaced = await inviteByEmail(replacedSpeaker);
    await service.request('POST', `/speakers/${replacedSpeaker}/invitations`, { body: {} });
    expect(await mint(replaced)).toMatchObject({ status: 409, body: { reason: 'revoked' } });
    const revokedSpeaker = await createSpeaker();
    const revoked = await inviteByEmail(revokedSpeaker);
    const before = (await mint(revoked)).body.token as string;
    expect((await service.request('DELETE', `/speakers/${revokedSpeaker}/access`)).status).toBe(200);
    expect(await mint(revoked)).toMatchObject({ status: 409, body: { reason: 'revoked' } });
    expect((await redeem(before)).body).toMatchObject({ reason: 'revoked' });
    expect(
      await service.count(
        'SELECT count(*)::int AS n FROM speakers.invitation_links WHERE invitation_id = ANY($1::uuid[])',
        [[expired, replaced, revoked]],
      ),
    ).toBe(2);
  });

  it('should mint no more than 20 links for one invitation', async () => {
    const invitationId = await inviteByEmail(await createSpeaker());
    for (let i = 0; i < 20; i += 1) expect((await mint(invitationId)).status).toBe(201);
    expect(await mint(invitationId)).toMatchObject({ status: 409, body: { reason: 'too-many-links' } });
  });
});

describe('co-speaker invitations', () => {
  async function eventWithCall(): Promise<string> {
    const event = anEventPublished();
    await sendEventPublished(producer, event);
    await untilEventProjected(service, 'speakers.event_projections', event);
    const call = await service.request('PUT', `/speakers/events/${event.eventId}/call`, {
      body: {
        title: { ru: 'Приём докладов' },
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
        sessionTypes: ['talk'],
        criteria: [{ key: 'relevance', label: { ru: 'Актуальность' }, weight: 1 }],
      },
    });
    expect(call.status).toBe(201);
    return event.eventId;
  }

  async function signedIn(): Promise<{ id: string; token: string }> {
    const id = await createSpeaker({
      fullName: { kk: 'Асель Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
    });
    const link = await service.request('POST', `/speakers/${id}/invitations`, { body: {} });
    return { id, token: (await redeem(link.body.token)).body.accessToken };
  }

  async function submit(primaryToken: string, eventId: string, coSpeakers: Record<string, unknown>[]) {
    const submitted = await service.request('POST', '/self/speakers/me/proposals', {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: primaryToken },
      body: {
        eventId,
        title: { kk: 'Креативті экономика', ru: 'Креативная экономика', en: 'The creative economy' },
        abstract: { ru: 'Опыт регионов' },
        type: 'talk',
        durationMinutes: 30,
        language: 'ru',
        coSpeakers,
      },
    });
    expect(submitted.status).toBe(201);
    return submitted.body as {
      id: string;
      speakers: { speakerId: string }[];
      invitations: { token?: string; url: string }[];
    };
  }

  it('should e-mail each co-speaker an invitation naming the proposal, whose link lets them confirm', async () => {
    const eventId = await eventWithCall();
    const primary = await signedIn();
    const existing = await createSpeaker();
    const proposal = await submit(primary.token, eventId, [
      { speakerId: existing },
      { fullName: { ru: 'Дана Сериковна' }, email: `dana-${randomUUID().slice(0, 6)}@mail.example.kz` },
    ]);
    const newcomer = proposal.speakers[2]?.speakerId ?? '';
    const invitations = await eventually(
      async () => {
        const messages = [...issuedFor(existing), ...issuedFor(newcomer)];
        expect(messages).toHaveLength(2);
        return messages.map((message) => message.json as { invitationId: string });
      },
      { timeoutMs: 15_000 },
    );
    for (const [invitation, speakerId] of invitations.map(
      (json, i) => [json, [existing, newcomer][i]] as const,
    )) {
      expect(validateIssued(invitation)).toBeNull();
      expect(invitation).toMatchObject({
        speakerId,
        purpose: 'co-speaker',
        proposalId: proposal.id,
        eventId,
      });
    }
    const [first, second] = invitations.map((invitation) => invitation.invitationId) as [string, string];
    // The primary speaker is not invited to their own proposal.
    expect(issuedFor(primary.id)).toHaveLength(0);

    const minted = await mint(first);
    expect(minted.status).toBe(201);
    expect(minted.body).toMatchObject({
      speakerId: existing,
      purpose: 'co-speaker',
      proposal: {
        proposalId: proposal.id,
        eventId,
        title: { kk: 'Креативті экономика', ru: 'Креативная экономика', en: 'The creative economy' },
        primarySpeakerName: { kk: 'Асель Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
      },
    });
    const accessToken = (await redeem(minted.body.token)).body.accessToken as string;
    const confirmed = await self('POST', `/self/speakers/me/proposals/${proposal.id}/confirm`, accessToken);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.speakers.find((s: { speakerId: string }) => s.speakerId === existing).state).toBe(
      'confirmed',
    );
    // Answered: a later send has nothing to ask.
    const answered = await mint(first);
    expect(answered).toMatchObject({ status: 409, body: { reason: 'answered' } });

    // The newcomer's link from the answer (access) and the mailed co-speaker one live side by side.
    expect(
      (await redeem(new URL(proposal.invitations[0]?.url ?? 'https://missing').hash.replace('#token=', '')))
        .status,
    ).toBe(200);
    expect((await mint(second)).status).toBe(201);
  });

  it('should refuse a co-speaker link once the proposal is withdrawn', async () => {
    const eventId = await eventWithCall();
    const primary = await signedIn();
    const coSpeaker = await createSpeaker();
    const proposal = await submit(primary.token, eventId, [{ speakerId: coSpeaker }]);
    const [message] = await eventually(
      async () => {
        const messages = issuedFor(coSpeaker);
        expect(messages).toHaveLength(1);
        return messages;
      },
      { timeoutMs: 15_000 },
    );
    const invitationId = (message?.json as { invitationId: string }).invitationId;
    // An organiser's new access invitation does not replace the co-speaker's.
    await service.request('POST', `/speakers/${coSpeaker}/invitations`, { body: {} });
    expect((await mint(invitationId)).status).toBe(201);
    expect(
      (await self('POST', `/self/speakers/me/proposals/${proposal.id}/withdraw`, primary.token)).status,
    ).toBe(200);
    expect(await mint(invitationId)).toMatchObject({ status: 409, body: { reason: 'proposal-closed' } });
  });
});
