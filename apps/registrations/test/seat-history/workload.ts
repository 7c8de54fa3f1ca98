import { randomUUID } from 'node:crypto';
import { ANONYMOUS, SELF_SERVICE_TOKEN_HEADER } from '@jiyn/auth';
import {
  EVENT_TYPES,
  TOPICS,
  type EventPublishedV1,
  type EventUpdatedV1,
  type SessionChangedV1,
} from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { TEST_ORGANISATION_ID, type ServiceUnderTest } from '@jiyn/service-harness';
import { anEventPublished, type CloudEventProducer } from '@jiyn/testing';
import { SeededRandom } from './seeded-random';

/**
 * The clients of a history: each runs random mixed operations through the service's HTTP API (as
 * organisers, participants with their management tokens, and the importer) and through Kafka (the
 * sessions service changing capacities and sessions), and writes down what it did and what came back.
 */

export const OPERATIONS = {
  'register-self': 10,
  'register-admin': 9,
  import: 4,
  'cancel-admin': 6,
  'cancel-self': 5,
  approve: 7,
  reject: 3,
  'accept-offer': 5,
  'confirm-offer': 2,
  /** Time passes for one offer: its expiry is moved to the past and the service's sweeper lapses it. */
  'clock-passes-offer': 3,
  'change-capacity': 3,
  'change-quotas': 3,
  'move-region': 4,
  'sign-up': 7,
  'cancel-sign-up': 4,
  'check-in': 3,
  'change-session-capacity': 2,
} as const;
export type Operation = keyof typeof OPERATIONS;

export interface HistoryEntry {
  client: number;
  n: number;
  op: Operation;
  target?: string;
  invokedAt: string;
  completedAt: string;
  status: number | 'skipped' | 'error';
  outcome?: string;
}

const REGIONS = ['KZ-71', 'KZ-75', 'KZ-79', 'KZ-11'] as const;
const HOLDING_OR_ACTIVE = ['pending', 'confirmed', 'waitlisted', 'offered'];

/** One event of the run with what the clients need to know about it. */
interface RunEvent {
  event: EventPublishedV1;
  promotion: 'auto' | 'offer';
  sessions: SessionChangedV1[];
}

interface Participant {
  id: string;
  eventId: string;
  token: string;
  code: string;
  /** The body it was registered with (the admin's upserts send it again with another region). */
  body: Record<string, unknown> | null;
}

export class Workload {
  readonly history: HistoryEntry[] = [];
  readonly events: RunEvent[] = [];
  private readonly participants: Participant[] = [];
  private serial = 0;
  private readonly runTag = randomUUID().slice(0, 8);

  /**
   * 503s answered and tried again after their Retry-After (the database's passing state — a
   * statement or lock timeout, a conflict past its retries — as on a loaded CI machine), each with
   * its detail. A third 503 in a row stays in the history and fails the run.
   */
  readonly retriedUnavailable: string[] = [];
  private readonly service: ServiceUnderTest;

  constructor(
    service: ServiceUnderTest,
    private readonly producer: CloudEventProducer,
    private readonly seed: number,
  ) {
    this.service = { ...service, request: this.retryingUnavailable(service) };
  }

  /** The service's request as a well-behaved client makes it: a 503 is tried again after its Retry-After, twice. */
  private retryingUnavailable(service: ServiceUnderTest): ServiceUnderTest['request'] {
    return async (method, path, options) => {
      for (let retry = 0; ; retry += 1) {
        const response = await service.request(method, path, options);
        if (response.status !== 503 || retry === 2) return response;
        const detail = (response.body as { detail?: string } | undefined)?.detail ?? '';
        this.retriedUnavailable.push(`${method} ${path}: ${detail}`);
        const seconds = Number(response.headers['retry-after'] ?? '1');
        await new Promise((resolve) => setTimeout(resolve, Math.min(seconds, 5) * 1_000));
      }
    };
  }

  get eventIds(): string[] {
    return this.events.map((run) => run.event.eventId);
  }

