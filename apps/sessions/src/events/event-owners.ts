import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventOwners } from '@jiyn/auth';

/** Which organisation owns an event, for the access check of every route under `/events/:eventId`. */
@Injectable()
export class SessionsEventOwners implements EventOwners {
  constructor(private readonly dataSource: DataSource) {}

  async organisationOf(eventId: string): Promise<string | undefined> {
    const rows = (await this.dataSource.query(`SELECT organisation_id FROM sessions.events WHERE id = $1`, [
      eventId,
    ])) as { organisation_id: string | null }[];
    return rows[0]?.organisation_id ?? undefined;
  }
}
