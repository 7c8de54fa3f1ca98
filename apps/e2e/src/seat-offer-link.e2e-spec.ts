import { describe, expect, it } from '@jest/globals';
import { randomInt, randomUUID } from 'node:crypto';
import { eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { call } from './gateway-client';

/**
 * The participant's browser: a client address of its own behind the proxy the gateway trusts in
 * the tests (127.0.0.1), so the self-service limit other files spend from 127.0.0.1 is not its.
 */
const BROWSER = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'x-forwarded-for': `192.0.2.${randomInt(1, 255)}`,
};
const TITLE = { kk: 'Орын ұсынысы', ru: 'Предложение места', en: 'A seat offer' };

/**
 * The whole way of a seat offered from the waitlist, with the real services behind the gateway and
 * the local SMTP server: the notifications service writes the `seat-offered` e-mail with a link whose
 * token registrations minted; a browser opens it (nothing happens), presses the button (the form
 * posts the token), and the seat is the participant's — who is then sent the confirmation.
 */
describe('the accept link of a seat offer’s e-mail, through the gateway', () => {
  it('should take the seat with the link of the e-mail, once', async () => {
    const created = await call('POST', '/api/v1/events', {
      body: {
        slug: `offer-link-${randomUUID().slice(0, 8)}`,
        title: TITLE,
        startsAt: '2030-03-05T09:00:00+05:00',
        endsAt: '2030-03-05T18:00:00+05:00',
        capacity: 1,
      },
    });
    expect(created.status).toBe(201);
    const eventId = created.body.id as string;
    expect((await call('POST', `/api/v1/events/${eventId}/publish`)).status).toBe(200);
    await eventually(
      async () =>
        expect(
          (
            await call('PUT', `/api/v1/registrations/events/${eventId}/settings`, {
              body: { promotion: 'offer', offerHours: 24 },
            })
          ).status,
        ).toBe(200),
      { timeoutMs: 30_000 },
    );
    const register = async (email: string) => {
      const answer = await call('POST', '/api/v1/registrations', {
        body: {
          eventId,
          fullName: 'Айгүл Серікқызы',
          email,
          regionCode: 'KZ-71',
          preferredLanguage: 'kk',
          consent: { textVersion: 'default-1', accepted: true },
        },
      });
      expect(answer.status).toBe(201);
      return answer.body as { id: string; status: string };
    };
    const holder = await register(`holder-${randomUUID().slice(0, 8)}@akimat.example.kz`);
    const address = `waiting-${randomUUID().slice(0, 8)}@akimat.example.kz`;
    const waiting = await register(address);
    expect([holder.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);
    expect((await call('POST', `/api/v1/registrations/${holder.id}/cancel`)).status).toBe(200);

    const { mailDir } = testMailServer();
    const offerMail = await eventually(
      async () => {
        const mails = (await readMailbox(mailDir, address)).filter(
          (received) => received.mail.headers.get('x-jiyn-template') === 'seat-offered',
        );
        expect(mails).toHaveLength(1);
        return mails[0]?.mail;
      },
      { timeoutMs: 60_000 },
    );
    expect(offerMail?.subject).toBe('Орын ұсынысы: сізге орын ұсынылды');
    const link = /Орынды қабылдау: (\S+)/.exec(offerMail?.text ?? '')?.[1] ?? '';
    expect(link).toMatch(/\/api\/v1\/self\/registrations\/offer\?token=[^&]+&lang=kk$/);

    // Opening the link (as a mail scanner would, several times) accepts nothing.
    for (let i = 0; i < 2; i += 1) {
      const opened = await fetch(link, { headers: BROWSER });
      expect(opened.status).toBe(200);
      expect(opened.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(opened.headers.get('referrer-policy')).toBe('no-referrer');
      const page = await opened.text();
      expect(page).toContain('«Орын ұсынысы» іс-шарасында');
      expect(page).toContain('Орынды қабылдау');
    }
    expect((await call('GET', `/api/v1/registrations/${waiting.id}`)).body.status).toBe('offered');

    // The button: the form posts the hidden token where its action points, relative to the page.
    const page = await (await fetch(link, { headers: BROWSER })).text();
    const action = /<form method="post" action="([^"]+)">/.exec(page)?.[1] ?? '';
    const token = /name="token" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const target = new URL(action, link).toString();
    const press = () =>
      fetch(target, {
        method: 'POST',
        headers: { ...BROWSER, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }).toString(),
      });
    const accepted = await press();
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('Орныңыз расталды');
    expect((await call('GET', `/api/v1/registrations/${waiting.id}`)).body.status).toBe('confirmed');

    const again = await press();
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Орын ұсынысы бұрын қабылданған');

    // The participant now gets the confirmation with the check-in code, as after any acceptance.
    await eventually(
      async () =>
        expect(
          (await readMailbox(mailDir, address)).filter(
            (received) => received.mail.headers.get('x-jiyn-template') === 'registration-confirmed',
          ),
        ).toHaveLength(1),
      { timeoutMs: 60_000 },
    );
  }, 180_000);
});
