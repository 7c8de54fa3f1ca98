import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { SchedulePublishedV1, SessionChangedV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';

export interface AgendaSession {
  sessionId: string;
  eventId: string;
  version: number;
  title: Multilingual;
  type: string;
  language: string;
  trackId: string | null;
  roomId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  status: 'draft' | 'confirmed' | 'cancelled';
  occurredAt: Date;
  /** The event's time zone, when the event was published (this service knows it then). */
  timeZone: string | null;
  /** The published schedule version the session is shown in (public agendas only). */
  scheduleVersion: number | null;
  schedulePublishedAt: Date | null;
}

interface Row {
  session_id: string;
  event_id: string;
  version: number;
  title: Multilingual;
  type: string;
  language: string;
  track_id: string | null;
  room_id: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  status: AgendaSession['status'];
  speaker_ids: string[];
  occurred_at: Date;
  time_zone: string | null;
  schedule_version: number | null;
  published_at: Date | null;
}

/**
 * Speakers' sessions as the programme announced them. Every version of every session is kept
 * (a programme has hundreds, not millions): a speaker's current agenda is the newest version of
 * each session naming them, the public agenda the newest version as of the event's latest
 * published schedule. Events from the two topics may arrive in any order; both views are
 * computed when read, so a late session event still lands in the right place.
 */
@Injectable()
export class AgendaProjectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: a redelivered version is ignored. */
  async applySession(manager: EntityManager, session: SessionChangedV1): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO speakers.agenda_sessions
         (session_id, version, event_id, title, type, language, track_id, room_id, starts_at, ends_at,
          status, speaker_ids, occurred_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12::uuid[], $13)
       ON CONFLICT (session_id, version) DO NOTHING
       RETURNING 1`,
      [
        session.sessionId,
        session.version,
        session.eventId,
        JSON.stringify(session.title),
        session.type,
        session.language,
        session.trackId ?? null,
        session.roomId ?? null,
        session.startsAt ?? null,
        session.endsAt ?? null,
        session.status,
        session.speakerIds,
        session.occurredAt,
      ],
    );
  }

  /** Only a newer schedule version replaces the stored one. */
  applySchedule(manager: EntityManager, schedule: SchedulePublishedV1): Promise<boolean> {
    return upsertIfNewer(manager, 'speakers.published_schedules', 'event_id', {
      event_id: schedule.eventId,
      version: schedule.version,
      name: schedule.name,
      published_at: schedule.publishedAt,
    });
  }

  /** The newest version of every session that names the speaker now, published or not. */
  async current(speakerId: string): Promise<AgendaSession[]> {
    const rows = await queryRows<Row>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (s.session_id) s.*, e.time_zone, NULL::int AS schedule_version, NULL::timestamptz AS published_at
         FROM speakers.agenda_sessions s
         LEFT JOIN speakers.event_projections e ON e.event_id = s.event_id
        WHERE s.session_id IN (SELECT session_id FROM speakers.agenda_sessions WHERE speaker_ids @> ARRAY[$1]::uuid[])
        ORDER BY s.session_id, s.version DESC`,
      [speakerId],
    );
    return sorted(rows.filter((row) => row.speaker_ids.includes(speakerId)).map(toSession));
  }

  /**
   * What the latest published schedule of each event shows for the speaker: each session as it
   * was when that schedule was published, if it was confirmed and placed in a room and slot then
   * (as the sessions service builds its snapshots), and named the speaker.
   */
  async published(speakerId: string): Promise<AgendaSession[]> {
    const rows = await queryRows<Row>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (s.session_id) s.*, e.time_zone, p.version AS schedule_version, p.published_at
         FROM speakers.agenda_sessions s
         JOIN speakers.published_schedules p ON p.event_id = s.event_id AND s.occurred_at <= p.published_at
         LEFT JOIN speakers.event_projections e ON e.event_id = s.event_id
        WHERE s.session_id IN (SELECT session_id FROM speakers.agenda_sessions WHERE speaker_ids @> ARRAY[$1]::uuid[])
        ORDER BY s.session_id, s.version DESC`,
      [speakerId],
    );
    return sorted(
      rows
        .filter(
          (row) =>
            row.speaker_ids.includes(speakerId) &&
            row.status === 'confirmed' &&
            row.room_id !== null &&
            row.starts_at !== null &&
            row.ends_at !== null,
        )
        .map(toSession),
    );
  }
}

function toSession(row: Row): AgendaSession {
  return {
    sessionId: row.session_id,
    eventId: row.event_id,
    version: row.version,
    title: row.title,
    type: row.type,
    language: row.language,
    trackId: row.track_id,
    roomId: row.room_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    scheduleVersion: row.schedule_version,
    schedulePublishedAt: row.published_at,
  };
}

/** By start time; sessions without a slot yet come last. */
function sorted(sessions: AgendaSession[]): AgendaSession[] {
  const key = (s: AgendaSession) => s.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return sessions.sort((a, b) => key(a) - key(b) || a.sessionId.localeCompare(b.sessionId));
}
