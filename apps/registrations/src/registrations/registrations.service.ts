import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import { EVENT_TYPES } from '@jiyn/contracts';
import { ageBand, normalizeKzPhone, parseIin } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page, retryOnConflict, runInTransaction } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import {
  EventProjectionRepository,
  type EventProjection,
} from '../event-projection/event-projection.repository';
import { unknownEvent } from '../event-projection/event-problems';
import { EventSettingsRepository, type EventSettings } from '../event-projection/event-settings.repository';
import { assertMeetsSettings, assertRegistrationOpen } from '../registration-core/admission';
import { RegistrationChanges } from '../registration-core/registration-changes';
import { newRegionFull, noSeat, registrationNotFound } from '../registration-core/registration-problems';
import {
  RegistrationFormsService,
  type ParticipantData,
} from '../registration-forms/registration-forms.service';
import type { CreateRegistrationDto } from './dto/create-registration.dto';
import type { ListRegistrationsQuery } from './dto/list-registrations.query';
import { BriefCache } from '../brief-cache';
import { newManagementToken } from './management-token';
import { OneStatementRegistration } from '../registration-core/one-statement-registration';
import { participantKey } from './participant-key';
import {
  RegistrationEntity,
  type RegistrationChannel,
  type RegistrationStatus,
} from '../registration-core/registration.entity';
import { registrationCreatedEvent } from '../registration-core/registration-events';
import { ACTIVE, RegistrationTransitions, holdsSeat } from '../registration-core/registration-transitions';
import { RegistrationsRepository } from './registrations.repository';
import { SeatLedger } from '../registration-core/seat-ledger';
import { duplicateRegistration, externalReferenceTaken } from './registrations-problems';
import { once } from './transaction';
import { RegistrationsEnvironment } from '../registrations.environment';

/** The partial unique index that keeps an external reference to one active registration per event. */
const EXTERNAL_REFERENCE_INDEX = 'registrations_event_external_reference_active_key';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  registration: RegistrationEntity;
  outcome: UpsertOutcome;
  /** Only when created: the participant's management token, shown this once. */
  managementToken?: string;
}

export interface UpsertOptions {
  matchByIin: boolean;
  /** Run in the caller's transaction (the importer's batches) instead of one of our own. */
  manager?: EntityManager;
  /** The active match the caller already looked up for many rows at once (null: none). */
  match?: RegistrationEntity | null;
  /** With `manager`: the event and its settings read once for all rows of that transaction. */
  shared?: Map<string, unknown>;
}

