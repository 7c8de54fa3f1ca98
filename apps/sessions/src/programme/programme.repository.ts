import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Multilingual } from '@jiyn/kz';
import { pageInCreationOrder, queryRows, upsertIfNewer, type Page, type PageQuery } from '@jiyn/persistence';
import type { ScheduledItem } from './conflicts/detect-conflicts';
import { RoomEntity } from './rooms/room.entity';
import { ScheduleVersionEntity } from './schedule/schedule-version.entity';
import { ProgrammeSessionEntity } from './sessions/programme-session.entity';
import { TrackEntity } from './tracks/track.entity';

/** Rooms, tracks, sessions and schedule versions of events: the only place that knows TypeORM here. */
@Injectable()
export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  rooms(eventId: string, manager: EntityManager = this.manager): Promise<RoomEntity[]> {
    return manager.find(RoomEntity, { where: { eventId }, order: { position: 'ASC', id: 'ASC' } });
  }

  room(eventId: string, id: string, manager: EntityManager = this.manager): Promise<RoomEntity | null> {
    return manager.findOneBy(RoomEntity, { eventId, id });
  }

  tracks(eventId: string, manager: EntityManager = this.manager): Promise<TrackEntity[]> {
    return manager.find(TrackEntity, { where: { eventId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  track(eventId: string, id: string, manager: EntityManager = this.manager): Promise<TrackEntity | null> {
    return manager.findOneBy(TrackEntity, { eventId, id });
  }

  count(
    manager: EntityManager,
    entity: typeof RoomEntity | typeof TrackEntity | typeof ProgrammeSessionEntity,
    eventId: string,
  ): Promise<number> {
    return manager.countBy(entity, { eventId });
  }

  save<T extends RoomEntity | TrackEntity | ProgrammeSessionEntity | ScheduleVersionEntity>(
    manager: EntityManager,
    entity: T,
  ): Promise<T> {
    return manager.save(entity);
  }

  /** Every session of an event: conflict checks and schedule versions need the whole programme. */
  sessions(eventId: string, manager: EntityManager = this.manager): Promise<ProgrammeSessionEntity[]> {
    return manager.find(ProgrammeSessionEntity, {
      where: { eventId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  sessionPage(eventId: string, page: PageQuery): Promise<Page<ProgrammeSessionEntity>> {
    const query = this.manager
      .createQueryBuilder(ProgrammeSessionEntity, 's')
      .where('s.event_id = :eventId', { eventId });
    return pageInCreationOrder(query, 's', page);
  }

  session(
    eventId: string,
    id: string,
    manager: EntityManager = this.manager,
  ): Promise<ProgrammeSessionEntity | null> {
    return manager.findOneBy(ProgrammeSessionEntity, { eventId, id });
  }

  sessionForUpdate(
    manager: EntityManager,
    eventId: string,
    id: string,
  ): Promise<ProgrammeSessionEntity | null> {
    return manager
      .createQueryBuilder(ProgrammeSessionEntity, 's')
      .setLock('pessimistic_write')
      .where('s.event_id = :eventId AND s.id = :id', { eventId, id })
      .getOne();
  }

  latestVersion(
    eventId: string,
    manager: EntityManager = this.manager,
  ): Promise<ScheduleVersionEntity | null> {
    return manager.findOne(ScheduleVersionEntity, { where: { eventId }, order: { number: 'DESC' } });
  }

  version(eventId: string, number: number): Promise<ScheduleVersionEntity | null> {
    return this.manager.findOneBy(ScheduleVersionEntity, { eventId, number });
  }

  async publishedVersionRef(
    slug: string,
    number?: number,
  ): Promise<{ eventId: string; number: number } | null> {
    const rows = await queryRows<{ event_id: string; number: number }>(
      this.manager,
      `SELECT v.event_id, v.number FROM sessions.schedule_versions v
         JOIN sessions.events e ON e.id = v.event_id AND e.slug = $1 AND e.status = 'published'
        WHERE $2::int IS NULL OR v.number = $2::int
        ORDER BY v.number DESC LIMIT 1`,
      [slug, number ?? null],
    );
    const row = rows[0];
    return row ? { eventId: row.event_id, number: row.number } : null;
  }

  /** Newest first, without the frozen snapshots (they can be large). */
  versions(eventId: string, limit: number): Promise<ScheduleVersionEntity[]> {
    return this.manager.find(ScheduleVersionEntity, {
      where: { eventId },
      order: { number: 'DESC' },
      take: limit,
      select: {
        eventId: true,
        number: true,
        name: true,
        comment: true,
        changelog: true,
        forced: true,
        publishedAt: true,
      },
    });
  }

  /** Public names of speakers, as the speakers service announced them. */
  async speakerNames(
    speakerIds: string[],
    manager: EntityManager = this.manager,
  ): Promise<Map<string, Multilingual>> {
    if (speakerIds.length === 0) return new Map();
    const rows = await queryRows<{ speaker_id: string; full_name: Multilingual }>(
      manager,
      // A deleted speaker is kept with an empty name (so stale updates cannot revive it): no name.
      `SELECT speaker_id, full_name FROM sessions.speaker_projections
        WHERE speaker_id = ANY($1::uuid[]) AND full_name <> '{}'::jsonb`,
      [speakerIds],
    );
    return new Map(rows.map((row) => [row.speaker_id, row.full_name]));
  }

  applySpeaker(
    manager: EntityManager,
    speaker: { speakerId: string; version: number; fullName: Multilingual },
  ): Promise<boolean> {
    return upsertIfNewer(manager, 'sessions.speaker_projections', 'speaker_id', {
      speaker_id: speaker.speakerId,
      version: speaker.version,
      full_name: JSON.stringify(speaker.fullName),
    });
  }

  /** Keeps a speaker's availability for an event unless a newer version is already stored. */
  applySpeakerAvailability(
    manager: EntityManager,
    availability: { speakerId: string; eventId: string; version: number; ranges: AvailabilityRange[] },
  ): Promise<boolean> {
    return upsertIfNewer(manager, 'sessions.speaker_availability', ['speaker_id', 'event_id'], {
      speaker_id: availability.speakerId,
      event_id: availability.eventId,
      version: availability.version,
      ranges: JSON.stringify(availability.ranges),
    });
  }

  /**
   * The availability speakers entered for an event, by speaker id. A speaker without an entry, or
   * whose entry was cleared (no ranges), is absent: nothing is known about them.
   */
  /**
   * Just what conflict detection reads, for every session of an event, in one query without
   * entity hydration: it runs on every change, so it has to stay fast with 1,000+ sessions.
   */
  async placements(eventId: string, manager: EntityManager = this.manager): Promise<ScheduledItem[]> {
    return this.placementRows(manager, '', [eventId]);
  }

  /** The placed sessions whose slot overlaps [startsAt, endsAt): all a slot can conflict with. */
  placementsOverlapping(
    eventId: string,
    startsAt: Date,
    endsAt: Date,
    manager: EntityManager = this.manager,
  ): Promise<ScheduledItem[]> {
    return this.placementRows(manager, 'AND starts_at < $3 AND ends_at > $2', [eventId, startsAt, endsAt]);
  }

  private async placementRows(
    manager: EntityManager,
    andWhere: string,
    params: unknown[],
  ): Promise<ScheduledItem[]> {
    const rows = await queryRows<{
      id: string;
      room_id: string | null;
      starts_at: Date | null;
      ends_at: Date | null;
      capacity: number | null;
      speaker_ids: string[];
      status: ScheduledItem['status'];
    }>(
      manager,
      `SELECT id, room_id, starts_at, ends_at, capacity, speaker_ids, status FROM sessions.programme_sessions
        WHERE event_id = $1 AND status <> 'cancelled' AND starts_at IS NOT NULL ${andWhere}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      roomId: row.room_id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      capacity: row.capacity,
      speakerIds: row.speaker_ids,
      status: row.status,
    }));
  }

  async roomCapacities(
    eventId: string,
    manager: EntityManager = this.manager,
  ): Promise<Map<string, number | null>> {
    const rows = await queryRows<{ id: string; capacity: number | null }>(
      manager,
      'SELECT id, capacity FROM sessions.rooms WHERE event_id = $1',
      [eventId],
    );
    return new Map(rows.map((row) => [row.id, row.capacity]));
  }

  async speakerAvailability(
    eventId: string,
    manager: EntityManager = this.manager,
  ): Promise<Map<string, { startsAt: Date; endsAt: Date }[]>> {
    const rows = await queryRows<{ speaker_id: string; ranges: AvailabilityRange[] }>(
      manager,
      `SELECT speaker_id, ranges FROM sessions.speaker_availability
       WHERE event_id = $1 AND jsonb_array_length(ranges) > 0`,
      [eventId],
    );
    return new Map(
      rows.map((row) => [
        row.speaker_id,
        row.ranges.map((range) => ({ startsAt: new Date(range.startsAt), endsAt: new Date(range.endsAt) })),
      ]),
    );
  }
}

/** A time range as stored in projections: ISO 8601 UTC strings. */
export interface AvailabilityRange {
  startsAt: string;
  endsAt: string;
}
