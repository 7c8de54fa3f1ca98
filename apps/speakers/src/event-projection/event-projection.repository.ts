import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { queryRows, VersionedProjection } from '@jiyn/persistence';

export interface KnownEvent {
  eventId: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  /** Undefined for an event projected before organisations owned events. */
  organisationId?: string;
}

const TABLE = 'speakers.event_projections';

/** The events this service has heard of, with the days speakers can be available on. */
@Injectable()
export class EventProjectionRepository extends VersionedProjection<EventPublishedV1 | EventUpdatedV1> {
  protected readonly table = TABLE;
  protected readonly key = 'event_id';

  protected toRow(event: EventPublishedV1 | EventUpdatedV1) {
    return {
      event_id: event.eventId,
      // A message without the owner (sent before organisations owned events) leaves the one held;
      // a row that never got one answers 404 to everybody until an event.updated brings it.
      ...(event.organisationId ? { organisation_id: event.organisationId } : {}),
      version: event.version,
      slug: event.slug,
      time_zone: event.timeZone,
      starts_at: event.startsAt,
      ends_at: event.endsAt,
    };
  }

  async find(manager: EntityManager, eventId: string): Promise<KnownEvent | null> {
    const rows = await queryRows<{
      event_id: string;
      time_zone: string;
      starts_at: Date;
      ends_at: Date;
      organisation_id: string | null;
    }>(
      manager,
      `SELECT event_id, time_zone, starts_at, ends_at, organisation_id FROM ${TABLE} WHERE event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    return row
      ? {
          eventId: row.event_id,
          timeZone: row.time_zone,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          ...(row.organisation_id ? { organisationId: row.organisation_id } : {}),
        }
      : null;
  }
}
