import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EVENT_TYPES,
  TOPICS,
  type SpeakerAvailabilityChangedV1,
  type SpeakerCreatedV1,
} from '@jiyn/contracts';
import { normalizeKzPhone } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import type { Page, PageQuery } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { SpeakerAccessService, type IssuedInvitation } from '../speaker-access';
import type { SetAvailabilityDto } from './dto/availability.dto';
import type { CreateSpeakerDto } from './dto/create-speaker.dto';
import { SpeakerEntity } from './speaker.entity';
import { SpeakersRepository, type AvailabilityRange } from './speakers.repository';

@Injectable()
export class SpeakersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly speakers: SpeakersRepository,
    private readonly events: EventProjectionRepository,
    private readonly outbox: OutboxWriter,
    private readonly access: SpeakerAccessService,
  ) {}

  /** A one-time link for the speaker to complete their profile; older unused links stop working. */
  invite(speakerId: string, ttlHours?: number): Promise<IssuedInvitation> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.speakers.findById(speakerId, manager))) throw speakerNotFound(speakerId);
      return this.access.issueInvitation(manager, 'speaker', speakerId, ttlHours);
    });
  }

  create(dto: CreateSpeakerDto): Promise<SpeakerEntity> {
    return this.dataSource.transaction((manager) => this.createWithin(manager, dto));
  }

  /** Creates a speaker inside the caller's transaction (e.g. a new co-speaker named on a proposal). */
  async createWithin(manager: EntityManager, dto: CreateSpeakerDto): Promise<SpeakerEntity> {
    if (!Object.values(dto.fullName).some((name) => name?.trim())) {
      throw new ProblemException('validation', {
        errors: [{ field: 'fullName', code: 'multilingualRequired', args: [['kk', 'ru', 'en']] }],
      });
    }
    const now = new Date();
    const phone = dto.phone ? normalizeKzPhone(dto.phone) : undefined;
    const speaker = Object.assign(new SpeakerEntity(), {
      id: uuidv7(),
      fullName: { ...dto.fullName },
      position: { ...(dto.position ?? {}) },
      organisation: { ...(dto.organisation ?? {}) },
      biography: { ...(dto.biography ?? {}) },
      languages: dto.languages ?? [],
      email: dto.email ?? null,
      phone: phone?.ok ? phone.e164 : null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await this.speakers.insert(manager, speaker);
    // Public fields only: contact details never travel on Kafka.
    const data: SpeakerCreatedV1 = {
      speakerId: speaker.id,
      version: speaker.version,
      fullName: speaker.fullName,
      position: speaker.position,
      languages: speaker.languages,
      occurredAt: now.toISOString(),
    };
    await this.outbox.append(manager, {
      topic: TOPICS.speakers,
      type: EVENT_TYPES.speakerCreated,
      subject: speaker.id,
      data,
    });
    return speaker;
  }

  async get(id: string): Promise<SpeakerEntity> {
    const speaker = await this.speakers.findById(id);
    if (!speaker) throw speakerNotFound(id);
    return speaker;
  }

  list(page: PageQuery): Promise<Page<SpeakerEntity>> {
    return this.speakers.list(page);
  }

  /**
   * Replaces a speaker's availability for one event; each range must lie within the event's days.
   * A change is announced as speaker.availability.changed in the same transaction (the programme
   * warns about sessions outside it); setting the same ranges again changes and announces nothing.
   */
  async setAvailability(
    speakerId: string,
    eventId: string,
    dto: SetAvailabilityDto,
  ): Promise<AvailabilityRange[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.speakers.findById(speakerId, manager))) throw speakerNotFound(speakerId);
      const event = await this.events.find(manager, eventId);
      if (!event) {
        throw new ProblemException('not-found', {
          detail: {
            en: `No published event ${eventId}`,
            ru: `Опубликованное мероприятие ${eventId} не найдено`,
            kk: `${eventId} жарияланған іс-шарасы табылмады`,
          },
        });
      }
      const ranges = dto.ranges
        .map((range) => ({ startsAt: new Date(range.startsAt), endsAt: new Date(range.endsAt) }))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      const problems: FieldProblem[] = [];
      ranges.forEach((range, index) => {
        if (range.endsAt <= range.startsAt)
          problems.push({ field: `ranges[${index}].endsAt`, code: 'endsBeforeStart' });
        if (range.startsAt < event.startsAt || range.endsAt > event.endsAt)
          problems.push({ field: `ranges[${index}]`, code: 'outsideEvent' });
        const previous = ranges[index - 1];
        if (previous && range.startsAt < previous.endsAt)
          problems.push({ field: `ranges[${index}]`, code: 'overlaps' });
      });
      if (problems.length) throw new ProblemException('validation', { errors: problems });
      const stored = ranges.map((range) => ({
        startsAt: range.startsAt.toISOString(),
        endsAt: range.endsAt.toISOString(),
      }));
      const version = await this.speakers.setAvailability(manager, speakerId, eventId, stored);
      if (version !== null) {
        // Ids and times only: nothing personal travels.
        const data: SpeakerAvailabilityChangedV1 = {
          speakerId,
          eventId,
          version,
          ranges: stored,
          occurredAt: new Date().toISOString(),
        };
        await this.outbox.append(manager, {
          topic: TOPICS.speakers,
          type: EVENT_TYPES.speakerAvailabilityChanged,
          subject: speakerId,
          data,
        });
      }
      return stored;
    });
  }

  availability(speakerId: string, eventId: string): Promise<AvailabilityRange[]> {
    return this.speakers.availability(speakerId, eventId);
  }
}

function speakerNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: { en: `No speaker ${id}`, ru: `Спикер ${id} не найден`, kk: `${id} спикері табылмады` },
  });
}
