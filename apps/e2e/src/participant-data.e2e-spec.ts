import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { generateBin, generateIin } from '@jiyn/kz';
import { eventually } from '@jiyn/testing';
import { call } from './gateway-client';

/**
 * The participant's data through the gateway: an organiser sets the event's registration form, the
 * public reads it without a key, a participant registers with answers and consent, an integration
 * syncs the changes, and the organiser anonymises the registration.
 */
async function publishedEvent(): Promise<string> {
  const created = await call('POST', '/api/v1/events', {
    body: {
      slug: `e2e-form-${randomUUID().slice(0, 8)}`,
      title: { kk: 'Тіркеу формасы', ru: 'Форма регистрации', en: 'Registration form' },
      timeZone: 'Asia/Almaty',
      startsAt: '2030-03-05T09:00:00+05:00',
      endsAt: '2030-03-06T18:00:00+05:00',
      capacity: 10,
    },
  });
  expect(created.status).toBe(201);
  expect((await call('POST', `/api/v1/events/${created.body.id}/publish`)).status).toBe(200);
  return created.body.id as string;
}

const FORM = {
  questions: [
    {
      key: 'track',
      type: 'choice',
      label: { kk: 'Бағыт', ru: 'Направление', en: 'Track' },
      required: true,
      options: [
        { value: 'museums', label: { kk: 'Мұражайлар', ru: 'Музеи', en: 'Museums' } },
        { value: 'theatre', label: { kk: 'Театр', ru: 'Театр', en: 'Theatre' } },
      ],
    },
  ],
  consent: {
    operatorName: { kk: 'Министрлік', ru: 'Министерство', en: 'Ministry' },
    operatorBin: generateBin({
      year: 2012,
      month: 7,
      type: 'resident',
      attribute: 'head_office',
      serial: 777,
    }),
    purposes: { kk: 'Оқыту', ru: 'Обучение', en: 'Training' },
    dataCategories: ['fullName', 'email', 'iin', 'answers'],
    term: { kk: '90 күн', ru: '90 дней', en: '90 days' },
    thirdPartyTransfer: false,
    crossBorderTransfer: false,
    publication: false,
    textVersion: 'e2e-v1',
    text: { kk: 'Келісемін', ru: 'Согласен', en: 'I agree' },
  },
};

describe('participant data through the gateway', () => {
  it('should set a form, read it publicly, register with answers, sync and anonymise', async () => {
    const eventId = await publishedEvent();
    // The registrations service learns of the event from Kafka a moment after publishing.
    await eventually(
      async () =>
        expect(
          (await call('PUT', `/api/v1/registrations/events/${eventId}/form`, { body: FORM })).status,
        ).toBe(200),
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(
      (await call('PUT', `/api/v1/registrations/events/${eventId}/form`, { body: FORM, key: null })).status,
    ).toBe(401);

    const publicForm = await call('GET', `/api/v1/public/registrations/events/${eventId}/form?lang=ru`, {
      key: null,
    });
    expect(publicForm.status).toBe(200);
    expect(publicForm.body.questions[0]).toMatchObject({ key: 'track', label: 'Направление' });
    expect(publicForm.body.consent).toMatchObject({ textVersion: 'e2e-v1', text: 'Согласен' });
    expect(
      (await call('PUT', `/api/v1/public/registrations/events/${eventId}/form`, { body: FORM, key: null }))
        .status,
    ).toBe(405); // the public form is read-only: no method but GET

    const registration = {
      eventId,
      fullName: 'Әлия Нұрланқызы',
      email: `e2e-form-${randomUUID().slice(0, 8)}@akimat.example.kz`,
      iin: generateIin({ birthDate: '1992-05-17', sex: 'female', serial: 9700 }),
      regionCode: 'KZ-33',
      answers: { track: 'theatre' },
      consent: { textVersion: publicForm.body.consent.textVersion, accepted: true },
    };
    const refused = await call('POST', '/api/v1/registrations', {
      body: { ...registration, answers: { track: 'opera' } },
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'answers.track', code: 'isIn' })]);

    const created = await call('POST', '/api/v1/registrations', { body: registration });
    expect(created.status).toBe(201);
    expect(created.body.answers).toEqual({ track: 'theatre' });
    expect(created.body.consent).toMatchObject({
      textVersion: 'e2e-v1',
      operatorBin: FORM.consent.operatorBin,
    });
    const single = await call('GET', `/api/v1/registrations/${created.body.id}`);
    expect(single.body.consent).toMatchObject({
      textVersion: 'e2e-v1',
      terms: { operatorBin: FORM.consent.operatorBin },
    });

    const found = await call(
      'GET',
      `/api/v1/registrations?eventId=${eventId}&q=${encodeURIComponent('нұрлан')}`,
    );
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);

    const synced = await eventually(
      async () => {
        const page = await call('GET', `/api/v1/registrations/changes?eventId=${eventId}`);
        expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
        return page.body;
      },
      { timeoutMs: 10_000 },
    );

    const anonymised = await call('POST', `/api/v1/registrations/${created.body.id}/anonymise`);
    expect(anonymised.status).toBe(200);
    expect(anonymised.body).toMatchObject({ fullName: null, email: null, iin: null, regionCode: 'KZ-33' });
    const next = await eventually(
      async () => {
        const page = await call(
          'GET',
          `/api/v1/registrations/changes?eventId=${eventId}&cursor=${synced.nextCursor}`,
        );
        expect(page.body.items).toHaveLength(1);
        return page.body;
      },
      { timeoutMs: 10_000 },
    );
    expect(next.items[0]).toMatchObject({
      id: created.body.id,
      fullName: null,
      anonymisedAt: expect.any(String),
    });
  }, 90_000);
});
