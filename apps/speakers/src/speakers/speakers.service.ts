import { Injectable } from '@nestjs/common';
import { allows, missingScope, reach, type Principal } from '@jiyn/auth';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EVENT_TYPES,
  TOPICS,
  type SpeakerAvailabilityChangedV1,
  type SpeakerCreatedV1,
  type SpeakerDeletedV1,
  type SpeakerUpdatedV1,
} from '@jiyn/contracts';
import { normalizeKzPhone, type Multilingual } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import type { Page, PageQuery } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { SpeakerAccessService, type IssuedInvitation, type MailedInvitation } from '../speaker-access';
import type { SetAvailabilityDto } from './dto/availability.dto';
import type { CreateSpeakerDto, SpeakerProfileDto } from './dto/create-speaker.dto';
import type { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { SpeakerEntity } from './speaker.entity';
import { SpeakersRepository, type AvailabilityRange } from './speakers.repository';
import { runInTransaction } from '@jiyn/persistence';

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
    return runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.speakers.findById(speakerId, manager))) throw speakerNotFound(speakerId);
      return this.access.issueInvitation(manager, 'speaker', speakerId, ttlHours);
    });
  }

  /**
   * The same invitation, sent to the speaker's e-mail address by the notifications service: nobody
   * else sees the link. Older unused links stop working; 409 when the profile has no address.
   */
  inviteByEmail(speakerId: string, ttlHours?: number): Promise<MailedInvitation> {
    return runInTransaction(this.dataSource, async (manager) => {
      const speaker = await this.speakers.findById(speakerId, manager);
      if (!speaker) throw speakerNotFound(speakerId);
      if (!speaker.email) {
        throw new ProblemException('conflict', {
          detail: {
            en: 'The speaker has no e-mail address: add one, or take the link and pass it on',
            ru: 'У спикера нет адреса электронной почты: добавьте его или возьмите ссылку и передайте сами',
            kk: 'Спикердің электрондық пошта мекенжайы жоқ: оны қосыңыз немесе сілтемені алып, өзіңіз беріңіз',
          },
          extensions: { reason: 'no-email-address' },
        });
      }
      return this.access.issueMailedInvitation(manager, {
        speakerId,
        organisationId: speaker.organisationId,
        ttlHours,
      });
    });
  }

  /** Ends the speaker's self-service access (links and tokens) without touching the profile. */
  revokeAccess(speakerId: string): Promise<{ revokedTokens: number }> {
    return runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.speakers.findById(speakerId, manager))) throw speakerNotFound(speakerId);
      return { revokedTokens: await this.access.revokeAll(manager, 'speaker', speakerId) };
    });
  }

  /**
   * A new profile in the organisation the body names, else the caller's own; the caller must be
   * allowed to write speakers there (403 otherwise, like events).
   */
  create(dto: CreateSpeakerDto, principal: Principal): Promise<SpeakerEntity> {
    const { organisationId = principal.organisationId, ...profile } = dto;
    if (!organisationId) {
      throw new ProblemException('validation', { errors: [{ field: 'organisationId', code: 'isDefined' }] });
    }
    if (!allows(principal, 'speakers:write', { organisationId })) throw missingScope('speakers:write');
    return runInTransaction(this.dataSource, (manager) =>
      this.createWithin(manager, profile, organisationId),
    );
  }

  /**
   * Creates a speaker of the organisation inside the caller's transaction (e.g. a new co-speaker
   * named on a proposal: the event's organisation; null only for an event without a known owner).
   */
  async createWithin(
    manager: EntityManager,
    dto: SpeakerProfileDto,
    organisationId: string | null,
  ): Promise<SpeakerEntity> {
    const now = new Date();
    const speaker = Object.assign(new SpeakerEntity(), {
      id: uuidv7(),
      organisationId,
      fullName: {},
      position: {},
      organisation: {},
      biography: {},
      photoUrl: null,
      links: [],
      languages: [],
      email: null,
      phone: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    applyChanges(speaker, dto);
    await this.speakers.insert(manager, speaker);
    await this.outbox.append(manager, {
      topic: TOPICS.speakers,
      type: EVENT_TYPES.speakerCreated,
      subject: speaker.id,
      data: publicPayload(speaker, now) satisfies SpeakerCreatedV1,
    });
    return speaker;
  }

  /**
   * Changes what the request names, as an organiser or the speaker themself. A change that changes
   * nothing makes no version; speaker.updated is announced only when a public field changed, and
   * carries public fields only (a new phone number is nobody else's business).
   */
  update(id: string, dto: UpdateSpeakerDto): Promise<SpeakerEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const speaker = await this.speakers.findForUpdate(manager, id);
      if (!speaker) throw speakerNotFound(id);
      const before = { public: publicFingerprint(speaker), private: privateFingerprint(speaker) };
      applyChanges(speaker, dto);
      const publicChanged = publicFingerprint(speaker) !== before.public;
      if (!publicChanged && privateFingerprint(speaker) === before.private) return speaker;
      const now = new Date();
      speaker.version += 1;
      speaker.updatedAt = now;
      await this.speakers.save(manager, speaker);
      if (publicChanged) {
        await this.outbox.append(manager, {
          topic: TOPICS.speakers,
          type: EVENT_TYPES.speakerUpdated,
          subject: speaker.id,
          data: publicPayload(speaker, now) satisfies SpeakerUpdatedV1,
        });
      }
      return speaker;
    });
  }

  /**
   * Deletes a profile: its contact details and availability go, its access ends, and
   * speaker.deleted tells the programme to drop the name. A tombstone row stays, so proposals that
   * name the speaker keep a valid reference; every read answers 404 from now on.
   */
  delete(id: string): Promise<void> {
    return runInTransaction(this.dataSource, async (manager) => {
      const speaker = await this.speakers.findForUpdate(manager, id);
      if (!speaker) throw speakerNotFound(id);
      const now = new Date();
      Object.assign(speaker, {
        email: null,
        phone: null,
        version: speaker.version + 1,
        updatedAt: now,
        deletedAt: now,
      });
      await this.speakers.save(manager, speaker);
      await this.speakers.deleteAvailability(manager, id);
      await this.access.revokeAll(manager, 'speaker', id);
      const data: SpeakerDeletedV1 = {
        speakerId: id,
        version: speaker.version,
        occurredAt: now.toISOString(),
      };
      await this.outbox.append(manager, {
        topic: TOPICS.speakers,
        type: EVENT_TYPES.speakerDeleted,
        subject: id,
        data,
      });
    });
  }

  async get(id: string): Promise<SpeakerEntity> {
    const speaker = await this.speakers.findById(id);
    if (!speaker) throw speakerNotFound(id);
    return speaker;
  }

  /** The speakers of the organisations where the principal may read speakers. */
  list(page: PageQuery, principal: Principal): Promise<Page<SpeakerEntity>> {
    return this.speakers.list(page, reach(principal, 'speakers:read').organisationIds);
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
    return runInTransaction(this.dataSource, async (manager) => {
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

/** Longest name, position or organisation per language: they travel in events (limit 500). */
const MAX_SHORT_TEXT = 300;

/** Applies a create or update request to a speaker; refuses what a DTO cannot express. */
function applyChanges(speaker: SpeakerEntity, dto: UpdateSpeakerDto): void {
  const problems: FieldProblem[] = [];
  if (dto.fullName !== undefined) {
    if (!dto.fullName || !Object.values(dto.fullName).some((name) => name?.trim())) {
      problems.push({ field: 'fullName', code: 'multilingualRequired', args: [['kk', 'ru', 'en']] });
    } else speaker.fullName = trimmed(dto.fullName);
  }
  if (dto.position !== undefined) speaker.position = trimmed(dto.position ?? {});
  if (dto.organisation !== undefined) speaker.organisation = trimmed(dto.organisation ?? {});
  for (const field of ['fullName', 'position', 'organisation'] as const) {
    for (const [lang, text] of Object.entries(speaker[field])) {
      if ((text?.length ?? 0) > MAX_SHORT_TEXT)
        problems.push({ field: `${field}.${lang}`, code: 'maxLength', args: [MAX_SHORT_TEXT] });
    }
  }
  if (dto.biography !== undefined) speaker.biography = trimmed(dto.biography ?? {});
  if (dto.photoUrl !== undefined) speaker.photoUrl = dto.photoUrl ?? null;
  if (dto.links !== undefined)
    speaker.links = (dto.links ?? []).map((link) => ({ label: link.label.trim(), url: link.url }));
  if (dto.languages !== undefined) speaker.languages = dto.languages ?? [];
  if (dto.email !== undefined) speaker.email = dto.email ? dto.email.trim() : null;
  if (dto.phone !== undefined) {
    const phone = dto.phone ? normalizeKzPhone(dto.phone) : null;
    speaker.phone = phone?.ok ? phone.e164 : null;
  }
  if (problems.length) throw new ProblemException('validation', { errors: problems });
}

/** Languages with text, trimmed; empty ones are dropped. */
function trimmed(text: Multilingual): Multilingual {
  const result: Multilingual = {};
  for (const [lang, value] of Object.entries(text) as [keyof Multilingual, string | undefined][]) {
    if (value?.trim()) result[lang] = value.trim();
  }
  return result;
}

function publicFingerprint(speaker: SpeakerEntity): string {
  const { fullName, position, organisation, biography, photoUrl, links, languages } = speaker;
  return JSON.stringify(
    [fullName, position, organisation, biography, photoUrl, links, languages].map(sortKeys),
  );
}

function privateFingerprint(speaker: SpeakerEntity): string {
  return JSON.stringify([speaker.email, speaker.phone]);
}

/** JSON with object keys in order, so {ru, kk} and {kk, ru} compare equal. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    );
  return value;
}

/** The public fields that travel on Kafka; contact details never do. */
function publicPayload(speaker: SpeakerEntity, at: Date): SpeakerCreatedV1 {
  return {
    speakerId: speaker.id,
    version: speaker.version,
    fullName: speaker.fullName,
    position: speaker.position,
    languages: speaker.languages,
    occurredAt: at.toISOString(),
  };
}
