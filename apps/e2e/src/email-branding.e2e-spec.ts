import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ROLE_SCOPES } from '@jiyn/auth';
import { eventually, readMailbox, testMailServer } from '@jiyn/testing';
import { call, platform } from './gateway-client';

/**
 * The whole way through the five apps: an organisation's owner brands its e-mail at the gateway, a
 * participant registers for its event, and the confirmation arrives with the logo, the colour and
 * the signature (read by the notifications service from the gateway's internal profile); the
 * organiser then finds the message in the e-mail log, by registration, and cannot send it twice.
 */
describe("an organisation's branded e-mail, and its log", () => {
  it('should brand the confirmation as the owner set it, and show it in the log', async () => {
    // A new organisation: the e-mail service keeps what it read of one for five minutes.
    const slug = `brand-${randomUUID().slice(0, 8)}`;
    const organisation = await call('POST', '/api/v1/organisations', {
      key: platform().breakGlassKey,
      body: { slug, name: { kk: 'Алматы әкімдігі', ru: 'Акимат Алматы', en: 'Almaty akimat' } },
    });
    expect(organisation.status).toBe(201);
    const owner = await call('POST', '/api/v1/api-keys', {
      key: platform().breakGlassKey,
      body: { organisationId: organisation.body.id, name: 'owner', scopes: ROLE_SCOPES.owner },
    });
    expect(owner.status).toBe(201);
    const key = owner.body.secret as string;
    const logo = 'https://almaty.gov.kz/static/akimat-logo-320x96.png';
    const branded = await call('PATCH', `/api/v1/organisations/${organisation.body.id}`, {
      key,
      body: {
        brandColour: '#7c2d12',
        logoUrl: logo,
        emailFooter: { ru: 'Акимат города Алматы\nпл. Республики, 4' },
      },
    });
    expect(branded.status).toBe(200);

    const event = await call('POST', '/api/v1/events', {
      key,
      body: {
        slug: `brand-day-${randomUUID().slice(0, 8)}`,
        title: { kk: 'Қала күні', ru: 'День города', en: 'City day' },
        startsAt: '2030-09-12T10:00:00+05:00',
        endsAt: '2030-09-12T20:00:00+05:00',
        capacity: 100,
      },
    });
    expect(event.status).toBe(201);
    expect((await call('POST', `/api/v1/events/${event.body.id}/publish`, { key })).status).toBe(200);
    const email = `brand-${randomUUID().slice(0, 8)}@akimat.example.kz`;
    const registration = await eventually(
      async () => {
        const created = await call('POST', '/api/v1/registrations', {
          key,
          body: {
            eventId: event.body.id,
            fullName: 'Оспанова Дана',
            email,
            regionCode: 'KZ-75',
            preferredLanguage: 'ru',
            consent: { textVersion: 'default-1', accepted: true },
          },
        });
        expect(created.status).toBe(201);
        return created;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    const mail = await eventually(
      async () => {
        const received = await readMailbox(testMailServer().mailDir, email);
        expect(received).toHaveLength(1);
        return received[0]?.mail;
      },
      { timeoutMs: 30_000 },
    );
    expect(mail?.subject).toBe('День города: регистрация подтверждена');
    const html = String(mail?.html);
    expect(html).toMatch(new RegExp(`<img[^>]+src="${logo.replaceAll('.', '\\.')}"[^>]*>`));
    expect(html).toContain('alt="Акимат Алматы"');
    expect(html).toContain('background-color:#7c2d12');
    expect(html).toContain('Акимат города Алматы<br />пл. Республики, 4');
    expect(String(mail?.text)).toContain('--\nАкимат города Алматы\nпл. Республики, 4\n');
    expect(String(mail?.text)).not.toMatch(/<[a-z/]/i);

    const log = await call(
      'GET',
      `/api/v1/notifications/email/deliveries?eventId=${event.body.id}&recipientRef=${registration.body.id}`,
      { key },
    );
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        template: 'registration-confirmed',
        status: 'sent',
        language: 'ru',
        messageId: mail?.messageId,
      }),
    ]);
    expect(JSON.stringify(log.body)).not.toContain(email);
    const again = await call(
      'POST',
      `/api/v1/notifications/email/deliveries/${log.body.items[0].id}/resend`,
      {
        key,
      },
    );
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  }, 120_000);
});
