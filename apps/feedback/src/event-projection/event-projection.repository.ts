import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPublishedV1, EventUpdatedV1 } from '@jiyn/contracts';
import { queryRows, VersionedProjection } from '@jiyn/persistence';

const TABLE = 'feedback.event_projections';

/** The published events feedback can be given for, with their times and zone (survey windows). */
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
      starts_at: event.startsAt,
      ends_at: event.endsAt,
      // Survey windows are written in the event's zone, and a day scope is one of its local days.
      time_zone: event.timeZone,
    };
  }

  async exists(manager: EntityManager, eventId: string): Promise<boolean> {
    const rows = await queryRows(manager, `SELECT 1 FROM ${TABLE} WHERE event_id = $1`, [eventId]);
    return rows.length > 0;
  }
}
