import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type RegistrationChangedV1, type RegistrationCreatedV1 } from '@jiyn/contracts';
import { ageBand, normalizeKzPhone, parseIin } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, queryRows } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { RegistrationsEnvironment } from '../registrations.environment';
import { participantKey } from '../registrations/participant-key';
import {
  RegistrationEntity,
  type RegistrationChannel,
  type RegistrationStatus,
} from '../registrations/registration.entity';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import type { ImportedParticipantDto, ParticipantWriter, UpsertOutcome } from './participant-writer';

/**
 * INTERIM ParticipantWriter, until RegistrationsService.upsertParticipant (the lifecycle work)
 * exists: the same steps as RegistrationsService.register (seat, waitlist or pending; row and
 * outbox event together), but in the caller's transaction and with the import channel, and an
 * active registration with the same IIN is updated instead of duplicated. It knows no external
 * reference (the column comes with the lifecycle migration). Replace it by an adapter that calls
 * upsertParticipant once that lands.
 */
@Injectable()
export class InterimParticipantWriter implements ParticipantWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly projections: EventProjectionRepository,
    private readonly outbox: OutboxWriter,
    private readonly env: RegistrationsEnvironment,
  ) {}

  async upsertParticipant(
    dto: ImportedParticipantDto,
    channel: RegistrationChannel,
    options: { matchByIin: boolean; manager?: EntityManager },
  ): Promise<UpsertOutcome> {
    const run = (manager: EntityManager) => this.upsertIn(manager, dto, channel, options.matchByIin);
    if (options.manager) return run(options.manager);
    try {
      return await this.dataSource.transaction(run);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateProblem();
      throw error;
    }
  }

  private async upsertIn(
    manager: EntityManager,
    dto: ImportedParticipantDto,
    channel: RegistrationChannel,
    matchByIin: boolean,
  ): Promise<UpsertOutcome> {
    const fields = personalFields(dto);
    if (matchByIin && fields.iin) {
      const existing = await manager
        .createQueryBuilder(RegistrationEntity, 'r')
        .where('r.event_id = :eventId AND r.iin = :iin', { eventId: dto.eventId, iin: fields.iin })
        .andWhere(`r.status NOT IN ('cancelled', 'rejected')`)
        .getOne();
      if (existing) return this.update(manager, existing, fields);
    }
    const event = await this.projections.find(manager, dto.eventId);
    if (!event)
      throw new ProblemException('not-found', { errors: [{ field: 'eventId', code: 'unknownEvent' }] });
    if (event.status !== 'published') throw new ProblemException('event-not-open');
    const now = new Date();
    if (
      (event.registrationOpensAt && now < event.registrationOpensAt) ||
      (event.registrationClosesAt && now > event.registrationClosesAt)
    )
      throw new ProblemException('event-not-open');
    let status: RegistrationStatus;
    if (event.requiresApproval) status = 'pending';
    else if (await this.projections.takeSeat(manager, event.eventId)) status = 'confirmed';
    else if (event.waitlistEnabled) status = 'waitlisted';
    else throw new ProblemException('event-full');
    const registration = Object.assign(new RegistrationEntity(), {
      id: uuidv7(),
      eventId: dto.eventId,
      status,
      ...fields,
      channel,
      participantKey: participantKey(this.env.PARTICIPANT_KEY_SECRET, fields),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.registrations.insert(manager, registration);
    const data: RegistrationCreatedV1 = {
      ...analytics(registration),
      occurredAt: now.toISOString(),
    };
    await this.outbox.append(manager, {
      topic: TOPICS.registrations,
      type: EVENT_TYPES.registrationCreated,
      subject: registration.id,
      data,
    });
    return { registration, outcome: 'created' };
  }

  private async update(
    manager: EntityManager,
    existing: RegistrationEntity,
    fields: PersonalFields,
  ): Promise<UpsertOutcome> {
    const changed = (Object.keys(fields) as (keyof PersonalFields)[]).filter(
      (key) => fields[key] !== existing[key],
    );
    if (changed.length === 0) return { registration: existing, outcome: 'unchanged' };
    const now = new Date();
    const [row] = await queryRows(
      manager,
      `UPDATE registrations.registrations
          SET full_name = $2, email = $3, phone = $4, iin = $5, sex = $6, birth_date = $7, region_code = $8,
              organisation = $9, position = $10, preferred_language = $11, version = version + 1, updated_at = $12
        WHERE id = $1 RETURNING version`,
      [
        existing.id,
        fields.fullName,
        fields.email,
        fields.phone,
        fields.iin,
        fields.sex,
        fields.birthDate,
        fields.regionCode,
        fields.organisation,
        fields.position,
        fields.preferredLanguage,
        now,
      ],
    );
    const registration = Object.assign(new RegistrationEntity(), existing, fields, {
      version: row?.['version'] as number,
      updatedAt: now,
    });
    const data: RegistrationChangedV1 = { ...analytics(registration), occurredAt: now.toISOString() };
    await this.outbox.append(manager, {
      topic: TOPICS.registrations,
      type: EVENT_TYPES.registrationUpdated,
      subject: registration.id,
      data,
    });
    return { registration, outcome: 'updated' };
  }
}

type PersonalFields = Pick<
  RegistrationEntity,
  | 'fullName'
  | 'email'
  | 'phone'
  | 'iin'
  | 'sex'
  | 'birthDate'
  | 'regionCode'
  | 'organisation'
  | 'position'
  | 'preferredLanguage'
>;

function personalFields(dto: ImportedParticipantDto): PersonalFields {
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
  };
}

function analytics(registration: RegistrationEntity) {
  return {
    registrationId: registration.id,
    eventId: registration.eventId,
    version: registration.version,
    status: registration.status,
    regionCode: registration.regionCode,
    sex: registration.sex,
    ageBand: registration.birthDate ? ageBand(registration.birthDate, registration.createdAt) : null,
    channel: registration.channel,
    participantKey: registration.participantKey,
  };
}

function duplicateProblem(): ProblemException {
  return new ProblemException('duplicate-registration');
}
