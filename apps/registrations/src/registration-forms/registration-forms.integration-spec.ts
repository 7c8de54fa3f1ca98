import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@jiyn/contracts';
import { generateBin } from '@jiyn/kz';
import { fieldErrors } from '@jiyn/testing';
import { useServiceTestBed } from '@jiyn/service-harness';
import { RegistrationsAppModule } from '../app.module';
import { registrationsDatabase } from '../database/database';
import { RegistrationsEnvironment } from '../registrations.environment';
import { eventsKnownTo, participantsOf } from '../../test/builders';

const OPERATOR_BIN = generateBin({
  year: 2010,
  month: 4,
  type: 'resident',
  attribute: 'head_office',
  serial: 4321,
});

const { service, producer } = useServiceTestBed({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
  database: (url) => registrationsDatabase(url),
  probe: [TOPICS.registrations],
  env: { DEFAULT_CONSENT_OPERATOR_NAME: 'Jiyn Operator LLP', DEFAULT_CONSENT_OPERATOR_BIN: OPERATOR_BIN },
});

const participant = participantsOf({
  name: 'Форма Қатысушы',
  email: 'form',
  birthDate: '1985-06-01',
  sex: 'female',
  regionCode: 'KZ-35',
  first: 2000,
});

const knownEvent = eventsKnownTo({ service, producer }, { capacity: 100 });

const label = (kk: string, ru: string, en?: string) => ({ kk, ru, ...(en ? { en } : {}) });

function ministryForm(overrides: Record<string, unknown> = {}) {
  return {
    questions: [
      {
        key: 'department',
        type: 'text',
        label: label('Бөлім', 'Отдел', 'Department'),
        required: true,
        maxLength: 100,
      },
      {
        key: 'years',
        type: 'number',
        label: label('Еңбек өтілі', 'Стаж', 'Years of service'),
        required: false,
        min: 0,
        max: 60,
        integer: true,
      },
      {
        key: 'track',
        type: 'choice',
        label: label('Бағыт', 'Направление', 'Track'),
        required: true,
        options: [
          { value: 'museums', label: label('Мұражайлар', 'Музеи', 'Museums') },
          { value: 'theatre', label: label('Театр', 'Театр') },
        ],
      },
      {
        key: 'topics',
        type: 'multi-choice',
        label: label('Тақырыптар', 'Темы', 'Topics'),
        required: false,
        options: [
          { value: 'law', label: label('Құқық', 'Право', 'Law') },
          { value: 'finance', label: label('Қаржы', 'Финансы', 'Finance') },
          { value: 'media', label: label('Медиа', 'Медиа', 'Media') },
        ],
        maxSelections: 2,
      },
      {
        key: 'hotel',
        type: 'boolean',
        label: label('Қонақүй керек пе?', 'Нужна гостиница?', 'Need a hotel?'),
        required: true,
      },
      {
        key: 'arrival',
        type: 'date',
        label: label('Келу күні', 'Дата приезда', 'Arrival'),
        required: false,
        minDate: '2030-02-01',
        maxDate: '2030-02-05',
      },
    ],
    consent: {
      operatorName: label(
        'ҚР Мәдениет және ақпарат министрлігі',
        'Министерство культуры и информации РК',
        'Ministry of Culture and Information',
      ),
      operatorBin: OPERATOR_BIN,
      purposes: label('Оқытуды ұйымдастыру', 'Организация обучения', 'Organising the training'),
      dataCategories: ['fullName', 'email', 'iin', 'region', 'answers'],
      term: label(
        'Оқыту аяқталғаннан кейін 90 күн',
        '90 дней после окончания обучения',
        '90 days after the training',
      ),
      thirdPartyTransfer: true,
      thirdParties: label('ПРООН Қазақстан', 'ПРООН в Казахстане', 'UNDP Kazakhstan'),
      crossBorderTransfer: false,
      publication: false,
      textVersion: 'mci-2030-v1',
      text: label('Мен келісемін', 'Я согласен(на)', 'I agree'),
    },
    ...overrides,
  };
}

const ANSWERS = {
  department: 'Мәдениет бөлімі',
  track: 'museums',
  topics: ['law', 'media'],
  hotel: true,
  arrival: '2030-02-04',
};

