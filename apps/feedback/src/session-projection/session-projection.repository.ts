import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SessionChangedV1 } from '@jiyn/contracts';
import { queryRows, VersionedProjection } from '@jiyn/persistence';

const TABLE = 'feedback.session_projections';

export interface KnownSession {
  eventId: string;
  status: SessionChangedV1['status'];
  startsAt: Date | null;
  endsAt: Date | null;
  speakerIds: string[];
}

/** Which event each programme session belongs to, and whether it still takes place. */
@Injectable()
export class SessionProjectionRepository extends VersionedProjection<SessionChangedV1> {
  protected readonly table = TABLE;
  protected readonly key = 'session_id';

  protected toRow(session: SessionChangedV1) {
    return {
      session_id: session.sessionId,
      event_id: session.eventId,
      version: session.version,
      status: session.status,
      // A session survey opens on the session's day; per-speaker results need its speakers.
      starts_at: session.startsAt ?? null,
      ends_at: session.endsAt ?? null,
      speaker_ids: session.speakerIds ?? [],
    };
  }

  async find(manager: EntityManager, sessionId: string): Promise<KnownSession | null> {
    const [row] = await queryRows<{
      event_id: string;
      status: KnownSession['status'];
      starts_at: Date | null;
      ends_at: Date | null;
      speaker_ids: string[];
    }>(
      manager,
      `SELECT event_id, status, starts_at, ends_at, speaker_ids FROM ${TABLE} WHERE session_id = $1`,
      [sessionId],
    );
    return row
      ? {
          eventId: row.event_id,
          status: row.status,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          speakerIds: row.speaker_ids ?? [],
        }
      : null;
  }
}