  /**
   * Three events that stress different paths — open with a waitlist and region quotas; approval
   * with time-limited offers; no waitlist at all — with small capacities so seats are fought over,
   * and sessions with their own capacity (two of them overlapping).
   */
  async setUp(): Promise<void> {
    // Events of the test organisation, whose admin key the workload calls with.
    const owned = { organisationId: TEST_ORGANISATION_ID };
    const open = anEventPublished({ ...owned, capacity: 6, waitlistEnabled: true });
    const approval = anEventPublished({
      ...owned,
      capacity: 5,
      requiresApproval: true,
      waitlistEnabled: true,
    });
    const noWaitlist = anEventPublished({ ...owned, capacity: 4, waitlistEnabled: false });
    this.events.push(
      {
        event: open,
        promotion: 'auto',
        sessions: [
          aSession(open.eventId, 2, '05:00', '06:00'),
          aSession(open.eventId, 3, '07:00', '08:00'),
          aSession(open.eventId, 2, '05:30', '06:30'),
        ],
      },
      { event: approval, promotion: 'offer', sessions: [aSession(approval.eventId, 2, '05:00', '06:00')] },
      { event: noWaitlist, promotion: 'auto', sessions: [] },
    );
    for (const run of this.events) {
      await this.producer.send(TOPICS.events, EVENT_TYPES.eventPublished, run.event.eventId, run.event);
      for (const session of run.sessions) {
        await this.producer.send(
          TOPICS.programmeSessions,
          EVENT_TYPES.sessionScheduled,
          session.sessionId,
          session,
        );
      }
    }
    await this.untilApplied();
    await this.expect('PUT', `/registrations/events/${open.eventId}/settings`, {
      regionQuota: 3,
      regionQuotas: { 'KZ-71': 2, 'KZ-75': 2 },
    });
    await this.expect('PUT', `/registrations/events/${approval.eventId}/settings`, {
      promotion: 'offer',
      offerHours: 1,
    });
  }

