import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventPublishedV1 } from '@jiyn/contracts';
import { KZ_DEFAULT_TIME_ZONE, type Lang } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import type { CreateEventDto } from './dto/create-event.dto';
import type { ListEventsQuery } from './dto/list-events.query';
import { EventEntity } from './event.entity';
import { EventsRepository } from './events.repository';

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(dto: CreateEventDto): Promise<EventEntity> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const problems: FieldProblem[] = [];
    if (endsAt < startsAt) problems.push({ field: 'endsAt', code: 'endsBeforeStart' });
    if (
      dto.registrationOpensAt &&
      dto.registrationClosesAt &&
      new Date(dto.registrationClosesAt) < new Date(dto.registrationOpensAt)
    ) {
      problems.push({ field: 'registrationClosesAt', code: 'closesBeforeOpens' });
    }
    if (problems.length) throw new ProblemException('validation', { errors: problems });

    // Timestamps are set here, at millisecond precision, so keyset cursors (ISO strings) compare exactly.
    const now = new Date();
    const event = Object.assign(new EventEntity(), {
      id: uuidv7(),
      slug: dto.slug,
      title: { ...dto.title },
      description: { ...(dto.description ?? {}) },
      requiredLanguages: dto.requiredLanguages ?? (['kk', 'ru'] as Lang[]),
      timeZone: dto.timeZone ?? KZ_DEFAULT_TIME_ZONE,
      startsAt,
      endsAt,
      capacity: dto.capacity ?? null,
      registrationOpensAt: dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null,
      registrationClosesAt: dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null,
      requiresApproval: dto.requiresApproval ?? false,
      waitlistEnabled: dto.waitlistEnabled ?? true,
      status: 'draft' as const,
      version: 1,
      createdAt: now,
      updatedAt: now,
      publishedAt: null,
    });
    try {
      await this.dataSource.transaction((manager) => this.events.insert(manager, event));
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

  async get(id: string): Promise<EventEntity> {
    const event = await this.events.findById(id);
    if (!event) throw notFound(id);
    return event;
  }

  async getPublishedBySlug(slug: string): Promise<EventEntity> {
    const event = await this.events.findPublishedBySlug(slug);
    if (!event) throw notFound(slug);
    return event;
  }

  list(query: ListEventsQuery): Promise<Page<EventEntity>> {
    return this.events.list(query);
  }

  /** Checks completeness, marks the event published and announces it, in one transaction. */
  async publish(id: string): Promise<EventEntity> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.findByIdForUpdate(manager, id);
      if (!event) throw notFound(id);
      if (event.status !== 'draft') {
        throw new ProblemException('conflict', {
          detail: {
            en: `The event is ${event.status}; only a draft can be published`,
            ru: `Мероприятие в статусе «${event.status}»; опубликовать можно только черновик`,
            kk: `Іс-шара «${event.status}» күйінде; тек жобаны жариялауға болады`,
          },
        });
      }
      const problems = completenessProblems(event);
      if (problems.length) throw new ProblemException('validation', { errors: problems });

      const now = new Date();
      event.status = 'published';
      event.publishedAt = now;
      event.updatedAt = now;
      event.version += 1;
      await this.events.save(manager, event);
      const data: EventPublishedV1 = {
        eventId: event.id,
        version: event.version,
        slug: event.slug,
        timeZone: event.timeZone,
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
        capacity: event.capacity ?? 0,
        registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
        registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
        requiresApproval: event.requiresApproval,
        waitlistEnabled: event.waitlistEnabled,
        publishedAt: now.toISOString(),
      };
      await this.outbox.append(manager, {
        topic: TOPICS.events,
        type: EVENT_TYPES.eventPublished,
        subject: event.id,
        data,
      });
      return event;
    });
  }
}

/** What a published event must have: texts in its required languages and a capacity. */
export function completenessProblems(event: EventEntity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = event.requiredLanguages.filter((lang) => !event.title[lang]?.trim());
  if (missing.length) problems.push({ field: 'title', code: 'multilingualRequired', args: [missing] });
  if (event.capacity === null) problems.push({ field: 'capacity', code: 'isDefined' });
  return problems;
}

function notFound(idOrSlug: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No event ${idOrSlug}`,
      ru: `Мероприятие ${idOrSlug} не найдено`,
      kk: `${idOrSlug} іс-шарасы табылмады`,
    },
  });
}
