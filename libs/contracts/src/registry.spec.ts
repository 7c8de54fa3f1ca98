import { describe, expect, it } from '@jest/globals';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENT_CONTRACTS, EVENT_TYPES, TOPICS, checkEventPayload, type EventType } from './index';

const ajv = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true }));
const contracts = Object.entries(EVENT_CONTRACTS) as [EventType, (typeof EVENT_CONTRACTS)[EventType]][];

const SESSION_EXAMPLE = {
  sessionId: '0190a1b2-0000-7000-8000-000000000010',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  version: 3,
  title: {
    kk: 'Шығармашылық экономика негіздері',
    ru: 'Основы креативной экономики',
    en: 'Basics of the creative economy',
  },
  type: 'keynote',
  language: 'ru',
  trackId: '0190a1b2-0000-7000-8000-000000000011',
  roomId: '0190a1b2-0000-7000-8000-000000000012',
  startsAt: '2024-02-05T03:30:00.000Z',
  endsAt: '2024-02-05T04:30:00.000Z',
  capacity: 60,
  status: 'confirmed',
  speakerIds: ['0190a1b2-0000-7000-8000-000000000003'],
  occurredAt: '2024-01-25T10:00:00.000Z',
};

const SURVEY_WINDOW = {
  surveyId: '0190a1b2-0000-7000-8000-000000000020',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  purpose: 'post-test',
  preTestId: '0190a1b2-0000-7000-8000-000000000021',
  scope: 'day',
  day: '2024-02-09',
  sessionId: null,
  anonymous: true,
  opensAt: '2024-02-09T09:00:00.000Z',
  closesAt: '2024-02-09T13:00:00.000Z',
  questionCount: 10,
  responseCount: 0,
  occurredAt: '2024-02-09T09:00:00.000Z',
};

const REGISTRATION_CHANGE = {
  registrationId: '0190a1b2-0000-7000-8000-000000000002',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  version: 2,
  status: 'confirmed',
  previousStatus: 'waitlisted',
  regionCode: 'KZ-71',
  sex: 'female',
  ageBand: '25-34',
  channel: 'import',
  participantKey: 'a'.repeat(64),
  offerExpiresAt: '2024-01-22T10:00:00.000Z',
  checkInDay: '2024-02-05',
  sessionId: '0190a1b2-0000-7000-8000-000000000010',
  occurredAt: '2024-01-21T10:00:00.000Z',
};

const PROPOSAL_EXAMPLE = {
  proposalId: '0190a1b2-0000-7000-8000-000000000020',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  version: 2,
  status: 'accepted',
  title: { kk: 'Креативті индустриялар', ru: 'Креативные индустрии', en: 'Creative industries' },
  abstract: { ru: 'Опыт регионов', en: 'What the regions learnt' },
  type: 'talk',
  trackId: '0190a1b2-0000-7000-8000-000000000011',
  durationMinutes: 30,
  language: 'ru',
  speakerIds: ['0190a1b2-0000-7000-8000-000000000003'],
  occurredAt: '2024-01-21T10:00:00.000Z',
};