  /** Waits until the service applied every event and session change the clients sent over Kafka. */
  async untilApplied(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind: string[] = [];
      for (const run of this.events) {
        const event = await this.service.count(
          `SELECT version AS n FROM registrations.event_projections WHERE event_id = $1`,
          [run.event.eventId],
        );
        if (event !== run.event.version) behind.push(`event ${run.event.eventId}`);
        for (const session of run.sessions) {
          const version = await this.service.count(
            `SELECT version AS n FROM registrations.session_projections WHERE session_id = $1`,
            [session.sessionId],
          );
          if (version !== session.version) behind.push(`session ${session.sessionId}`);
        }
      }
      if (behind.length === 0) return;
      if (Date.now() > deadline) throw new Error(`the service did not apply ${behind.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Runs `clients` clients side by side until each made `operations` operations or the time is up. */
  async run(clients: number, operations: number, untilMs = Number.POSITIVE_INFINITY): Promise<void> {
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        const random = new SeededRandom(this.seed * 1_000 + client);
        for (let n = 0; n < operations && Date.now() < untilMs; n += 1) {
          await this.step(client, n, random.weighted(OPERATIONS), random);
        }
      }),
    );
  }

  private async step(client: number, n: number, op: Operation, random: SeededRandom): Promise<void> {
    const invokedAt = new Date().toISOString();
    let result: { status: HistoryEntry['status']; target?: string; outcome?: string };
    try {
      result = await this.perform(op, random);
    } catch (error) {
      result = { status: 'error', outcome: (error as Error).message };
    }
    this.history.push({ client, n, op, invokedAt, completedAt: new Date().toISOString(), ...result });
  }

  private async perform(
    op: Operation,
    random: SeededRandom,
  ): Promise<{ status: HistoryEntry['status']; target?: string; outcome?: string }> {
    const run = random.pick(this.events);
    if (!run) throw new Error('set up the events first');
    const eventId = run.event.eventId;
    switch (op) {
      case 'register-self': {
        const body = this.participant(eventId, random, false);
        const response = await this.service.request('POST', '/self/registrations', {
          body,
          principal: ANONYMOUS,
        });
        this.remember(response, null);
        return answer(response);
      }
      case 'register-admin': {
        const body = this.participant(eventId, random, true);
        const response = await this.service.request('POST', '/registrations', { body });
        this.remember(response, body);
        return answer(response);
      }
      case 'import': {
        const rows = Array.from({ length: random.int(1, 3) }, () => {
          const { consent: _consent, ...row } = this.participant(eventId, random, true);
          return row;
        });
        const response = await this.service.request(
          'POST',
          `/registrations/events/${eventId}/imports?dryRun=false&consentTextVersion=default-1`,
          { body: rows },
        );
        return answer(response, JSON.stringify(response.body?.counts ?? response.body?.created ?? ''));
      }
      case 'cancel-admin':
        return this.onRegistration(random, HOLDING_OR_ACTIVE, (id) => [
          'POST',
          `/registrations/${id}/cancel`,
        ]);
      case 'reject':
        return this.onRegistration(
          random,
          HOLDING_OR_ACTIVE,
          (id) => ['POST', `/registrations/${id}/reject`],
          {
            reason: 'Не соответствует критериям отбора',
          },
        );
      case 'approve':
        return this.onRegistration(random, ['pending'], (id) => ['POST', `/registrations/${id}/approve`]);
      case 'confirm-offer':
        return this.onRegistration(random, ['offered'], (id) => [
          'POST',
          `/registrations/${id}/confirm-offer`,
        ]);
      case 'cancel-self':
        return this.asParticipant(random, HOLDING_OR_ACTIVE, 'POST', '/self/registrations/me/cancel');
      case 'accept-offer':
        return this.asParticipant(random, ['offered'], 'POST', '/self/registrations/me/accept-offer');
      case 'clock-passes-offer': {
        const [offered] = await this.service.query<{ id: string }>(
          `UPDATE registrations.registrations SET offer_expires_at = now() - interval '1 second'
            WHERE id = (SELECT id FROM registrations.registrations
                         WHERE event_id = ANY($1::uuid[]) AND status = 'offered' AND offer_expires_at > now()
                         ORDER BY id OFFSET $2 LIMIT 1)
            RETURNING id`,
          [this.eventIds, random.int(0, 2)],
        );
        return offered ? { status: 200, target: offered.id } : { status: 'skipped' };
      }
      case 'change-capacity': {
        const capacity = Math.max(0, Math.min(12, run.event.capacity + random.int(-3, 3)));
        const updated: EventUpdatedV1 = {
          ...run.event,
          status: 'published',
          capacity,
          version: run.event.version + 1,
        };
        run.event = updated;
        await this.producer.send(TOPICS.events, EVENT_TYPES.eventUpdated, eventId, updated);
        return { status: 200, target: eventId, outcome: `capacity ${capacity}` };
      }
      case 'change-quotas': {
        const quotas = Object.fromEntries(
          REGIONS.filter(() => random.chance(0.5)).map((region) => [region, random.int(0, 4)]),
        );
        const regionQuota = random.chance(0.5) ? random.int(1, 5) : null;
        const response = await this.service.request('PUT', `/registrations/events/${eventId}/settings`, {
          body: { regionQuota, regionQuotas: quotas, promotion: run.promotion, offerHours: 1 },
        });
        return answer(response, JSON.stringify({ regionQuota, quotas }));
      }
      case 'move-region': {
        const mover = random.pick(this.participants.filter((p) => p.body !== null && p.eventId === eventId));
        if (!mover?.body) return { status: 'skipped' };
        const regionCode = random.pick(REGIONS);
        mover.body = { ...mover.body, regionCode };
        const response = await this.service.request('POST', '/registrations', { body: mover.body });
        return answer(response, regionCode, mover.id);
      }
      case 'sign-up':
      case 'cancel-sign-up': {
        const session = random.pick(run.sessions);
        const participant = random.pick(this.participants.filter((p) => p.eventId === eventId));
        if (!session || !participant) return { status: 'skipped' };
        const method = op === 'sign-up' ? 'POST' : 'DELETE';
        const response = random.chance(0.5)
          ? await this.service.request(
              method,
              `/registrations/${participant.id}/sessions/${session.sessionId}`,
            )
          : await this.service.request(method, `/self/registrations/me/sessions/${session.sessionId}`, {
              principal: ANONYMOUS,
              headers: { [SELF_SERVICE_TOKEN_HEADER]: participant.token },
            });
        return answer(response, session.sessionId, participant.id);
      }
      case 'check-in': {
        const participant = random.pick(this.participants.filter((p) => p.eventId === eventId));
        if (!participant) return { status: 'skipped' };
        const response = await this.service.request('POST', '/check-ins', {
          body: { eventId, code: participant.code, day: '2030-02-05' },
        });
        return answer(response, undefined, participant.id);
      }
      case 'change-session-capacity': {
        const session = random.pick(run.sessions);
        if (!session) return { status: 'skipped' };
        const capacity = Math.max(0, Math.min(6, (session.capacity ?? 0) + random.int(-2, 2)));
        Object.assign(session, {
          capacity,
          version: session.version + 1,
          occurredAt: new Date().toISOString(),
        });
        await this.producer.send(TOPICS.programmeSessions, EVENT_TYPES.sessionUpdated, session.sessionId, {
          ...session,
        });
        return { status: 200, target: session.sessionId, outcome: `capacity ${capacity}` };
      }
    }
  }

  /** An organiser's move on a registration of the run in one of `statuses` (as the database has it now). */
  private async onRegistration(
    random: SeededRandom,
    statuses: string[],
    route: (id: string) => [string, string],
    body?: unknown,
  ): Promise<{ status: HistoryEntry['status']; target?: string; outcome?: string }> {
    const id = await this.someRegistration(random, statuses);
    if (!id) return { status: 'skipped' };
    const [method, path] = route(id);
    return answer(await this.service.request(method, path, { body }), undefined, id);
  }

  /** A participant's own move with their management token. */
  private async asParticipant(
    random: SeededRandom,
    statuses: string[],
    method: string,
    path: string,
  ): Promise<{ status: HistoryEntry['status']; target?: string; outcome?: string }> {
    const id = await this.someRegistration(random, statuses, true);
    const participant = this.participants.find((p) => p.id === id);
    if (!participant) return { status: 'skipped' };
    const response = await this.service.request(method, path, {
      principal: ANONYMOUS,
      headers: { [SELF_SERVICE_TOKEN_HEADER]: participant.token },
    });
    return answer(response, undefined, participant.id);
  }

  private async someRegistration(
    random: SeededRandom,
    statuses: string[],
    withToken = false,
  ): Promise<string | undefined> {
    const ids = withToken ? this.participants.map((p) => p.id) : null;
    const rows = await this.service.query<{ id: string }>(
      `SELECT id FROM registrations.registrations
        WHERE event_id = ANY($1::uuid[]) AND status = ANY($2::text[]) AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
        ORDER BY id`,
      [this.eventIds, statuses, ids],
    );
    return random.pick(rows)?.id;
  }

  private participant(
    eventId: string,
    random: SeededRandom,
    withReference: boolean,
  ): Record<string, unknown> {
    this.serial += 1;
    const serial = this.seed * 10_000 + this.serial;
    return {
      eventId,
      fullName: `Тарих Қатысушы ${serial}`,
      email: `history-${this.runTag}-${serial}@akimat.example.kz`,
      // Ten apart: a serial without a valid check digit moves on to the next one.
      iin: generateIin({
        birthDate: '1988-04-12',
        sex: serial % 2 ? 'male' : 'female',
        serial: (serial * 10) % 9990,
      }),
      regionCode: random.pick(REGIONS),
      consent: { textVersion: 'default-1', accepted: true },
      ...(withReference ? { externalReference: `history-${this.runTag}-${serial}` } : {}),
    };
  }

  private remember(
    response: { status: number; body: Record<string, unknown> },
    body: Record<string, unknown> | null,
  ): void {
    if (response.status !== 201) return;
    this.participants.push({
      id: response.body['id'] as string,
      eventId: response.body['eventId'] as string,
      token: response.body['managementToken'] as string,
      code: response.body['confirmationCode'] as string,
      body,
    });
  }

  private async expect(method: string, path: string, body: unknown): Promise<void> {
    const response = await this.service.request(method, path, { body });
    if (response.status >= 300) {
      throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
  }
}

function answer(
  response: { status: number; body: unknown },
  outcome?: string,
  target?: string,
): { status: number; target?: string; outcome?: string } {
  const body = response.body as Record<string, unknown> | undefined;
  const said =
    outcome ??
    (typeof body?.['status'] === 'string'
      ? body['status']
      : // A server error says which: the problem type alone does not tell a timeout from a conflict.
        [body?.['type'], response.status >= 500 ? body?.['detail'] : undefined].filter(Boolean).join(' — '));
  return { status: response.status, target: target ?? (body?.['id'] as string | undefined), outcome: said };
}

/** A confirmed session of the event's first day (local times in Astana, UTC+5), with its own capacity. */
function aSession(eventId: string, capacity: number, from: string, to: string): SessionChangedV1 {
  const at = (time: string) => new Date(`2030-02-05T${time}:00.000Z`).toISOString();
  return {
    sessionId: randomUUID(),
    eventId,
    version: 1,
    title: { kk: 'Секция', ru: 'Секция', en: 'Breakout' },
    type: 'workshop',
    language: 'ru',
    trackId: null,
    roomId: randomUUID(),
    startsAt: at(from),
    endsAt: at(to),
    capacity,
    status: 'confirmed',
    speakerIds: [],
    occurredAt: new Date().toISOString(),
  };
}
