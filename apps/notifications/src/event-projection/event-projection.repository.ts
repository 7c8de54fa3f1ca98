import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { VersionedProjection } from '@jiyn/persistence';

const TABLE = 'notifications.event_projections';

export interface KnownEvent {
  eventId: string;
  organisationId: string | null;
  slug: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
}

interface Row {
  event_id: string;
  organisation_id: string | null;
  slug: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
}

/** Published events: whose they are, when and where in time (reminders, dates in messages). */
@Injectable()
export class EventProjectionRepository extends VersionedProjection<EventPublishedV1 | EventUpdatedV1> {
  protected readonly table = TABLE;
  protected readonly key = 'event_id';

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  protected toRow(event: EventPublishedV1 | EventUpdatedV1) {
    return {
      event_id: event.eventId,
      ...(event.organisationId ? { organisation_id: event.organisationId } : {}),
      version: event.version,
      slug: event.slug,
      time_zone: event.timeZone,
      starts_at: event.startsAt,
      ends_at: event.endsAt,
    };
  }

  async find(eventId: string, manager?: EntityManager): Promise<KnownEvent | undefined> {
    const rows = (await (manager ?? this.dataSource).query(`SELECT * FROM ${TABLE} WHERE event_id = $1`, [
      eventId,
    ])) as Row[];
    return rows[0] && toKnownEvent(rows[0]);
  }

  /**
   * Events whose `column` time, moved by `shiftMs`, has come (and whose start has not passed, for
   * `beforeStart`), and for which `template` was not fanned out yet.
   */
  async due(
    column: 'starts_at' | 'ends_at',
    shiftMs: number,
    template: string,
    beforeStart: boolean,
  ): Promise<KnownEvent[]> {
    const rows = (await this.dataSource.query(
      `SELECT e.* FROM ${TABLE} e
        WHERE e.${column} + make_interval(secs => $1::double precision / 1000) <= now()
          AND e.ends_at > now() - interval '7 days'
          AND (${beforeStart ? 'e.starts_at > now()' : 'true'})
          AND NOT EXISTS (SELECT 1 FROM notifications.email_fan_outs f
                           WHERE f.event_id = e.event_id AND f.template = $2)`,
      [shiftMs, template],
    )) as Row[];
    return rows.map(toKnownEvent);
  }
}

function toKnownEvent(row: Row): KnownEvent {
  return {
    eventId: row.event_id,
    organisationId: row.organisation_id,
    slug: row.slug,
    timeZone: row.time_zone,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  };
}