/** One valid payload per event type, with every optional property filled in. */
const EXAMPLES: Record<EventType, Record<string, unknown>> = {
  [EVENT_TYPES.eventUpdated]: {
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    version: 3,
    slug: 'creative-industries-astana-2024',
    timeZone: 'Asia/Almaty',
    startsAt: '2024-02-05T03:00:00.000Z',
    endsAt: '2024-02-07T12:00:00.000Z',
    capacity: 80,
    registrationOpensAt: '2024-01-15T03:00:00.000Z',
    registrationClosesAt: '2024-02-04T12:00:00.000Z',
    cancellationDeadline: '2024-02-03T12:00:00.000Z',
    requiresApproval: true,
    waitlistEnabled: true,
    publishedAt: '2024-01-10T08:30:00.000Z',
    status: 'published',
  },
  [EVENT_TYPES.schedulePublished]: {
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    version: 2,
    name: 'v2: day 2 rooms swapped',
    changes: {
      added: ['0190a1b2-0000-7000-8000-000000000013'],
      moved: [
        {
          sessionId: '0190a1b2-0000-7000-8000-000000000010',
          from: {
            roomId: '0190a1b2-0000-7000-8000-000000000012',
            startsAt: '2024-02-05T03:30:00.000Z',
            endsAt: '2024-02-05T04:30:00.000Z',
          },
          to: { roomId: null, startsAt: null, endsAt: null },
        },
      ],
      changed: ['0190a1b2-0000-7000-8000-000000000014'],
      cancelled: ['0190a1b2-0000-7000-8000-000000000015'],
    },
    publishedAt: '2024-01-30T09:00:00.000Z',
  },
  [EVENT_TYPES.sessionCreated]: SESSION_EXAMPLE,
  [EVENT_TYPES.sessionUpdated]: SESSION_EXAMPLE,
  [EVENT_TYPES.sessionScheduled]: SESSION_EXAMPLE,
  [EVENT_TYPES.sessionMoved]: SESSION_EXAMPLE,
  [EVENT_TYPES.sessionCancelled]: { ...SESSION_EXAMPLE, status: 'cancelled' },
  [EVENT_TYPES.eventPublished]: {
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    version: 2,
    slug: 'creative-industries-astana-2024',
    timeZone: 'Asia/Almaty',
    startsAt: '2024-02-05T03:00:00.000Z',
    endsAt: '2024-02-07T12:00:00.000Z',
    capacity: 60,
    registrationOpensAt: '2024-01-15T03:00:00.000Z',
    registrationClosesAt: null,
    cancellationDeadline: null,
    requiresApproval: false,
    waitlistEnabled: true,
    publishedAt: '2024-01-10T08:30:00.000Z',
  },
  [EVENT_TYPES.registrationCreated]: {
    registrationId: '0190a1b2-0000-7000-8000-000000000002',
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    version: 1,
    status: 'confirmed',
    regionCode: 'KZ-71',
    sex: 'female',
    ageBand: '25-34',
    channel: 'admin',
    participantKey: 'a'.repeat(64),
    occurredAt: '2024-01-20T10:00:00.000Z',
  },
  [EVENT_TYPES.speakerCreated]: {
    speakerId: '0190a1b2-0000-7000-8000-000000000003',
    version: 1,
    fullName: { kk: 'Әсел Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
    position: { en: 'Expert' },
    languages: ['kk', 'ru'],
    occurredAt: '2024-01-20T10:00:00.000Z',
  },
  [EVENT_TYPES.speakerAvailabilityChanged]: {
    speakerId: '0190a1b2-0000-7000-8000-000000000003',
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    version: 2,
    ranges: [
      { startsAt: '2024-02-05T03:00:00.000Z', endsAt: '2024-02-05T07:00:00.000Z' },
      { startsAt: '2024-02-06T08:00:00.000Z', endsAt: '2024-02-06T12:00:00.000Z' },
    ],
    occurredAt: '2024-01-22T10:00:00.000Z',
  },
  [EVENT_TYPES.speakerInvitationIssued]: {
    invitationId: '0190a1b2-0000-7000-8000-0000000000c1',
    speakerId: '0190a1b2-0000-7000-8000-000000000003',
    organisationId: '0190a1b2-0000-7000-8000-0000000000a1',
    purpose: 'co-speaker',
    proposalId: '0190a1b2-0000-7000-8000-0000000000b1',
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    expiresAt: '2024-01-25T10:00:00.000Z',
    occurredAt: '2024-01-22T10:00:00.000Z',
  },
  [EVENT_TYPES.registrationConfirmed]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationWaitlisted]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationOffered]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationOfferExpired]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationPromoted]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationApproved]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationRejected]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationCancelled]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationCheckedIn]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationCheckInReverted]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationUpdated]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationAnonymised]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationSessionSignedUp]: REGISTRATION_CHANGE,
  [EVENT_TYPES.registrationSessionSignUpCancelled]: REGISTRATION_CHANGE,
  [EVENT_TYPES.proposalSubmitted]: PROPOSAL_EXAMPLE,
  [EVENT_TYPES.proposalWithdrawn]: PROPOSAL_EXAMPLE,
  [EVENT_TYPES.proposalAccepted]: PROPOSAL_EXAMPLE,
  [EVENT_TYPES.proposalRejected]: PROPOSAL_EXAMPLE,
  [EVENT_TYPES.speakerUpdated]: {
    speakerId: '0190a1b2-0000-7000-8000-000000000003',
    version: 2,
    fullName: { kk: 'Әсел Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
    position: { en: 'Senior expert' },
    languages: ['kk', 'ru', 'en'],
    occurredAt: '2024-01-21T10:00:00.000Z',
  },
  [EVENT_TYPES.speakerDeleted]: {
    speakerId: '0190a1b2-0000-7000-8000-000000000003',
    version: 3,
    occurredAt: '2024-01-22T10:00:00.000Z',
  },
  [EVENT_TYPES.feedbackSubmitted]: {
    feedbackId: '0190a1b2-0000-7000-8000-000000000004',
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    sessionId: '0190a1b2-0000-7000-8000-000000000005',
    version: 1,
    rating: 5,
    occurredAt: '2024-02-07T12:30:00.000Z',
  },
  [EVENT_TYPES.surveyOpened]: SURVEY_WINDOW,
  [EVENT_TYPES.surveyClosed]: { ...SURVEY_WINDOW, responseCount: 42, occurredAt: '2024-02-09T13:00:00.000Z' },
  [EVENT_TYPES.feedbackSubmittedV2]: {
    surveyId: '0190a1b2-0000-7000-8000-000000000006',
    eventId: '0190a1b2-0000-7000-8000-000000000001',
    scope: 'session',
    purpose: 'evaluation',
    day: '2024-02-07',
    sessionId: '0190a1b2-0000-7000-8000-000000000005',
    anonymous: true,
    registrationId: null,
    responseId: null,
    ratings: [{ questionId: '0190a1b2-0000-7000-8000-000000000007', rating: 9 }],
    choices: [{ questionId: '0190a1b2-0000-7000-8000-000000000008', choiceIds: ['a', 'c'] }],
    score: null,
    maxScore: null,
    occurredAt: '2024-02-07T12:30:00.000Z',
  },
  [EVENT_TYPES.webhookEndpointDisabled]: {
    endpointId: '0190a1b2-0000-7000-8000-0000000000e1',
    organisationId: '0190a1b2-0000-7000-8000-0000000000a1',
    reason: 'failing',
    failingSince: '2024-02-02T08:00:00.000Z',
    occurredAt: '2024-02-07T08:00:05.000Z',
  },
};

