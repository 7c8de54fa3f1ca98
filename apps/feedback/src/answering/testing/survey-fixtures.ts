import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { EVENT_TYPES, TOPICS, type RegistrationChangedV1 } from '@jiyn/contracts';
import { TEST_ORGANISATION_ID, type ServiceUnderTest } from '@jiyn/service-harness';
import type { CloudEventProducer } from '@jiyn/testing';

/**
 * Test fixtures for answering: surveys written straight into the tables (authoring is built
 * elsewhere), registration events as the registrations service sends them, and a stand-in for the
 * registrations service's internal self-token route (its own tests cover the real one).
 */

export interface TestParticipant {
  token: string;
  registrationId: string;
  eventId: string;
  version: number;
}

/** Answers POST /internal/registrations/self-token for the tokens it was given. */
export class RegistrationsStandIn {
  private readonly owners = new Map<string, { registrationId: string; eventId: string }>();
  private server?: Server;
  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        if (request.method !== 'POST' || request.url !== '/internal/registrations/self-token') {
          response.writeHead(404).end();
          return;
        }
        if (!request.headers['x-jiyn-internal-token']) {
          response.writeHead(401).end();
          return;
        }
        const owner = this.owners.get((JSON.parse(body) as { token: string }).token);
        if (!owner) {
          response.writeHead(401, { 'content-type': 'application/problem+json' }).end('{}');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(owner));
      });
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  participant(eventId: string): TestParticipant {
    const participant = {
      token: randomBytes(32).toString('base64url'),
      registrationId: randomUUID(),
      eventId,
      version: 0,
    };
    this.owners.set(participant.token, { registrationId: participant.registrationId, eventId });
    return participant;
  }
}

/** A port for the stand-in, apart for each port offset. */
export function standInPort(): number {
  const offset = Number(process.env['JIYN_TEST_PORT_OFFSET'] ?? 0);
  return 41_000 + offset + Math.floor(Math.random() * 500);
}

export function registrationChange(
  participant: TestParticipant,
  extra: Partial<RegistrationChangedV1> = {},
): RegistrationChangedV1 {
  participant.version += 1;
  return {
    registrationId: participant.registrationId,
    eventId: participant.eventId,
    version: participant.version,
    status: 'confirmed',
    regionCode: 'KZ-75',
    sex: 'female',
    ageBand: '25-34',
    channel: 'self',
    participantKey: 'a'.repeat(64),
    checkInDay: null,
    sessionId: null,
    occurredAt: new Date().toISOString(),
    ...extra,
  };
}

export async function sendRegistration(
  producer: CloudEventProducer,
  type: string,
  payload: RegistrationChangedV1,
  ceId?: string,
): Promise<string> {
  return producer.send(TOPICS.registrations, type, payload.registrationId, payload, ceId);
}

export async function sendCheckIn(
  producer: CloudEventProducer,
  participant: TestParticipant,
  checkInDay: string | null,
  sessionId: string | null = null,
): Promise<RegistrationChangedV1> {
  const payload = registrationChange(participant, { checkInDay, sessionId });
  await sendRegistration(producer, EVENT_TYPES.registrationCheckedIn, payload);
  return payload;
}

export interface TestQuestion {
  id: string;
  kind: 'rating' | 'nps' | 'single-choice' | 'multiple-choice' | 'text';
  required?: boolean;
  scaleMin?: number;
  scaleMax?: number;
  options?: { id: string; correct?: boolean }[];
  maxLength?: number;
  scored?: boolean;
}

export interface TestSurvey {
  id: string;
  questions: TestQuestion[];
}

const ML = (text: string) => JSON.stringify({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });

/** Writes a survey and its questions as authoring would. Open from an hour ago for a day unless told. */
export async function insertSurvey(
  service: ServiceUnderTest,
  eventId: string,
  questions: TestQuestion[],
  options: {
    anonymous?: boolean;
    status?: 'draft' | 'published' | 'closed';
    scope?: 'event' | 'day' | 'session';
    day?: string | null;
    sessionId?: string | null;
    purpose?: 'evaluation' | 'pre-test' | 'post-test';
    preTestId?: string | null;
    opensAt?: Date;
    closesAt?: Date;
  } = {},
): Promise<TestSurvey> {
  const id = randomUUID();
  const now = Date.now();
  await service.query(
    `INSERT INTO feedback.surveys (id, event_id, organisation_id, title, purpose, pre_test_id, scope, day, session_id,
       anonymous, status, opens_at, closes_at, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, now(), now())`,
    [
      id,
      eventId,
      TEST_ORGANISATION_ID,
      ML('Evaluation'),
      options.purpose ?? 'evaluation',
      options.preTestId ?? null,
      options.scope ?? 'event',
      options.day ?? null,
      options.sessionId ?? null,
      options.anonymous ?? true,
      options.status ?? 'published',
      options.opensAt ?? new Date(now - 3_600_000),
      options.closesAt ?? new Date(now + 86_400_000),
    ],
  );
  let position = 0;
  for (const question of questions) {
    position += 1;
    await service.query(
      `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min, scale_max,
         min_label, max_label, options, max_length, scored)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        id,
        question.id,
        position,
        question.kind,
        question.required ?? false,
        ML(`Question ${position}`),
        question.kind === 'rating' ? (question.scaleMin ?? 1) : null,
        question.kind === 'rating' ? (question.scaleMax ?? 5) : null,
        question.kind === 'rating' ? ML('Poor') : null,
        question.kind === 'rating' ? ML('Excellent') : null,
        question.options
          ? JSON.stringify(
              question.options.map((option) => ({ ...option, label: JSON.parse(ML(option.id)) })),
            )
          : null,
        question.maxLength ?? null,
        question.scored ?? false,
      ],
    );
  }
  return { id, questions };
}

export function aQuestion(kind: TestQuestion['kind'], extra: Partial<TestQuestion> = {}): TestQuestion {
  return { id: randomUUID(), kind, ...extra };
}
