import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventUpdatedV1 } from '@jiyn/contracts';
import { KZ_DEFAULT_TIME_ZONE, type Lang } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page, runInTransaction } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { allows, assertAllowed, missingScope, type Principal, type Scope } from '@jiyn/auth';
import type { CreateEventDto } from './dto/create-event.dto';
import type { ListEventsQuery } from './dto/list-events.query';
import type { UpdateEventDto } from './dto/update-event.dto';
import { EventEntity, type EventStatus } from './event.entity';
import {
  applyUpdate,
  assertCoherentDates,
  completenessProblems,
  eventNotFound,
  eventState,
  notInStatus,
} from './event-rules';
import { EventsRepository } from './events.repository';

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(dto: CreateEventDto, principal: Principal): Promise<EventEntity> {
    const organisationId = dto.organisationId ?? principal.organisationId;
    if (!organisationId) {
      throw new ProblemException('validation', { errors: [{ field: 'organisationId', code: 'isDefined' }] });
    }
    if (!allows(principal, 'events:write', { organisationId })) throw missingScope('events:write');
    // Timestamps are set here, at millisecond precision, so keyset cursors (ISO strings) compare exactly.
    const now = new Date();
    const event = Object.assign(new EventEntity(), {
      id: uuidv7(),
      organisationId,
      slug: dto.slug,
      title: { ...dto.title },
      description: { ...(dto.description ?? {}) },
      requiredLanguages: dto.requiredLanguages ?? (['kk', 'ru'] as Lang[]),
      timeZone: dto.timeZone ?? KZ_DEFAULT_TIME_ZONE,
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      capacity: dto.capacity ?? null,
      registrationOpensAt: dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null,
      registrationClosesAt: dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null,
      requiresApproval: dto.requiresApproval ?? false,
      waitlistEnabled: dto.waitlistEnabled ?? true,
      venue: dto.venue ? { name: { ...dto.venue.name }, address: dto.venue.address } : null,
      organisers: (dto.organisers ?? []).map((organiser) => ({
        name: { ...organiser.name },
        role: organiser.role,
      })),
      cancellationDeadline: dto.cancellationDeadline ? new Date(dto.cancellationDeadline) : null,
      status: 'draft' as const,
      version: 1,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    });
    assertCoherentDates(event);
    try {
      await runInTransaction(this.dataSource, (manager) => this.events.insert(manager, event));
    } catch (error) {
      if (isUniqueViolation(error, 'events_slug_key')) {
        throw new ProblemException('conflict', {
          detail: {
            en: `An event with slug "${dto.slug}" already exists`,
            ru: `Мероприятие с адресом «${dto.slug}» уже существует`,
            kk: `«${dto.slug}» мекенжайы бар іс-шара бұрыннан бар`,
          },
          errors: [{ field: 'slug', code: 'taken' }],
        });
      }
      throw error;
    }
    return event;
  }

  async get(id: string, principal: Principal): Promise<EventEntity> {
    const event = await this.events.findById(id);
    if (!event) throw eventNotFound(id);
    assertEventAllowed(principal, 'events:read', event);
    return event;
  }

  async getPublishedBySlug(slug: string): Promise<EventEntity> {
    const event = await this.events.findPublishedBySlug(slug);
    if (!event) throw eventNotFound(slug);
    return event;
  }

  list(query: ListEventsQuery, principal: Principal): Promise<Page<EventEntity>> {
    return this.events.list(query, principal);
  }

  /** Checks completeness, marks the event published and announces it, in one transaction. */
  async publish(id: string, principal: Principal): Promise<EventEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.lockedEvent(manager, id, principal);
      if (event.status !== 'draft') {
        throw notInStatus(event, {
          en: 'only a draft can be published',
          ru: 'опубликовать можно только черновик',
          kk: 'тек жобаны жариялауға болады',
        });
      }
      const problems = completenessProblems(event);
      if (problems.length) throw new ProblemException('validation', { errors: problems });
      const now = new Date();
      Object.assign(event, {
        status: 'published',
        publishedAt: now,
        updatedAt: now,
        version: event.version + 1,
      });
      await this.events.save(manager, event);
      await this.outbox.append(manager, {
        topic: TOPICS.events,
        type: EVENT_TYPES.eventPublished,
        subject: event.id,
        data: eventState(event),
      });
      return event;
    });
  }

  /** Changes an event; once published, every change is announced as event.updated with the new version. */
  async update(id: string, dto: UpdateEventDto, principal: Principal): Promise<EventEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.lockedEvent(manager, id, principal);
      if (event.status === 'cancelled' || event.status === 'archived') {
        throw notInStatus(event, {
          en: 'it can no longer change',
          ru: 'его больше нельзя изменить',
          kk: 'оны енді өзгерту мүмкін емес',
        });
      }
      const next = applyUpdate(event, dto);
      assertCoherentDates(next, event);
      if (next.status === 'published') {
        const problems = completenessProblems(next);
        if (problems.length) throw new ProblemException('validation', { errors: problems });
      }
      Object.assign(next, { version: event.version + 1, updatedAt: new Date() });
      await this.events.save(manager, next);
      if (next.status === 'published') await this.announceUpdate(manager, next);
      return next;
    });
  }

  /** Cancels a draft or published event; a published one is announced, so registrations close. */
  cancel(id: string, principal: Principal): Promise<EventEntity> {
    return this.transition(id, principal, ['draft', 'published'], 'cancelled');
  }

  /** Archives a published event once it is over: read-only from then on. */
  archive(id: string, principal: Principal): Promise<EventEntity> {
    return this.transition(id, principal, ['published'], 'archived');
  }

  private async transition(
    id: string,
    principal: Principal,
    from: EventStatus[],
    to: EventStatus,
  ): Promise<EventEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.lockedEvent(manager, id, principal);
      if (!from.includes(event.status)) {
        throw notInStatus(event, {
          en: `it cannot become ${to}`,
          ru: `оно не может перейти в «${to}»`,
          kk: `ол «${to}» күйіне өте алмайды`,
        });
      }
      const wasPublished = event.status === 'published';
      Object.assign(event, { status: to, version: event.version + 1, updatedAt: new Date() });
      await this.events.save(manager, event);
      if (wasPublished) await this.announceUpdate(manager, event);
      return event;
    });
  }

  /** The event, locked, once the principal may change it; another organisation's is not found. */
  private async lockedEvent(manager: EntityManager, id: string, principal: Principal): Promise<EventEntity> {
    const event = await this.events.findByIdForUpdate(manager, id);
    if (!event) throw eventNotFound(id);
    assertEventAllowed(principal, 'events:write', event);
    return event;
  }

  private async announceUpdate(manager: EntityManager, event: EventEntity): Promise<void> {
    const data: EventUpdatedV1 = { ...eventState(event), status: event.status as EventUpdatedV1['status'] };
    await this.outbox.append(manager, {
      topic: TOPICS.events,
      type: EVENT_TYPES.eventUpdated,
      subject: event.id,
      data,
    });
  }
}

/** An event without an owner (made before organisations owned events) is nobody's: not found. */
function assertEventAllowed(principal: Principal, scope: Scope, event: EventEntity): void {
  if (!event.organisationId) throw eventNotFound(event.id);
  assertAllowed(principal, scope, { organisationId: event.organisationId, eventId: event.id });
}
