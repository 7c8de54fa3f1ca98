import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_TYPES, TOPICS, type SchedulePublishedV1 } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { isUniqueViolation, runInTransaction } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { notInStatus } from '../../events/event-rules';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { ProgrammeEvents } from '../programme-events';
import { ProgrammeRepository } from '../programme.repository';
import { ProgrammeSessionsService } from '../sessions/programme-sessions.service';
import { diffSchedules } from './changelog';
import type { PublishScheduleDto } from './publish-schedule.dto';
import { ScheduleVersionEntity } from './schedule-version.entity';
import { buildSnapshot, fromStored, toStored } from './snapshot';

export const VERSIONS_LISTED = 100;

export interface PublishedVersion {
  eventId: string;
  number: number;
  name: string;
  comment: string | null;
  forced: boolean;
  publishedAt: Date;
  changelog: ScheduleVersionEntity['changelog'];
}

@Injectable()
export class ScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programme: ProgrammeRepository,
    private readonly sessions: ProgrammeSessionsService,
    private readonly events: ProgrammeEvents,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Freezes the current programme as the next named, immutable version, with its changelog against
   * the previous one, and announces it. Room and speaker clashes refuse it unless forced.
   */
  publish(eventId: string, dto: PublishScheduleDto): Promise<PublishedVersion> {
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lockEditable(manager, eventId);
      if (event.status !== 'published') {
        throw notInStatus(event, {
          en: 'publish the event before its schedule',
          ru: 'сначала опубликуйте мероприятие',
          kk: 'алдымен іс-шараны жариялаңыз',
        });
      }
      const blocking = (await this.sessions.allConflicts(manager, event)).filter(
        (conflict) => conflict.severity === 'blocking',
      );
      if (blocking.length && !dto.force) {
        throw new ProblemException('conflict', {
          detail: {
            en: `${blocking.length} room or speaker clash(es) block publishing; resolve them or publish with force`,
            ru: `Публикацию блокируют пересечения залов или спикеров (${blocking.length}); устраните их или опубликуйте принудительно`,
            kk: `Жариялауға зал немесе спикер қайшылықтары (${blocking.length}) кедергі; оларды жойыңыз немесе мәжбүрлеп жариялаңыз`,
          },
          extensions: { conflicts: blocking },
        });
      }
      const previous = await this.programme.latestVersion(eventId, manager);
      const number = (previous?.number ?? 0) + 1;
      const publishedAt = new Date();
      const [rooms, tracks, sessions] = await Promise.all([
        this.programme.rooms(eventId, manager),
        this.programme.tracks(eventId, manager),
        this.programme.sessions(eventId, manager),
      ]);
      const speakerNames = await this.programme.speakerNames(
        [...new Set(sessions.flatMap((s) => s.speakerIds))],
        manager,
      );
      const name = dto.name?.trim() || `v${number}`;
      const snapshot = buildSnapshot({
        event,
        rooms,
        tracks,
        sessions,
        speakerNames,
        eventUrl: null,
        version: { name, number, publishedAt },
      });
      const changelog = diffSchedules(previous ? fromStored(previous.snapshot) : null, snapshot);
      const version = Object.assign(new ScheduleVersionEntity(), {
        eventId,
        number,
        name,
        comment: dto.comment ?? null,
        snapshot: toStored(snapshot),
        changelog,
        forced: Boolean(dto.force && blocking.length),
        publishedAt,
      });
      await this.programme.save(manager, version);
      const data: SchedulePublishedV1 = {
        eventId,
        version: number,
        name,
        changes: changelog,
        publishedAt: publishedAt.toISOString(),
      };
      await this.outbox.append(manager, {
        topic: TOPICS.events,
        type: EVENT_TYPES.schedulePublished,
        subject: eventId,
        data,
      });
      return summary(version);
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'schedule_versions_name_key')) {
        throw new ProblemException('conflict', { errors: [{ field: 'name', code: 'taken' }] });
      }
      throw error;
    });
  }

  async versions(eventId: string): Promise<{ items: PublishedVersion[] }> {
    await this.events.get(eventId);
    return { items: (await this.programme.versions(eventId, VERSIONS_LISTED)).map(summary) };
  }

  async version(
    eventId: string,
    number: number,
  ): Promise<PublishedVersion & { snapshot: ProgrammeSnapshot }> {
    const version = await this.programme.version(eventId, number);
    if (!version) throw versionNotFound(number);
    return { ...summary(version), snapshot: fromStored(version.snapshot) };
  }

  /**
   * Which version a public read is about: (event, number) of the latest published version of a
   * published event, or of the one asked for. One small query, so revalidation (304) costs little.
   */
  async publicVersionRef(slug: string, number?: number): Promise<{ eventId: string; number: number }> {
    const key = `${slug}#${number ?? 'latest'}`;
    const cached = this.recentRefs.get(key);
    if (cached && cached.until > Date.now()) return cached.ref;
    const ref = await this.programme.publishedVersionRef(slug, number);
    if (ref) this.rememberRef(key, ref);
    if (!ref) {
      await this.events.publishedBySlug(slug); // a 404 naming the event when it is the event that is missing
      throw versionNotFound(number);
    }
    return ref;
  }

  /**
   * Which version is the latest is remembered for a second: public readers then cost no database
   * round trip, and a newly published version shows within a second (responses say max-age=60 anyway).
   */
  private readonly recentRefs = new Map<
    string,
    { ref: { eventId: string; number: number }; until: number }
  >();

  private rememberRef(key: string, ref: { eventId: string; number: number }): void {
    if (this.recentRefs.size >= 10_000) this.recentRefs.clear();
    this.recentRefs.set(key, { ref, until: Date.now() + 1_000 });
  }

  /** Published versions never change: the last few read are kept parsed in memory. */
  private readonly snapshots = new Map<string, ProgrammeSnapshot>();

  async snapshot(eventId: string, number: number): Promise<ProgrammeSnapshot> {
    const key = `${eventId}.${number}`;
    const kept = this.snapshots.get(key);
    if (kept) return kept;
    const version = await this.programme.version(eventId, number);
    if (!version) throw versionNotFound(number);
    const snapshot = fromStored(version.snapshot);
    if (this.snapshots.size >= 16) this.snapshots.delete(this.snapshots.keys().next().value as string);
    this.snapshots.set(key, snapshot);
    return snapshot;
  }
}

function summary(version: ScheduleVersionEntity): PublishedVersion {
  const { eventId, number, name, comment, forced, publishedAt, changelog } = version;
  return { eventId, number, name, comment, forced, publishedAt, changelog };
}

function versionNotFound(number?: number): ProblemException {
  const which = number === undefined ? '' : ` ${number}`;
  return new ProblemException('not-found', {
    detail: {
      en: `No published schedule version${which}`,
      ru: `Опубликованная версия расписания${which} не найдена`,
      kk: `Жарияланған кесте нұсқасы${which} табылмады`,
    },
  });
}
