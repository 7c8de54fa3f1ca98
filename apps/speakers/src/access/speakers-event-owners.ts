import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventOwners } from '@jiyn/auth';
import { queryRows } from '@jiyn/persistence';

/** Which organisation owns an event, for the access check of every route under `…/events/:eventId`. */
@Injectable()
export class SpeakersEventOwners implements EventOwners {
  constructor(private readonly dataSource: DataSource) {}

  async organisationOf(eventId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ organisation_id: string | null }>(
      this.dataSource.manager,
      `SELECT organisation_id FROM speakers.event_projections WHERE event_id = $1`,
      [eventId],
    );
    return row?.organisation_id ?? undefined;
  }
}
