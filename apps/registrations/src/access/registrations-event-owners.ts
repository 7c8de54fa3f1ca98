import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KnownOwners, type EventOwners } from '@jiyn/auth';
import { queryRows } from '@jiyn/persistence';

/** What a request touches, found from the id it names: the event and the organisation owning it. */
export interface Owned {
  eventId: string;
  /** Undefined while the projected event has no owner yet (see the projection). */
  organisationId: string | undefined;
}

/**
 * Which organisation owns an event, a registration or a check-in, read from this service's
 * projection of published events. Undefined for what this service does not know.
 */
@Injectable()
export class RegistrationsEventOwners implements EventOwners {
  /** Every registration asks for its event's owner (twice: access, then the view): remembered. */
  private readonly known = new KnownOwners();

  constructor(private readonly dataSource: DataSource) {}

  async organisationOf(eventId: string): Promise<string | undefined> {
    return (await this.event(eventId))?.organisationId;
  }

  /** The projected event; undefined when this service never heard of it. */
  async event(eventId: string): Promise<Owned | undefined> {
    const known = this.known.get(eventId);
    if (known) return { eventId, organisationId: known };
    const event = await this.one(
      `SELECT event_id, organisation_id FROM registrations.event_projections WHERE event_id = $1`,
      [eventId],
    );
    if (event) this.known.remember(eventId, event.organisationId);
    return event;
  }

  registration(registrationId: string): Promise<Owned | undefined> {
    return this.one(
      `SELECT r.event_id, p.organisation_id FROM registrations.registrations r
         JOIN registrations.event_projections p ON p.event_id = r.event_id
        WHERE r.id = $1`,
      [registrationId],
    );
  }

  checkIn(checkInId: string): Promise<Owned | undefined> {
    return this.one(
      `SELECT c.event_id, p.organisation_id FROM registrations.check_ins c
         JOIN registrations.event_projections p ON p.event_id = c.event_id
        WHERE c.id = $1`,
      [checkInId],
    );
  }

  /** The owners of several events at once (a page of a list), by event id. */
  async organisationsOf(eventIds: readonly string[]): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    const unknown = [...new Set(eventIds)].filter((eventId) => {
      const known = this.known.get(eventId);
      if (known) owners.set(eventId, known);
      return !known;
    });
    if (unknown.length === 0) return owners;
    const rows = await queryRows<{ event_id: string; organisation_id: string | null }>(
      this.dataSource.manager,
      `SELECT event_id, organisation_id FROM registrations.event_projections WHERE event_id = ANY($1::uuid[])`,
      [unknown],
    );
    for (const row of rows) {
      if (!row.organisation_id) continue;
      this.known.remember(row.event_id, row.organisation_id);
      owners.set(row.event_id, row.organisation_id);
    }
    return owners;
  }

  private async one(sql: string, params: unknown[]): Promise<Owned | undefined> {
    const [row] = await queryRows<{ event_id: string; organisation_id: string | null }>(
      this.dataSource.manager,
      sql,
      params,
    );
    return row ? { eventId: row.event_id, organisationId: row.organisation_id ?? undefined } : undefined;
  }
}