const PERSONAL_DATA = /^(iin|e-?mail|phone|phoneNumber|full_?name|first_?name|last_?name|name|comments?)$/i;

/** Every property name a schema declares, at any depth. */
function declaredProperties(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as { properties?: Record<string, unknown>; items?: unknown };
  const own = Object.entries(node.properties ?? {});
  return [
    ...own.map(([name]) => name),
    ...own.flatMap(([, child]) => declaredProperties(child)),
    ...declaredProperties(node.items),
  ];
}

async function verdicts(type: EventType, data: Record<string, unknown>) {
  const check = await checkEventPayload(type, data);
  const validate =
    ajv.getSchema(EVENT_CONTRACTS[type].schema.$id) ?? ajv.compile(EVENT_CONTRACTS[type].schema);
  return { payloadClass: check.ok, jsonSchema: validate(data) };
}

function without(data: Record<string, unknown>, property: string): Record<string, unknown> {
  const { [property]: _removed, ...rest } = data;
  return rest;
}

/** Absence, null and a value of every JSON type: what each property is replaced with in turn. */
const REPLACEMENTS = [undefined, null, 'x', 0, 1.5, true, [], {}];

/** Copies of `data` with one property (at any depth, arrays through their first item) replaced. */
function mutations(data: unknown, path: string[] = []): { path: string; data: unknown }[] {
  const children: [string, unknown][] = Array.isArray(data)
    ? data.slice(0, 1).map((item, index) => [String(index), item])
    : typeof data === 'object' && data !== null
      ? Object.entries(data)
      : [];
  return children.flatMap(([key, child]) => [
    ...REPLACEMENTS.map((replacement) => ({
      path: [...path, key].join('.'),
      data: replaced(data, key, replacement),
    })),
    ...mutations(child, [...path, key]).map((inner) => ({
      path: inner.path,
      data: replaced(data, key, inner.data),
    })),
  ]);
}

function replaced(data: unknown, key: string, value: unknown): unknown {
  if (Array.isArray(data)) return data.map((item, index) => (String(index) === key ? value : item));
  const { [key]: _old, ...rest } = data as Record<string, unknown>;
  return value === undefined ? rest : { ...(data as object), [key]: value };
}

