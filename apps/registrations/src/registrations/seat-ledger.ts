import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import { EventSettingsRepository, quotaOf } from '../event-settings/event-settings.repository';
import { once } from './transaction';

export type SeatOutcome = 'taken' | 'event-full' | 'region-full';

/**
 * The guarded seat counters of an event (capacity) and of its regions (quotas). A seat is taken by
 * a guarded `UPDATE … WHERE count < cap RETURNING`: a concurrent transaction waits for the row and
 * re-checks the guard against the committed count, so no interleaving overbooks. Confirmed and
 * offered registrations hold seats. Lock order: the event row first, then a region row.
 */
@Injectable()
export class SeatLedger {
  constructor(private readonly settings: EventSettingsRepository) {}

  /**
   * `shared`: one per transaction of the importer, which holds the event row from its first seat to
   * its commit (it runs no savepoints while it passes one), so a quota read under that lock stays current.
   */
  async take(
    manager: EntityManager,
    eventId: string,
    regionCode: string | null,
    shared?: Map<string, unknown>,
  ): Promise<SeatOutcome> {
    const event = await queryRows(
      manager,
      `UPDATE registrations.event_projections SET confirmed_count = confirmed_count + 1
        WHERE event_id = $1 AND confirmed_count < capacity RETURNING 1`,
      [eventId],
    );
    if (event.length === 0) return 'event-full';
    if (regionCode === null || (await this.takeRegionSeat(manager, eventId, regionCode, shared)))
      return 'taken';
    await this.releaseEventSeat(manager, eventId);
    return 'region-full';
  }

  /** Gives back a seat held by a registration of this region (confirmed or offered). */
  async release(manager: EntityManager, eventId: string, regionCode: string | null): Promise<void> {
    await this.releaseEventSeat(manager, eventId);
    if (regionCode !== null) await this.releaseRegionSeat(manager, eventId, regionCode);
  }

  /**
   * A seat holder moves to another region: the new region's quota must have room. The event seat
   * stays theirs. Returns false (and changes nothing) when the new region is full.
   */
  async moveRegion(
    manager: EntityManager,
    eventId: string,
    from: string | null,
    to: string | null,
  ): Promise<boolean> {
    if (from === to) return true;
    await queryRows(manager, `SELECT 1 FROM registrations.event_projections WHERE event_id = $1 FOR UPDATE`, [
      eventId,
    ]);
    if (to !== null && !(await this.takeRegionSeat(manager, eventId, to))) return false;
    if (from !== null) await this.releaseRegionSeat(manager, eventId, from);
    return true;
  }

  /** Call with the event row locked: settings change under the same lock, so the quota read is current. */
  private async takeRegionSeat(
    manager: EntityManager,
    eventId: string,
    regionCode: string,
    shared?: Map<string, unknown>,
  ): Promise<boolean> {
    const settings = await once(shared, `locked-settings:${eventId}`, () =>
      this.settings.get(manager, eventId),
    );
    const quota = quotaOf(settings, regionCode);
    if (quota === 0) return false;
    const rows = await queryRows(
      manager,
      `INSERT INTO registrations.region_seats AS s (event_id, region_code, taken) VALUES ($1, $2, 1)
       ON CONFLICT (event_id, region_code) DO UPDATE SET taken = s.taken + 1
        WHERE $3::int IS NULL OR s.taken < $3::int
       RETURNING 1`,
      [eventId, regionCode, quota],
    );
    return rows.length > 0;
  }

  private async releaseRegionSeat(
    manager: EntityManager,
    eventId: string,
    regionCode: string,
  ): Promise<void> {
    await queryRows(
      manager,
      `UPDATE registrations.region_seats SET taken = taken - 1
        WHERE event_id = $1 AND region_code = $2 AND taken > 0 RETURNING 1`,
      [eventId, regionCode],
    );
  }

  private async releaseEventSeat(manager: EntityManager, eventId: string): Promise<void> {
    await queryRows(
      manager,
      `UPDATE registrations.event_projections SET confirmed_count = confirmed_count - 1
        WHERE event_id = $1 AND confirmed_count > 0 RETURNING 1`,
      [eventId],
    );
  }
}