describe('registration forms', () => {
  it('should serve the built-in default form until the organiser sets one, and 404 for unknown events', async () => {
    const event = await knownEvent();
    const organiser = await service.request('GET', `/registrations/events/${event.eventId}/form`);
    expect(organiser.status).toBe(200);
    expect(organiser.body).toMatchObject({
      eventId: event.eventId,
      version: 0,
      isDefault: true,
      questions: [],
      consent: {
        textVersion: 'default-1',
        operatorBin: OPERATOR_BIN,
        operatorName: { kk: 'Jiyn Operator LLP', ru: 'Jiyn Operator LLP' },
        thirdPartyTransfer: false,
        crossBorderTransfer: false,
      },
    });
    const anonymous = { id: 'anonymous', kind: 'anonymous' as const, grants: [] };
    const publicForm = await service.request(
      'GET',
      `/public/registrations/events/${event.eventId}/form?lang=ru`,
      {
        principal: anonymous,
      },
    );
    expect(publicForm.status).toBe(200);
    expect(publicForm.body.consent.text).toMatch(/Я даю согласие оператору Jiyn Operator LLP/);

    for (const path of [
      `/registrations/events/${randomUUID()}/form`,
      `/public/registrations/events/${randomUUID()}/form`,
    ])
      expect((await service.request('GET', path)).status).toBe(404);
    expect((await service.request('GET', '/registrations/events/not-a-uuid/form')).status).toBe(400);
  }, 60_000);

  it('should save a form, count its versions and serve it localised to the public with an ETag', async () => {
    const event = await knownEvent();
    const saved = await service.request('PUT', `/registrations/events/${event.eventId}/form`, {
      body: ministryForm(),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 1,
      isDefault: false,
      consent: { textVersion: 'mci-2030-v1' },
    });
    expect(saved.body.questions).toHaveLength(6);

    const read = await service.request('GET', `/registrations/events/${event.eventId}/form`);
    expect(read.body).toEqual(saved.body);

    const kk = await service.request('GET', `/public/registrations/events/${event.eventId}/form`, {
      headers: { 'accept-language': 'kk-KZ, ru;q=0.8' },
    });
    expect(kk.status).toBe(200);
    expect(kk.headers['content-language']).toBe('kk');
    expect(kk.body.language).toBe('kk');
    expect(kk.body.questions[0]).toEqual({
      key: 'department',
      type: 'text',
      label: 'Бөлім',
      required: true,
      maxLength: 100,
    });
    expect(kk.body.consent).toMatchObject({
      operatorName: 'ҚР Мәдениет және ақпарат министрлігі',
      operatorBin: OPERATOR_BIN,
      thirdParties: 'ПРООН Қазақстан',
      textVersion: 'mci-2030-v1',
      text: 'Мен келісемін',
    });
    // ?lang wins over Accept-Language; English falls back to Russian where a label has no English.
    const en = await service.request('GET', `/public/registrations/events/${event.eventId}/form?lang=en`, {
      headers: { 'accept-language': 'kk' },
    });
    expect(en.body.questions[2].options).toEqual([
      { value: 'museums', label: 'Museums' },
      { value: 'theatre', label: 'Театр' },
    ]);
    const notModified = await service.request(
      'GET',
      `/public/registrations/events/${event.eventId}/form?lang=en`,
      {
        headers: { 'if-none-match': en.headers['etag'] as string },
      },
    );
    expect(notModified.status).toBe(304);

    const changed = ministryForm();
    changed.questions = changed.questions.slice(0, 2);
    const second = await service.request('PUT', `/registrations/events/${event.eventId}/form`, {
      body: changed,
    });
    expect(second.body.version).toBe(2);
    const after = await service.request('GET', `/public/registrations/events/${event.eventId}/form?lang=en`, {
      headers: { 'if-none-match': en.headers['etag'] as string },
    });
    expect(after.status).toBe(200);
    expect(after.body.questions).toHaveLength(2);
  }, 60_000);

  it('should refuse a bad form field by field and keep the old one', async () => {
    const event = await knownEvent();
    await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: ministryForm() });
    const bad = ministryForm({
      questions: [
        { key: 'Bad Key', type: 'text', label: label('а', 'б'), required: true },
        { key: 'x', type: 'rating', label: label('а', 'б'), required: true },
        {
          key: 'y',
          type: 'choice',
          label: { en: 'English only' },
          required: true,
          options: [{ value: 'a', label: label('а', 'б') }],
          min: 1,
        },
        { key: 'y', type: 'number', label: label('а', 'б'), required: true },
      ],
    });
    (bad.consent as Record<string, unknown>)['operatorBin'] = '100140011058';
    const refused = await service.request('PUT', `/registrations/events/${event.eventId}/form`, {
      body: bad,
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'questions[0].key:matches',
        'questions[1].type:isIn',
        'consent.operatorBin:isBin',
      ]),
    );
    // Cross-field rules are checked once the shape is right.
    const crossField = ministryForm({ questions: bad.questions.slice(2) });
    const refusedAgain = await service.request('PUT', `/registrations/events/${event.eventId}/form`, {
      body: crossField,
      headers: { 'accept-language': 'ru' },
    });
    expect(refusedAgain.status).toBe(400);
    expect(refusedAgain.body.errors).toEqual([
      expect.objectContaining({ field: 'questions[0].min', code: 'notForType' }),
      expect.objectContaining({
        field: 'questions[0].label',
        code: 'multilingualRequired',
        message: expect.stringMatching(/kk, ru/),
      }),
      expect.objectContaining({
        field: 'questions[1].key',
        code: 'duplicateKey',
        message: 'Значение поля questions[1].key повторяется',
      }),
    ]);
    const kept = await service.request('GET', `/registrations/events/${event.eventId}/form`);
    expect(kept.body.version).toBe(1);
    expect(kept.body.questions).toHaveLength(6);
  }, 60_000);

  it('should refuse arrays where the consent, questions and options belong instead of failing', async () => {
    const event = await knownEvent();
    const path = `/registrations/events/${event.eventId}/form`;
    await service.request('PUT', path, { body: ministryForm() });
    const empty = await service.request('PUT', path, { body: { questions: [], consent: [] } });
    expect(empty.status).toBe(400);
    expect(fieldErrors(empty.body)).toEqual(['consent:isObject']);
    const lists = await service.request('PUT', path, { body: ministryForm({ questions: [[]] }) });
    expect(lists.status).toBe(400);
    expect(fieldErrors(lists.body)).toEqual(['questions:objectItems']);
    const form = ministryForm();
    const nested = ministryForm({
      questions: [
        { ...form.questions[2], label: [], options: [[], []] },
        { ...form.questions[0], help: [[]] },
      ],
      consent: { ...form.consent, operatorName: [], thirdParties: [[]] },
    });
    const deeper = await service.request('PUT', path, { body: nested });
    expect(deeper.status).toBe(400);
    expect(fieldErrors(deeper.body).sort()).toEqual([
      'consent.operatorName:isObject',
      'consent.thirdParties:isObject',
      'questions[0].label:isObject',
      'questions[0].options:objectItems',
      'questions[1].help:isObject',
    ]);
    const kept = await service.request('GET', path);
    expect(kept.body.version).toBe(1);
    expect(kept.body.questions).toHaveLength(6);
  }, 60_000);

  it('should take a null constraint as no constraint, and a choice with null options as one without', async () => {
    const event = await knownEvent();
    const path = `/registrations/events/${event.eventId}/form`;
    const [department, years, track] = ministryForm().questions;
    const noOptions = await service.request('PUT', path, {
      body: ministryForm({ questions: [{ ...track, options: null }] }),
    });
    expect(noOptions.status).toBe(400);
    expect(fieldErrors(noOptions.body)).toEqual(['questions[0].options:isDefined']);
    expect((await service.request('GET', path)).body.isDefault).toBe(true);

    const saved = await service.request('PUT', path, {
      body: ministryForm({
        questions: [
          { ...department, maxLength: null, options: null },
          { ...years, min: null, max: 60, integer: null, minDate: null },
        ],
      }),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.questions).toEqual([
      { key: 'department', type: 'text', label: department.label, required: true },
      { key: 'years', type: 'number', label: years.label, required: false, max: 60 },
    ]);
    // A null minimum is no minimum: a negative answer is not measured against it.
    const answered = await service.request('POST', '/registrations', {
      body: participant(event.eventId, {
        answers: { department: 'Мәдениет', years: -1 },
        consent: { textVersion: 'mci-2030-v1', accepted: true },
      }),
    });
    expect(answered.status).toBe(201);
  }, 60_000);

  it('should insist on a new consent text version when the consent terms change', async () => {
    const event = await knownEvent();
    await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: ministryForm() });
    const changed = ministryForm();
    changed.consent.crossBorderTransfer = true;
    (changed.consent as Record<string, unknown>)['crossBorderDetails'] = label('Ресей', 'Россия');
    const sameVersion = await service.request('PUT', `/registrations/events/${event.eventId}/form`, {
      body: changed,
    });
    expect(sameVersion.status).toBe(400);
    expect(sameVersion.body.errors).toEqual([
      expect.objectContaining({ field: 'consent.textVersion', code: 'consentVersionUnchanged' }),
    ]);
    changed.consent.textVersion = 'mci-2030-v2';
    expect(
      (await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: changed })).status,
    ).toBe(200);
    // Reusing the built-in version for other terms is the same mistake.
    const other = await knownEvent();
    const reuse = ministryForm();
    reuse.consent.textVersion = 'default-1';
    expect(
      (await service.request('PUT', `/registrations/events/${other.eventId}/form`, { body: reuse })).status,
    ).toBe(400);
  }, 60_000);

  it('should store answers and the consent record with the registration and show them back', async () => {
    const event = await knownEvent();
    await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: ministryForm() });
    const before = Date.now();
    const created = await service.request('POST', '/registrations', {
      body: participant(event.eventId, {
        answers: { ...ANSWERS, department: '  Мәдениет бөлімі ' },
        consent: { textVersion: 'mci-2030-v1', accepted: true },
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body.answers).toEqual(ANSWERS);
    expect(created.body.consent).toMatchObject({
      accepted: true,
      textVersion: 'mci-2030-v1',
      channel: 'admin',
      operatorBin: OPERATOR_BIN,
    });
    const single = await service.request('GET', `/registrations/${created.body.id}`);
    expect(single.body.consent).toMatchObject({
      accepted: true,
      textVersion: 'mci-2030-v1',
      terms: {
        operatorBin: OPERATOR_BIN,
        thirdPartyTransfer: true,
        crossBorderTransfer: false,
        textVersion: 'mci-2030-v1',
      },
    });
    expect(new Date(created.body.consent.givenAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const [row] = await service.query<{ answers: unknown; consent: { terms: { purposes: unknown } } }>(
      'SELECT answers, consent FROM registrations.registrations WHERE id = $1',
      [created.body.id],
    );
    expect(row?.answers).toEqual(ANSWERS);
    expect(row?.consent.terms.purposes).toEqual(
      label('Оқытуды ұйымдастыру', 'Организация обучения', 'Organising the training'),
    );

    // The form changes: the stored answers and the consent snapshot stay as they were given.
    const changed = ministryForm({ questions: [] });
    changed.consent.textVersion = 'mci-2030-v2';
    changed.consent.thirdPartyTransfer = false;
    delete (changed.consent as Record<string, unknown>)['thirdParties'];
    expect(
      (await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: changed })).status,
    ).toBe(200);
    const again = await service.request('GET', `/registrations/${created.body.id}`);
    expect(again.body.answers).toEqual(ANSWERS);
    expect(again.body.consent.terms.thirdPartyTransfer).toBe(true);
    // New registrations follow the new form: the old answers are now unknown questions.
    const old = await service.request('POST', '/registrations', {
      body: participant(event.eventId, {
        answers: ANSWERS,
        consent: { textVersion: 'mci-2030-v2', accepted: true },
      }),
    });
    expect(old.status).toBe(400);
    expect(old.body.errors.map((e: { code: string }) => e.code)).toEqual(Array(5).fill('unknownQuestion'));
  }, 60_000);

  it('should refuse bad answers and consent field by field, in the caller language, and write nothing', async () => {
    const event = await knownEvent();
    await service.request('PUT', `/registrations/events/${event.eventId}/form`, { body: ministryForm() });
    const count = () =>
      service.count('SELECT count(*)::int AS n FROM registrations.registrations WHERE event_id = $1', [
        event.eventId,
      ]);
    const seats = () =>
      service.count('SELECT sum(taken)::int AS n FROM registrations.seat_buckets WHERE event_id = $1', [
        event.eventId,
      ]);

    const refused = await service.request('POST', '/registrations', {
      body: participant(event.eventId, {
        answers: {
          department: '',
          years: 2.5,
          track: 'opera',
          topics: ['law', 'law'],
          hotel: 'yes',
          arrival: '2030-02-31',
          shoe_size: 42,
        },
        consent: { textVersion: 'default-1', accepted: false },
      }),
      headers: { 'accept-language': 'kk' },
    });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    const errors = refused.body.errors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'answers.shoe_size:unknownQuestion',
      'answers.department:answerRequired',
      'answers.years:isInt',
      'answers.track:isIn',
      'answers.topics[1]:duplicateOption',
      'answers.hotel:isBoolean',
      'answers.arrival:isDate',
      'consent.accepted:consentNotAccepted',
      'consent.textVersion:consentVersionMismatch',
    ]);
    expect(errors.find((e) => e.code === 'consentVersionMismatch')?.message).toContain('mci-2030-v1');
    expect(errors.find((e) => e.code === 'answerRequired')?.message).toBe(
      'answers.department сұрағына жауап беру міндетті',
    );

    const missingConsent = participant(event.eventId, { answers: ANSWERS }) as Record<string, unknown>;
    delete missingConsent['consent'];
    const noConsent = await service.request('POST', '/registrations', { body: missingConsent });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors).toEqual([expect.objectContaining({ field: 'consent', code: 'isDefined' })]);
    const listConsent = await service.request('POST', '/registrations', {
      body: participant(event.eventId, { answers: ANSWERS, consent: [] }),
    });
    expect(listConsent.status).toBe(400);
    expect(fieldErrors(listConsent.body)).toEqual(['consent:isObject']);

    const shapes = await service.request('POST', '/registrations', {
      body: participant(event.eventId, {
        answers: ['museums'],
        consent: { textVersion: 7, accepted: 'yes', extra: 1 },
      }),
    });
    expect(shapes.status).toBe(400);
    expect(shapes.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'answers:isObject',
        'consent.textVersion:isString',
        'consent.accepted:isBoolean',
        'consent.extra:whitelistValidation',
      ]),
    );
    expect(await count()).toBe(0);
    expect(await seats()).toBe(0);
  }, 60_000);
});
