import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import { eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * Speakers' invitations by e-mail with the real services together, through the gateway only: the
 * speakers service records the invitation and announces it on Kafka, the notifications service asks
 * it for the address and a freshly minted link and sends through the platform's SMTP server, and the
 * link read back from the mail signs the speaker in to self-service.
 */
const mailDir = testMailServer().mailDir;

async function theMailTo(to: string): Promise<ParsedMail> {
  const [received] = await eventually(
    async () => {
      const mails = await readMailbox(mailDir, to);
      expect(mails).toHaveLength(1);
      return mails;
    },
    { timeoutMs: 45_000, intervalMs: 250 },
  );
  if (!received) throw new Error(`no mail to ${to}`);
  return received.mail;
}

/** The link in the mail's text part: on the platform's address, the token in its fragment. */
function linkIn(mail: ParsedMail): URL {
  const found = /(https?:\/\/\S+#token=[A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
  expect(found).toBeDefined();
  const link = new URL(found ?? 'http://missing');
  expect(link.origin).toBe(new URL(platform().baseUrl).origin);
  return link;
}

async function signIn(link: URL): Promise<string> {
  const redeemed = await call('POST', '/api/v1/self/speakers/invitations/redeem', {
    key: null,
    body: { token: link.hash.replace('#token=', '') },
  });
  expect(redeemed.status).toBe(200);
  return redeemed.body.accessToken;
}

async function aSpeaker(languages: string[], email: string): Promise<string> {
  const created = await call('POST', '/api/v1/speakers', {
    body: {
      fullName: { kk: 'Мадина Оспанова', ru: 'Мадина Оспанова', en: 'Madina Ospanova' },
      languages,
      email,
    },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

const address = (tag: string) => `e2e-${tag}-${randomUUID().slice(0, 8)}@culture.example.kz`;

describe('speakers’ invitations by e-mail through the gateway', () => {
  it('should mail the link in the speaker’s language, and the link should sign them in', async () => {
    const to = address('invited');
    const speakerId = await aSpeaker(['kk'], to);
    const asked = await call('POST', `/api/v1/speakers/${speakerId}/invitations`, {
      body: { delivery: 'email' },
    });
    expect(asked.status).toBe(202);
    expect(asked.body).not.toHaveProperty('token');
    expect(asked.body).not.toHaveProperty('url');

    const mail = await theMailTo(to);
    expect(mail.headers.get('content-language')).toBe('kk');
    expect(mail.subject).toMatch(/сізді спикер ретінде шақырады$/);
    const link = linkIn(mail);
    const accessToken = await signIn(link);
    const me = await call('GET', '/api/v1/self/speakers/me', { key: accessToken });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(speakerId);

    // The token went from the speakers service into the mail and nowhere else: no app logged it.
    const logDir = process.env['JIYN_E2E_LOG_DIR'];
    if (!logDir) throw new Error('JIYN_E2E_LOG_DIR is not set: run e2e tests with `npm test`');
    const logs = (await readdir(logDir)).filter((name) => name.endsWith('.log'));
    expect(logs.length).toBeGreaterThanOrEqual(6);
    for (const file of logs) {
      const text = await readFile(join(logDir, file), 'utf8');
      expect({ file, token: text.includes(link.hash.replace('#token=', '')) }).toEqual({
        file,
        token: false,
      });
      expect({ file, address: text.includes(to) }).toEqual({ file, address: false });
    }
  }, 90_000);

  it('should refuse a delivery it does not know with a problem naming the field', async () => {
    const speakerId = await aSpeaker(['ru'], address('bad'));
    const answer = await call('POST', `/api/v1/speakers/${speakerId}/invitations`, {
      body: { delivery: 'sms' },
      headers: { 'accept-language': 'ru' },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'delivery', code: 'isIn' })]);
  });

  it('should mail a co-speaker named on a proposal, whose link lets them confirm', async () => {
    const created = await call('POST', '/api/v1/events', {
      body: {
        slug: `e2e-co-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Медиа форумы', ru: 'Медиафорум', en: 'Media Forum' },
        startsAt: '2030-02-05T09:00:00+05:00',
        endsAt: '2030-02-07T18:00:00+05:00',
        capacity: 60,
      },
    });
    expect(created.status).toBe(201);
    const eventId = created.body.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    await eventually(
      async () =>
        expect(
          (
            await call('PUT', `/api/v1/speakers/events/${eventId}/call`, {
              body: {
                title: { en: 'Call for talks' },
                opensAt: new Date(Date.now() - 3_600_000).toISOString(),
                closesAt: new Date(Date.now() + 86_400_000).toISOString(),
                sessionTypes: ['talk'],
                criteria: [{ key: 'relevance', label: { en: 'Relevance' }, weight: 1 }],
              },
            })
          ).status,
        ).toBe(201),
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    const primaryId = await aSpeaker(['ru'], address('primary'));
    const shown = await call('POST', `/api/v1/speakers/${primaryId}/invitations`, { body: {} });
    const primaryToken = await signIn(new URL(shown.body.url));
    const to = address('co');
    const coSpeakerId = await aSpeaker(['en'], to);
    const proposal = await call('POST', '/api/v1/self/speakers/me/proposals', {
      key: primaryToken,
      body: {
        eventId,
        title: { ru: 'Цифровые медиа', en: 'Digital media' },
        abstract: { en: 'What the regions learnt' },
        type: 'talk',
        durationMinutes: 30,
        language: 'en',
        coSpeakers: [{ speakerId: coSpeakerId }],
      },
    });
    expect(proposal.status).toBe(201);

    const mail = await theMailTo(to);
    expect(mail.subject).toBe('Media Forum: you are invited to co-present “Digital media”');
    expect(mail.text).toContain('Madina Ospanova has proposed “Digital media” for Media Forum');
    const link = linkIn(mail);
    expect(link.searchParams.get('proposal')).toBe(proposal.body.id);
    const coToken = await signIn(link);
    const confirmed = await call('POST', `/api/v1/self/speakers/me/proposals/${proposal.body.id}/confirm`, {
      key: coToken,
    });
    expect(confirmed.status).toBe(200);
    expect(
      confirmed.body.speakers.find((speaker: { speakerId: string }) => speaker.speakerId === coSpeakerId)
        ?.state,
    ).toBe('confirmed');
  }, 120_000);
});