/** The participant's own data, as a registration carries it; what an update compares and replaces. */
const DETAIL_FIELDS = [
  'fullName',
  'email',
  'phone',
  'iin',
  'sex',
  'birthDate',
  'regionCode',
  'organisation',
  'position',
  'preferredLanguage',
  'participantKey',
  'externalReference',
] as const satisfies readonly (keyof RegistrationEntity)[];
type Details = Pick<RegistrationEntity, (typeof DETAIL_FIELDS)[number]>;

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly projections: EventProjectionRepository,
    private readonly settings: EventSettingsRepository,
    private readonly ledger: SeatLedger,
    private readonly changes: RegistrationChanges,
    private readonly transitions: RegistrationTransitions,
    private readonly outbox: OutboxWriter,
    private readonly env: RegistrationsEnvironment,
    private readonly forms: RegistrationFormsService,
    private readonly oneStatement: OneStatementRegistration,
  ) {}

  /** Each event with its settings as read in the last second: registrations come in bursts. */
  private readonly recentEvents = new BriefCache<{ event: EventProjection; settings: EventSettings }>(1_000);

  /**
   * A participant registering themselves (channel `self`): always a new registration. An external
   * reference is a sending system's id, so a self-service caller may not set one (it would let
   * them overwrite someone else's registration).
   */
  async registerSelf(
    dto: CreateRegistrationDto,
  ): Promise<{ registration: RegistrationEntity; managementToken: string }> {
    if (dto.externalReference !== undefined) {
      throw new ProblemException('validation', {
        errors: [{ field: 'externalReference', code: 'whitelistValidation' }],
      });
    }
    return this.create(dto, 'self', { revealExisting: false });
  }

  /**
   * Creates the registration, or — when an active one carries the same external reference (or,
   * with `matchByIin`, the same IIN) — updates it: `updated` with a registration.updated event, or
   * `unchanged` (no event, no new version). Domain failures throw a ProblemException. Used for
   * API calls and by the importer, row by row.
   */
  async upsertParticipant(
    dto: CreateRegistrationDto,
    channel: RegistrationChannel,
    options: UpsertOptions,
  ): Promise<UpsertResult> {
    const { manager } = options;
    for (let attempt = 1; ; attempt += 1) {
      const existing =
        attempt === 1 && options.match !== undefined
          ? options.match
          : await this.registrations.findActiveMatch(
              dto.eventId,
              {
                externalReference: dto.externalReference ?? null,
                iin: options.matchByIin && dto.iin ? normalizedIin(dto.iin) : null,
              },
              manager,
            );
      if (existing) {
        const updated = await this.update(existing.id, dto, manager, options.shared);
        if (updated) return updated;
        continue; // ended while we looked: create instead
      }
      try {
        return {
          ...(await this.create(dto, channel, { revealExisting: true }, manager, options.shared)),
          outcome: 'created',
        };
      } catch (error) {
        // Someone created the same participant a moment ago: look again, it is now an update
        // (or, if it still clashes, a true duplicate the second attempt reports). In the caller's
        // transaction the failed statement has aborted it: the caller decides (the importer rolls
        // back the row's savepoint and reports the row).
        const raced =
          error instanceof ProblemException &&
          (error.problemType === 'duplicate-registration' || error.problem.extensions?.['conflictOn']) &&
          (dto.externalReference !== undefined || options.matchByIin) &&
          attempt < 2 &&
          !manager;
        if (!raced) throw error;
      }
    }
  }

  /** Whether upserting `dto` over the active registration `current` would change it (dry-run previews). */
  wouldChange(current: RegistrationEntity, dto: CreateRegistrationDto): boolean {
    const next = this.detailsOf(dto);
    next.externalReference ??= current.externalReference;
    return Object.keys(changedDetails(current, next)).length > 0;
  }

  async get(id: string): Promise<RegistrationEntity> {
    const registration = await this.registrations.findById(id);
    if (!registration) throw registrationNotFound(id);
    return registration;
  }

  /** Where a waitlisted registration stands in line (1 = next); null when it is not waitlisted. */
  waitlistPosition(registration: RegistrationEntity): Promise<number | null> {
    return this.registrations.waitlistPosition(registration);
  }

  /** Only registrations of events where the principal may read registrations. */
  list(query: ListRegistrationsQuery, principal: Principal): Promise<Page<RegistrationEntity>> {
    return this.registrations.list(query, principal);
  }

  /**
   * A new registration: a confirmed seat if one is free (within the region's quota), else the
   * waitlist (or a 409 when the event keeps none), or `pending` when the event needs approval.
   * Seat, row and registration.created commit together.
   */
  private async create(
    dto: CreateRegistrationDto,
    channel: RegistrationChannel,
    { revealExisting }: { revealExisting: boolean },
    outer?: EntityManager,
    shared?: Map<string, unknown>,
  ): Promise<{ registration: RegistrationEntity; managementToken: string }> {
    const { token, digest } = newManagementToken();
    const details = this.detailsOf(dto);
    // Answers to the event's form and the consent record: checked before anything is written.
    const data = await this.forms.participantData(dto.eventId, dto, channel, new Date());
    const registration = Object.assign(new RegistrationEntity(), details, {
      id: uuidv7(),
      eventId: dto.eventId,
      status: 'pending' as RegistrationStatus,
      channel,
      managementTokenDigest: digest,
      waitlistedAt: null as Date | null,
      offerExpiresAt: null,
      rejectionReason: null,
      answers: data.answers,
      consent: data.consent,
      ageBand: details.birthDate ? ageBand(details.birthDate, new Date()) : null,
      anonymisedAt: null,
      version: 1,
    });
    try {
      // Outside an importer's batch, one statement usually does it all (see OneStatementRegistration).
      if (!outer && (await this.createInOneStatement(registration))) {
        return { registration, managementToken: token };
      }
      await this.transaction(outer, async (manager) => {
        // Off the fast path every seat decision is made under the event's lock (taken first, and
        // once per importer batch): a seat given back meanwhile is either visible here, or goes to
        // the waitlist this registration then joins — it never waits beside a free seat.
        const found = await once(shared, `event-and-settings:${dto.eventId}`, () =>
          // An importer's batch may also move registrations, which needs the exclusive lock.
          this.projections.findWithSettings(manager, dto.eventId, { lock: outer ? 'exclusive' : 'shared' }),
        );
        if (!found) throw unknownEvent(dto.eventId, 'eventId');
        const now = new Date();
        registration.createdAt = now;
        registration.updatedAt = now;
        const { event, settings } = found;
        assertRegistrationOpen(event, now);
        assertMeetsSettings(registration, settings);
        // Under the lock one statement settles most cases, joining the waitlist included.
        const outcome = await this.oneStatement.insert(registration, registrationCreatedEvent, manager);
        if (outcome.kind === 'inserted') {
          this.settled(registration, outcome);
          return;
        }
        if (outcome.kind === 'full') throw noSeat(event, 'event-full');
        // Busy buckets, or a region full or new: decided here, step by step.
        const decided = await this.transitions.seatOrWaitlist(manager, registration, event);
        if (typeof decided === 'string') throw noSeat(event, decided);
        registration.status = decided.status;
        registration.waitlistedAt = decided.waitlistedAt;
        await this.registrations.insert(manager, registration);
        await this.outbox.append(manager, registrationCreatedEvent(registration));
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.duplicateProblem(registration, error, revealExisting);
      throw error;
    }
    return { registration, managementToken: token };
  }

  /**
   * The common case in one round trip, checked against the event as read in the last second (the
   * statement re-checks status, window, approval and seats itself). False: nothing was written,
   * the careful path must decide (a busy bucket, a full quota, or an event that looks closed now).
   */
  private async createInOneStatement(registration: RegistrationEntity): Promise<boolean> {
    const now = new Date();
    const found = await this.recentEvents.get(registration.eventId, () =>
      this.projections.findWithSettings(this.dataSource.manager, registration.eventId),
    );
    if (!found) return false;
    assertRegistrationOpen(found.event, now);
    assertMeetsSettings(registration, found.settings);
    // One statement is atomic: aborted by a deadlock it wrote nothing, and may simply run again.
    const outcome = await retryOnConflict(() =>
      this.oneStatement.insert(registration, registrationCreatedEvent),
    );
    if (outcome.kind === 'full') throw noSeat(found.event, 'event-full');
    if (outcome.kind !== 'inserted') return false;
    this.settled(registration, outcome);
    return true;
  }

  /** What the one-statement registration decided, onto the entity the caller answers with. */
  private settled(
    registration: RegistrationEntity,
    outcome: { status: RegistrationStatus; confirmationCode: string },
  ): void {
    registration.status = outcome.status;
    registration.confirmationCode = outcome.confirmationCode;
    registration.waitlistedAt = outcome.status === 'waitlisted' ? registration.createdAt : null;
  }

  /**
   * Replaces the participant's details of an active registration. Returns null when it is no
   * longer active. A seat holder moving to another region needs room in that region's quota.
   */
  private async update(
    id: string,
    dto: CreateRegistrationDto,
    outer?: EntityManager,
    shared?: Map<string, unknown>,
  ): Promise<UpsertResult | null> {
    const next = this.detailsOf(dto);
    const data = await this.forms.participantData(dto.eventId, dto, 'api', new Date());
    try {
      return await this.transaction(outer, async (manager) => {
        // A move to another region can free a seat of the old region's quota, or let a waiting
        // registration take a free seat: then the event's lock comes first (SeatLedger's order).
        const peeked = await this.registrations.findById(id, manager);
        const lockEvent = (eventId: string) =>
          once(shared, `event-lock:${eventId}`, () =>
            this.projections.find(manager, eventId, { lock: 'exclusive' }),
          );
        if (peeked && (peeked.regionCode ?? null) !== next.regionCode) await lockEvent(peeked.eventId);
        const current = await this.changes.lock(manager, id);
        if (!current || !ACTIVE.includes(current.status)) return null;
        // A row without a reference keeps the one already known.
        next.externalReference ??= current.externalReference;
        assertMeetsSettings(
          next,
          await once(shared, `settings:${current.eventId}`, () =>
            this.settings.get(manager, current.eventId),
          ),
        );
        const changes: Partial<RegistrationEntity> = {
          ...changedDetails(current, next),
          ...changedParticipantData(current, data, next),
        };
        if (Object.keys(changes).length === 0)
          return { registration: current, outcome: 'unchanged' as const };
        const moves = 'regionCode' in changes;
        const heldSeat = holdsSeat(current.status);
        if (moves) await lockEvent(current.eventId); // moved since we looked (rare)
        if (
          moves &&
          heldSeat &&
          !(await this.ledger.moveRegion(manager, current.eventId, current.regionCode, next.regionCode))
        ) {
          throw newRegionFull();
        }
        await this.changes.apply(manager, current, EVENT_TYPES.registrationUpdated, changes);
        if (moves && (heldSeat || current.status === 'waitlisted')) {
          await this.transitions.fillFreeSeats(manager, current.eventId);
        }
        return { registration: current, outcome: 'updated' as const };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw await this.duplicateProblem({ ...next, id, eventId: dto.eventId }, error, true);
      }
      throw error;
    }
  }

  /** The caller's transaction when given (it owns retries and the commit), else one of our own. */
  private transaction<T>(
    outer: EntityManager | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return outer ? work(outer) : runInTransaction(this.dataSource, work);
  }

  private detailsOf(dto: CreateRegistrationDto): Details {
    const iin = dto.iin ? parseIin(dto.iin) : undefined;
    const phone = dto.phone ? normalizeKzPhone(dto.phone) : undefined;
    return {
      fullName: dto.fullName,
      email: dto.email,
      phone: phone?.ok ? phone.e164 : null,
      iin: iin?.ok ? iin.iin : null,
      sex: iin?.ok ? iin.sex : null,
      birthDate: iin?.ok ? iin.birthDate : null,
      regionCode: dto.regionCode ?? null,
      organisation: dto.organisation ?? null,
      position: dto.position ?? null,
      preferredLanguage: dto.preferredLanguage ?? 'kk',
      participantKey: participantKey(this.env.PARTICIPANT_KEY_SECRET, {
        iin: iin?.ok ? iin.iin : null,
        email: dto.email,
      }),
      externalReference: dto.externalReference ?? null,
    };
  }

  private async duplicateProblem(
    registration: Pick<RegistrationEntity, 'id' | 'eventId' | 'iin' | 'email'>,
    violation: unknown,
    revealExisting: boolean,
  ): Promise<ProblemException> {
    if (isUniqueViolation(violation, EXTERNAL_REFERENCE_INDEX)) {
      return externalReferenceTaken();
    }
    const existing = await this.registrations.findActiveDuplicate(
      registration.eventId,
      registration.iin,
      registration.email ?? '',
      registration.id,
    );
    // A self-service caller learns that the person is registered, not which registration it is.
    return duplicateRegistration(revealExisting ? (existing?.id ?? null) : undefined);
  }
}

export function channelOf(principal: Principal): RegistrationChannel {
  return principal.kind === 'anonymous' ? 'api' : 'admin';
}

function normalizedIin(iin: string): string | null {
  const parsed = parseIin(iin);
  return parsed.ok ? parsed.iin : null;
}

function changedDetails(current: RegistrationEntity, next: Details): Partial<Details> {
  const changes: Partial<Record<keyof Details, unknown>> = {};
  for (const field of DETAIL_FIELDS) {
    if ((current[field] ?? null) !== (next[field] ?? null)) changes[field] = next[field];
  }
  return changes as Partial<Details>;
}

/**
 * Answers replace the stored ones when they differ; the consent record is renewed only for another
 * consent text (the same consent given again is no change); the age band follows the birth date.
 */
function changedParticipantData(
  current: RegistrationEntity,
  data: ParticipantData,
  next: Details,
): Partial<RegistrationEntity> {
  const changes: Partial<RegistrationEntity> = {};
  if (JSON.stringify(current.answers ?? {}) !== JSON.stringify(data.answers)) changes.answers = data.answers;
  if (current.consent?.textVersion !== data.consent.textVersion) {
    changes.consent = { ...data.consent, channel: current.channel };
  }
  if ((current.birthDate ?? null) !== (next.birthDate ?? null)) {
    changes.ageBand = next.birthDate ? ageBand(next.birthDate, new Date()) : null;
  }
  return changes;
}
