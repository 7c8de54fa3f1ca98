import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import { EVENT_TYPES, TOPICS, type RegistrationCreatedV1 } from '@jiyn/contracts';
import { ageBand, normalizeKzPhone, parseIin } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import {
  EventProjectionRepository,
  type EventProjection,
} from '../event-projection/event-projection.repository';
import { RegistrationFormsService } from '../registration-forms/registration-forms.service';
import { RegistrationsEnvironment } from '../registrations.environment';
import type { CreateRegistrationDto } from './dto/create-registration.dto';
import type { ListRegistrationsQuery } from './dto/list-registrations.query';
import { participantKey } from './participant-key';
import { RegistrationEntity, type RegistrationChannel, type RegistrationStatus } from './registration.entity';
import { RegistrationsRepository } from './registrations.repository';

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationsRepository,
    private readonly projections: EventProjectionRepository,
    private readonly outbox: OutboxWriter,
    private readonly env: RegistrationsEnvironment,
    private readonly forms: RegistrationFormsService,
  ) {}

  /**
   * Registers a participant: a confirmed seat if one is free, else the waitlist (or a 409 when the
   * event keeps none), or `pending` when the event needs approval. Seat, row and event commit together.
   */
  async register(dto: CreateRegistrationDto, principal: Principal): Promise<RegistrationEntity> {
    const registration = this.newRegistration(dto, channelOf(principal));
    // Participant data (answers to the event's form, consent record): checked before any write.
    const participantData = await this.forms.participantData(
      dto.eventId,
      dto,
      registration.channel,
      registration.createdAt,
    );
    registration.answers = participantData.answers;
    registration.consent = participantData.consent;
    registration.ageBand = registration.birthDate
      ? ageBand(registration.birthDate, registration.createdAt)
      : null;
    registration.anonymisedAt = null;
    // End of participant data.
    try {
      await this.dataSource.transaction(async (manager) => {
        const event = await this.projections.find(manager, dto.eventId);
        if (!event) throw eventNotFound(dto.eventId);
        assertRegistrationOpen(event, new Date());
        registration.status = await this.initialStatus(manager, event);
        await this.registrations.insert(manager, registration);
        await this.outbox.append(manager, {
          topic: TOPICS.registrations,
          type: EVENT_TYPES.registrationCreated,
          subject: registration.id,
          data: createdEventData(registration),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.duplicateProblem(registration);
      throw error;
    }
    return registration;
  }

  async get(id: string): Promise<RegistrationEntity> {
    const registration = await this.registrations.findById(id);
    if (!registration) {
      throw new ProblemException('not-found', {
        detail: {
          en: `No registration ${id}`,
          ru: `Регистрация ${id} не найдена`,
          kk: `${id} тіркеуі табылмады`,
        },
      });
    }
    return registration;
  }

  list(query: ListRegistrationsQuery): Promise<Page<RegistrationEntity>> {
    return this.registrations.list(query);
  }

  private async initialStatus(manager: EntityManager, event: EventProjection): Promise<RegistrationStatus> {
    if (event.requiresApproval) return 'pending';
    if (await this.projections.takeSeat(manager, event.eventId)) return 'confirmed';
    if (event.waitlistEnabled) return 'waitlisted';
    throw new ProblemException('event-full', {
      detail: {
        en: `All ${event.capacity} seats are taken and the event keeps no waitlist`,
        ru: `Все ${event.capacity} мест заняты, лист ожидания не ведётся`,
        kk: `Барлық ${event.capacity} орын бос емес, күту тізімі жүргізілмейді`,
      },
    });
  }

  private newRegistration(dto: CreateRegistrationDto, channel: RegistrationChannel): RegistrationEntity {
    const iin = dto.iin ? parseIin(dto.iin) : undefined;
    const phone = dto.phone ? normalizeKzPhone(dto.phone) : undefined;
    const now = new Date();
    return Object.assign(new RegistrationEntity(), {
      id: uuidv7(),
      eventId: dto.eventId,
      status: 'pending' as const,
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
      channel,
      participantKey: participantKey(this.env.PARTICIPANT_KEY_SECRET, {
        iin: iin?.ok ? iin.iin : null,
        email: dto.email,
      }),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  private async duplicateProblem(registration: RegistrationEntity): Promise<ProblemException> {
    const existing = await this.registrations.findActiveDuplicate(
      registration.eventId,
      registration.iin,
      registration.email ?? '',
    );
    return new ProblemException('duplicate-registration', {
      detail: {
        en: 'A participant with this IIN or e-mail already has an active registration for this event',
        ru: 'У участника с этим ИИН или e-mail уже есть активная регистрация на это мероприятие',
        kk: 'Осы ЖСН немесе e-mail бар қатысушының бұл іс-шараға белсенді тіркеуі бар',
      },
      extensions: { existingRegistrationId: existing?.id ?? null },
    });
  }
}

function channelOf(principal: Principal): RegistrationChannel {
  return principal.kind === 'admin-key' ? 'admin' : 'api';
}

function assertRegistrationOpen(event: EventProjection, now: Date): void {
  if (event.status !== 'published') {
    throw new ProblemException('event-not-open', {
      detail: {
        en: `The event is ${event.status}`,
        ru: `Мероприятие ${event.status === 'cancelled' ? 'отменено' : 'в архиве'}`,
        kk: `Іс-шара ${event.status === 'cancelled' ? 'болдырылмады' : 'мұрағатта'}`,
      },
    });
  }
  const notYet = event.registrationOpensAt && now < event.registrationOpensAt;
  const over = event.registrationClosesAt && now > event.registrationClosesAt;
  if (notYet || over) {
    throw new ProblemException('event-not-open', {
      detail: notYet
        ? {
            en: 'Registration has not opened yet',
            ru: 'Регистрация ещё не открыта',
            kk: 'Тіркеу әлі ашылған жоқ',
          }
        : { en: 'Registration has closed', ru: 'Регистрация закрыта', kk: 'Тіркеу жабылды' },
    });
  }
}

function eventNotFound(eventId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No published event ${eventId} is open for registration`,
      ru: `Опубликованное мероприятие ${eventId} для регистрации не найдено`,
      kk: `Тіркелуге ашық ${eventId} жарияланған іс-шарасы табылмады`,
    },
    errors: [{ field: 'eventId', code: 'unknownEvent' }],
  });
}

/** The analytics view of a registration: ids, codes and a pseudonymous key, no personal data. */
function createdEventData(registration: RegistrationEntity): RegistrationCreatedV1 {
  return {
    registrationId: registration.id,
    eventId: registration.eventId,
    version: registration.version,
    status: registration.status,
    regionCode: registration.regionCode,
    sex: registration.sex,
    ageBand: registration.birthDate ? ageBand(registration.birthDate, registration.createdAt) : null,
    channel: registration.channel,
    participantKey: registration.participantKey as string, // only anonymisation clears it
    occurredAt: registration.createdAt.toISOString(),
  };
}