describe('event contracts registry', () => {
  it('should cover every event type, each on a known topic', () => {
    expect(Object.keys(EVENT_CONTRACTS).sort()).toEqual(Object.values(EVENT_TYPES).sort());
    for (const [type, contract] of contracts) {
      expect(contract.type).toBe(type);
      expect(Object.values(TOPICS)).toContain(contract.topic);
    }
  });

  it('should name each schema after its type', () => {
    for (const [type, contract] of contracts) {
      expect(contract.schema['title']).toBe(type);
      expect(contract.schema.$id.endsWith(`/${type}.json`)).toBe(true);
      expect(contract.schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it.each(contracts.map(([type]) => type))(
    'should accept a valid %s in both class and schema',
    async (type) => {
      expect(await verdicts(type, EXAMPLES[type])).toEqual({ payloadClass: true, jsonSchema: true });
    },
  );

  it.each(contracts.map(([type]) => type))('should refuse %s with an extra iin in both', async (type) => {
    expect(await verdicts(type, { ...EXAMPLES[type], iin: '900101300001' })).toEqual({
      payloadClass: false,
      jsonSchema: false,
    });
  });

  it.each(contracts.map(([type]) => type))(
    'should agree with the schema on which %s properties are required',
    async (type) => {
      const { schema } = EVENT_CONTRACTS[type];
      for (const property of Object.keys(schema['properties'] as object)) {
        const required = (schema['required'] as string[]).includes(property);
        const verdict = await verdicts(type, without(EXAMPLES[type], property));
        expect({ property, ...verdict }).toEqual({
          property,
          payloadClass: !required,
          jsonSchema: !required,
        });
      }
    },
  );

  it.each(contracts.map(([type]) => type))(
    'should judge every one-property mutation of %s alike in class and schema',
    async (type) => {
      const all = mutations(EXAMPLES[type]);
      expect(all.length).toBeGreaterThan(20);
      for (const { path, data } of all) {
        const { payloadClass, jsonSchema } = await verdicts(type, data as Record<string, unknown>);
        expect({ path, data, payloadClass }).toEqual({ path, data, payloadClass: jsonSchema });
      }
    },
  );

  it('should refuse null where schema and type allow only absence, and absence where they allow only null', async () => {
    const cases: [EventType, Record<string, unknown>][] = [
      [EVENT_TYPES.speakerCreated, { position: null }],
      [EVENT_TYPES.speakerCreated, { fullName: { kk: null } }],
      [EVENT_TYPES.sessionCreated, { title: { en: null } }],
      [EVENT_TYPES.proposalAccepted, { abstract: { ru: null } }],
      [
        EVENT_TYPES.schedulePublished,
        {
          changes: {
            added: [],
            moved: [{ sessionId: '0190a1b2-0000-7000-8000-000000000010', from: {}, to: { roomId: null } }],
            changed: [],
            cancelled: [],
          },
        },
      ],
      [EVENT_TYPES.registrationCheckedIn, { checkInDay: '2024-02-30' }],
      [EVENT_TYPES.sessionUpdated, { title: { ru: 'х'.repeat(501) } }],
    ];
    for (const [type, change] of cases) {
      expect(await verdicts(type, { ...EXAMPLES[type], ...change })).toEqual({
        payloadClass: false,
        jsonSchema: false,
      });
    }
  });

  it('should refuse a wrong or smuggled value in both class and schema', async () => {
    const cases: [EventType, Record<string, unknown>][] = [
      [EVENT_TYPES.eventPublished, { slug: 'Not A Slug' }],
      [EVENT_TYPES.registrationCreated, { participantKey: '900101300001' }],
      [EVENT_TYPES.speakerCreated, { languages: ['de'] }],
      [EVENT_TYPES.speakerCreated, { fullName: { kk: 'Әсел', email: 'assel@example.kz' } }],
      [EVENT_TYPES.feedbackSubmitted, { rating: 6 }],
      [EVENT_TYPES.surveyOpened, { purpose: 'quiz' }],
      // Question texts stay in the feedback service.
      [EVENT_TYPES.surveyOpened, { title: { ru: 'Оценка обучения' } }],
      [EVENT_TYPES.feedbackSubmittedV2, { choices: [{ questionId: 'x', choiceIds: ['a'] }] }],
      [EVENT_TYPES.registrationCheckedIn, { checkInDay: '5 Feb' }],
      [EVENT_TYPES.registrationAnonymised, { participantKey: 'not-a-key' }],
      [EVENT_TYPES.proposalAccepted, { speakerIds: [] }],
      [EVENT_TYPES.proposalAccepted, { durationMinutes: 1000 }],
      [EVENT_TYPES.speakerDeleted, { email: 'assel@example.kz' }],
      [EVENT_TYPES.speakerAvailabilityChanged, { version: 0 }],
      [EVENT_TYPES.speakerInvitationIssued, { purpose: 'profile' }],
      // The link is minted when the mail is written: a token never travels.
      [EVENT_TYPES.speakerInvitationIssued, { token: 'c2VjcmV0' }],
      [EVENT_TYPES.speakerInvitationIssued, { email: 'assel@example.kz' }],
      // Arrays where objects belong: @ValidateNested() alone passes them (it validates their items).
      [EVENT_TYPES.speakerCreated, { fullName: [] }],
      [EVENT_TYPES.speakerCreated, { position: [[]] }],
      [EVENT_TYPES.sessionCreated, { title: [] }],
      [EVENT_TYPES.proposalAccepted, { title: [], abstract: [] }],
      [EVENT_TYPES.proposalAccepted, { abstract: [] }],
      [EVENT_TYPES.speakerAvailabilityChanged, { ranges: [[]] }],
      [EVENT_TYPES.schedulePublished, { changes: [] }],
      [EVENT_TYPES.schedulePublished, { changes: { added: [], moved: [[]], changed: [], cancelled: [] } }],
      [
        EVENT_TYPES.schedulePublished,
        {
          changes: {
            added: [],
            moved: [{ sessionId: '0190a1b2-0000-7000-8000-000000000010', from: [], to: [] }],
            changed: [],
            cancelled: [],
          },
        },
      ],
      [EVENT_TYPES.speakerAvailabilityChanged, { ranges: [{ startsAt: 'tomorrow morning' }] }],
      [
        EVENT_TYPES.speakerAvailabilityChanged,
        {
          ranges: [
            {
              startsAt: '2024-02-05T03:00:00.000Z',
              endsAt: '2024-02-05T07:00:00.000Z',
              email: 'assel@example.kz',
            },
          ],
        },
      ],
    ];
    for (const [type, change] of cases) {
      expect(await verdicts(type, { ...EXAMPLES[type], ...change })).toEqual({
        payloadClass: false,
        jsonSchema: false,
      });
    }
  });

  it('should let a consumer ignore fields a later producer added, at any depth, and hand over only the known ones', async () => {
    for (const type of Object.keys(EXAMPLES) as EventType[]) {
      const later = { ...EXAMPLES[type], addedLater: { any: 'thing' } };
      // The producer's own check is strict: it sends exactly its contract.
      expect((await checkEventPayload(type, later)).ok).toBe(false);
      const read = await checkEventPayload(type, later, 'ignore');
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.payload).not.toHaveProperty('addedLater');
    }
    const nested = {
      ...EXAMPLES[EVENT_TYPES.speakerAvailabilityChanged],
      ranges: [{ startsAt: '2024-02-05T03:00:00.000Z', endsAt: '2024-02-05T07:00:00.000Z', note: 'later' }],
    };
    const read = await checkEventPayload(EVENT_TYPES.speakerAvailabilityChanged, nested, 'ignore');
    expect(read.ok).toBe(true);
    if (read.ok) expect(JSON.stringify(read.payload)).not.toContain('later');
    // Ignoring unknown fields is not accepting wrong known ones.
    expect(
      (
        await checkEventPayload(
          EVENT_TYPES.registrationCreated,
          { ...EXAMPLES[EVENT_TYPES.registrationCreated], version: 'x', addedLater: 1 },
          'ignore',
        )
      ).ok,
    ).toBe(false);
  });

  it('should declare no personal data in registration, feedback, availability and invitation events', () => {
    for (const type of [
      EVENT_TYPES.registrationCreated,
      EVENT_TYPES.registrationCancelled,
      EVENT_TYPES.registrationCheckedIn,
      EVENT_TYPES.registrationAnonymised,
      EVENT_TYPES.speakerDeleted,
      EVENT_TYPES.feedbackSubmitted,
      EVENT_TYPES.surveyOpened,
      EVENT_TYPES.surveyClosed,
      EVENT_TYPES.feedbackSubmittedV2,
      EVENT_TYPES.speakerAvailabilityChanged,
      EVENT_TYPES.speakerInvitationIssued,
    ]) {
      const properties = declaredProperties(EVENT_CONTRACTS[type].schema);
      expect(properties.length).toBeGreaterThan(0);
      expect(properties.filter((name) => PERSONAL_DATA.test(name))).toEqual([]);
    }
    // The check itself sees a personal field where there is one.
    expect(declaredProperties(EVENT_CONTRACTS[EVENT_TYPES.speakerCreated].schema)).toContain('fullName');
    expect(PERSONAL_DATA.test('fullName')).toBe(true);
  });
});
