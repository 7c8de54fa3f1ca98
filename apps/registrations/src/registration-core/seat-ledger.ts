import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import type { RegistrationStatus } from './registration.entity';

export type SeatOutcome = 'taken' | 'event-full' | 'region-full';

/** Statuses that hold one of the event's seats (and one of its region's). */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'offered'];
const HOLDING_SQL = `(${SEAT_HOLDING.map((status) => `'${status}'`).join(', ')})`;

/** The event's seat counters next to the registrations they count. */
export interface SeatAudit {
  capacity: number;
  /** Seats taken as the buckets count them. */
  taken: number;
  /** Registrations holding a seat (confirmed or offered). */
  holders: number;
  regions: { regionCode: string; taken: number; holders: number }[];
  /** Every counter equals what it counts. */
  consistent: boolean;
}

/** Most buckets an event's seats are spread over: more lets more takers through at once. */
export const MAX_SEAT_BUCKETS = 16;

/** The capacities of an event's buckets: as even as possible, adding up to the capacity. */
export function bucketCapacities(capacity: number): number[] {
  const count = Math.max(1, Math.min(MAX_SEAT_BUCKETS, capacity));
  return Array.from(
    { length: count },
    (_, bucket) => Math.floor(capacity / count) + (bucket < capacity % count ? 1 : 0),
  );
}

/**
 * Spreads `taken` seats over buckets of the given capacities, filling each in turn; seats beyond
 * the total (a capacity lowered below what is taken) stay in the first bucket, so none is lost.
 */
export function spreadTaken(taken: number, capacities: readonly number[]): number[] {
  let left = taken;
  const spread = capacities.map((capacity) => {
    const here = Math.min(capacity, left);
    left -= here;
    return here;
  });
  spread[0] = (spread[0] ?? 0) + left;
  return spread;
}

/**
 * SQL of the CTEs `claimed` (one seat in a bucket with room that nobody else is working on: FOR
 * UPDATE SKIP LOCKED, no waiting) and `region` (with it, one seat of the region's quota; none when
 * no region is given), for statements that take a seat in one go. `event` and `region` are the
 * placeholders of the event id and region code; `pickOnlyIf`, a further condition.
 *
 * The region's counter row is locked first, while the statement holds nothing else, and its own
 * quota checked on the row as it now stands; only then is a bucket claimed, without waiting. So the
 * statement never waits for a lock while holding one and cannot take part in a deadlock. Without
 * the region's row (its first seat) nothing is claimed: the careful path creates it.
 *
 * Every pick is MATERIALIZED and read through a scalar sub-select: it runs exactly once, whatever
 * plan PostgreSQL chooses. (Written as a joined subquery, a plan that puts it on the inner side of
 * a nested loop runs it once per outer row, each time drawing another random() bucket.)
 */
export function idleSeatCtes(event: string, region: string, pickOnlyIf = 'true'): string {
  return `region_row AS MATERIALIZED (
         SELECT taken, quota FROM registrations.region_seats
          WHERE event_id = ${event} AND region_code = ${region}
          FOR UPDATE
       ), region_has_room AS MATERIALIZED (
         SELECT ${region}::text IS NULL
                OR EXISTS (SELECT 1 FROM region_row WHERE taken < COALESCE(quota, ${NO_QUOTA})) AS yes
       ), pick AS MATERIALIZED (
         SELECT bucket FROM registrations.seat_buckets
          WHERE event_id = ${event} AND taken < capacity AND ${pickOnlyIf} AND (SELECT yes FROM region_has_room)
          ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE registrations.seat_buckets b SET taken = b.taken + 1
          WHERE b.event_id = ${event} AND b.bucket = (SELECT bucket FROM pick) AND b.taken < b.capacity
          RETURNING b.bucket
       ), region AS (
         UPDATE registrations.region_seats s SET taken = s.taken + 1
          WHERE s.event_id = ${event} AND s.region_code = ${region} AND EXISTS (SELECT 1 FROM claimed)
            AND s.taken < COALESCE(s.quota, ${NO_QUOTA})
         RETURNING 1
       )`;
}

/** A region without a quota: as many seats as a counter holds. */
const NO_QUOTA = 2147483647;

/** SQL of a region's quota from the event's settings (null: none). */
const QUOTA_OF_REGION = (event: string, region: string) =>
  `(SELECT COALESCE((es.region_quotas ->> ${region})::int, es.region_quota)
      FROM registrations.event_settings es WHERE es.event_id = ${event})`;

/**
 * The guarded seat counters of an event (capacity) and of its regions (quotas). Confirmed and
 * offered registrations hold seats.
 *
 * An event's seats are counted in buckets (seat_buckets) whose capacities add up to the event's:
 * a taker claims a bucket with room by `FOR UPDATE SKIP LOCKED`, so concurrent takers rarely wait
 * for one another, and only waits for a busy bucket when no free one has room. A bucket's guard
 * (`taken < capacity`) is re-checked after any wait, so no interleaving overbooks. A region's seats
 * are a counter row in region_seats carrying its quota, guarded the same way.
 *
 * Every statement here changes exactly the rows it names, whatever its plan: a row picked by a
 * volatile or SKIP LOCKED sub-select is picked once (a MATERIALIZED CTE), and every change is
 * guarded by the condition that made it legal, re-checked on the row as any concurrent writer left it.
 *
 * Lock order: the registration being changed, then the event row — exclusive to give seats back
 * or change them (releases, filling free seats, settings, moves), shared to decide where a new or
 * approved registration goes (a seat or the waitlist) —, then region rows before buckets, then
 * waitlisted rows being promoted. The one-statement claim takes no event lock: it locks its region
 * row while holding nothing and claims a bucket without waiting, so it never closes a cycle.
 */
@Injectable()
export class SeatLedger {
  /**
   * One seat of the event and of the region's quota (call with the event row locked): an idle
   * bucket in one statement when it can, else the region's seat first and then a bucket with room,
   * waiting for a busy one.
   */
  async take(manager: EntityManager, eventId: string, regionCode: string | null): Promise<SeatOutcome> {
    if (await this.takeIdleBucketWithRegion(manager, eventId, regionCode)) return 'taken';
    if (regionCode !== null && !(await this.takeRegionSeat(manager, eventId, regionCode))) {
      return (await this.freeSeats(manager, eventId)) > 0 ? 'region-full' : 'event-full';
    }
    if ((await this.waitForBucket(manager, eventId)) !== null) return 'taken';
    if (regionCode !== null) await this.releaseRegionSeat(manager, eventId, regionCode);
    return 'event-full';
  }

  /** Gives back a seat held by a registration of this region (confirmed or offered). */
  async release(manager: EntityManager, eventId: string, regionCode: string | null): Promise<void> {
    const counted = await this.releaseBucketSeat(manager, eventId);
    // Counted again: the region's counter already excludes this registration.
    if (counted === 'reconciled') return;
    if (regionCode !== null) await this.releaseRegionSeat(manager, eventId, regionCode);
  }

  /**
   * Seats with no holder: the event's capacity less the seats taken (none when capacity came down
   * below them), as committed or changed by this transaction.
   */
  async freeSeats(manager: EntityManager, eventId: string): Promise<number> {
    const [row] = await queryRows<{ free: number }>(
      manager,
      `SELECT greatest(COALESCE(sum(capacity) - sum(taken), 0), 0)::int AS free
         FROM registrations.seat_buckets WHERE event_id = $1`,
      [eventId],
    );
    return row?.free ?? 0;
  }

  /** Seats held per region (confirmed or offered), for regions that ever held one. */
  async takenPerRegion(manager: EntityManager, eventId: string): Promise<Map<string, number>> {
    const rows = await queryRows<{ region_code: string; taken: number }>(
      manager,
      `SELECT region_code, taken FROM registrations.region_seats WHERE event_id = $1`,
      [eventId],
    );
    return new Map(rows.map((row) => [row.region_code, row.taken]));
  }

  /** Seats held (confirmed or offered) across the event's buckets. */
  async takenSeats(manager: EntityManager, eventId: string): Promise<number> {
    const [row] = await queryRows<{ taken: number }>(
      manager,
      `SELECT COALESCE(sum(taken), 0)::int AS taken FROM registrations.seat_buckets WHERE event_id = $1`,
      [eventId],
    );
    return row?.taken ?? 0;
  }

  /** The counters of the event beside the counts they keep: the cheap proof that they are exact. */
  async audit(manager: EntityManager, eventId: string): Promise<SeatAudit | null> {
    const [row] = await queryRows<Omit<SeatAudit, 'consistent'>>(
      manager,
      `SELECT p.capacity,
              (SELECT COALESCE(sum(taken), 0)::int FROM registrations.seat_buckets WHERE event_id = p.event_id) AS taken,
              (SELECT count(*)::int FROM registrations.registrations
                WHERE event_id = p.event_id AND status IN ${HOLDING_SQL}) AS holders,
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('regionCode', c.region_code, 'taken', c.taken,
                                                             'holders', c.holders) ORDER BY c.region_code), '[]')
                 FROM (SELECT COALESCE(s.region_code, h.region_code) AS region_code,
                              COALESCE(s.taken, 0) AS taken, COALESCE(h.holders, 0) AS holders
                         FROM (SELECT region_code, taken FROM registrations.region_seats
                                WHERE event_id = p.event_id) s
                         FULL JOIN (SELECT region_code, count(*)::int AS holders FROM registrations.registrations
                                     WHERE event_id = p.event_id AND region_code IS NOT NULL
                                       AND status IN ${HOLDING_SQL}
                                     GROUP BY region_code) h ON h.region_code = s.region_code) c) AS regions
         FROM registrations.event_projections p WHERE p.event_id = $1`,
      [eventId],
    );
    if (!row) return null;
    const consistent = row.taken === row.holders && row.regions.every((r) => r.taken === r.holders);
    return { ...row, consistent };
  }

  /**
   * Sets every counter of the event to what it counts (call with the event row locked): the
   * repair for counters that drifted. The buckets keep their capacities.
   */
  async reconcile(manager: EntityManager, eventId: string): Promise<void> {
    const buckets = await this.lockAll(manager, eventId);
    const [{ holders } = { holders: 0 }] = await queryRows<{ holders: number }>(
      manager,
      `SELECT count(*)::int AS holders FROM registrations.registrations
        WHERE event_id = $1 AND status IN ${HOLDING_SQL}`,
      [eventId],
    );
    const taken = spreadTaken(
      holders,
      buckets.map((bucket) => bucket.capacity),
    );
    await queryRows(
      manager,
      `UPDATE registrations.seat_buckets b SET taken = t.taken
         FROM unnest($2::int[], $3::int[]) AS t(bucket, taken)
        WHERE b.event_id = $1 AND b.bucket = t.bucket
        RETURNING 1`,
      [eventId, buckets.map((bucket) => bucket.bucket), taken],
    );
    await queryRows(
      manager,
      `INSERT INTO registrations.region_seats AS s (event_id, region_code, taken, quota)
       SELECT $1, c.region_code, COALESCE(h.holders, 0), ${QUOTA_OF_REGION('$1', 'c.region_code')}
         FROM (SELECT region_code FROM registrations.region_seats WHERE event_id = $1
               UNION SELECT region_code FROM registrations.registrations
                      WHERE event_id = $1 AND region_code IS NOT NULL AND status IN ${HOLDING_SQL}) c
         LEFT JOIN (SELECT region_code, count(*)::int AS holders FROM registrations.registrations
                     WHERE event_id = $1 AND region_code IS NOT NULL AND status IN ${HOLDING_SQL}
                     GROUP BY region_code) h ON h.region_code = c.region_code
       ON CONFLICT (event_id, region_code) DO UPDATE SET taken = excluded.taken, quota = excluded.quota
       RETURNING 1`,
      [eventId],
    );
  }

  /**
   * Locks every bucket of the event until the transaction ends: takers wait, so a change of
   * quotas (or capacity) applies to every seat taken after it.
   */
  async lockAll(
    manager: EntityManager,
    eventId: string,
  ): Promise<{ bucket: number; capacity: number; taken: number }[]> {
    return queryRows(
      manager,
      `SELECT bucket, capacity, taken FROM registrations.seat_buckets
        WHERE event_id = $1 ORDER BY bucket FOR UPDATE`,
      [eventId],
    );
  }

  /**
   * Makes the buckets add up to the event's capacity, keeping every seat taken (call with the
   * event row locked, e.g. when its projection changed). New events get their buckets here.
   */
  async resize(manager: EntityManager, eventId: string, capacity: number): Promise<void> {
    const buckets = await queryRows<{ capacity: number; taken: number }>(
      manager,
      `SELECT bucket, capacity, taken FROM registrations.seat_buckets
        WHERE event_id = $1 ORDER BY bucket FOR UPDATE`,
      [eventId],
    );
    const capacities = bucketCapacities(capacity);
    const current = buckets.reduce((total, bucket) => total + bucket.capacity, 0);
    if (buckets.length === capacities.length && current === capacity) return;
    const taken = spreadTaken(
      buckets.reduce((total, bucket) => total + bucket.taken, 0),
      capacities,
    );
    await queryRows(manager, `DELETE FROM registrations.seat_buckets WHERE event_id = $1 RETURNING 1`, [
      eventId,
    ]);
    await queryRows(
      manager,
      `INSERT INTO registrations.seat_buckets (event_id, bucket, capacity, taken)
       SELECT $1, bucket - 1, capacity, taken
         FROM unnest($2::int[], $3::int[]) WITH ORDINALITY AS b(capacity, taken, bucket)
       RETURNING 1`,
      [eventId, capacities, taken],
    );
  }

  /**
   * Claims a seat in a bucket nobody else is working on and, in the same statement, one of the
   * region's quota (settings change with every bucket locked, so the quota read is current when a
   * bucket was free to claim). Null when no idle bucket has room.
   */
  private async takeIdleBucketWithRegion(
    manager: EntityManager,
    eventId: string,
    regionCode: string | null,
  ): Promise<boolean> {
    const [row] = await queryRows<{ bucket: number | null; region_taken: boolean }>(
      manager,
      `WITH ${idleSeatCtes('$1', '$2')}
       SELECT (SELECT bucket FROM claimed) AS bucket,
              ($2::text IS NULL OR EXISTS (SELECT 1 FROM region)) AS region_taken`,
      [eventId, regionCode],
    );
    if (!row || row.bucket === null) return false;
    // The region's row was locked with room before the bucket was claimed.
    if (!row.region_taken) throw new Error(`region seat of event ${eventId} not taken beside its bucket`);
    return true;
  }

  /**
   * After no idle bucket had room (the one-statement claim found none): waits for a busy bucket
   * that has room; null when the event is full.
   */
  private async waitForBucket(manager: EntityManager, eventId: string): Promise<number | null> {
    for (;;) {
      const [room] = await queryRows<{ bucket: number }>(
        manager,
        `SELECT bucket FROM registrations.seat_buckets
          WHERE event_id = $1 AND taken < capacity ORDER BY bucket LIMIT 1`,
        [eventId],
      );
      if (!room) return null;
      // Wait for that bucket; the guard is checked again on the row as its holder left it. If it
      // filled up meanwhile, look again.
      const [waited] = await queryRows<{ bucket: number }>(
        manager,
        `UPDATE registrations.seat_buckets SET taken = taken + 1
          WHERE event_id = $1 AND bucket = $2 AND taken < capacity RETURNING bucket`,
        [eventId, room.bucket],
      );
      if (waited) return waited.bucket;
    }
  }

  /**
   * Gives back one seat of the event's buckets (call with the event row locked). A bucket holding
   * more than its capacity — the event's capacity came down below the seats taken — gives back
   * first, so that no bucket shows room for a newcomer while the event as a whole has none.
   */
  private async releaseBucketSeat(
    manager: EntityManager,
    eventId: string,
  ): Promise<'released' | 'reconciled'> {
    for (;;) {
      const [overfull] = await queryRows<{ bucket: number }>(
        manager,
        `SELECT bucket FROM registrations.seat_buckets
          WHERE event_id = $1 AND taken > capacity ORDER BY bucket LIMIT 1`,
        [eventId],
      );
      if (overfull) {
        if (await this.releaseFrom(manager, eventId, overfull.bucket, 'taken > capacity')) return 'released';
        continue; // emptied by someone else meanwhile: look again
      }
      // Any bucket holding a seat will do: only the total counts. One nobody else is working on…
      const [idle] = await queryRows(
        manager,
        `WITH pick AS MATERIALIZED (
           SELECT bucket FROM registrations.seat_buckets
            WHERE event_id = $1 AND taken > 0 ORDER BY random() LIMIT 1 FOR UPDATE SKIP LOCKED
         )
         UPDATE registrations.seat_buckets SET taken = taken - 1
          WHERE event_id = $1 AND bucket = (SELECT bucket FROM pick) AND taken > 0
         RETURNING 1`,
        [eventId],
      );
      if (idle) return 'released';
      // …or, when every such bucket is busy, the first one, waiting for it.
      const [busy] = await queryRows<{ bucket: number }>(
        manager,
        `SELECT bucket FROM registrations.seat_buckets WHERE event_id = $1 AND taken > 0 ORDER BY bucket LIMIT 1`,
        [eventId],
      );
      if (!busy) {
        // The counters say nobody holds a seat, yet a holder is leaving: they drifted (a bug, or
        // data from before the counters were exact). Count again instead of going below zero.
        await this.reconcile(manager, eventId);
        return 'reconciled';
      }
      if (await this.releaseFrom(manager, eventId, busy.bucket, 'taken > 0')) return 'released';
    }
  }

  /** Takes one seat off a bucket if `guard` still holds on the row (after waiting for its lock). */
  private async releaseFrom(
    manager: EntityManager,
    eventId: string,
    bucket: number,
    guard: 'taken > 0' | 'taken > capacity',
  ): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `UPDATE registrations.seat_buckets SET taken = taken - 1
        WHERE event_id = $1 AND bucket = $2 AND ${guard} RETURNING 1`,
      [eventId, bucket],
    );
    return rows.length > 0;
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
    await queryRows(
      manager,
      `SELECT 1 FROM registrations.event_projections WHERE event_id = $1 FOR NO KEY UPDATE`,
      [eventId],
    );
    if (to !== null && !(await this.takeRegionSeat(manager, eventId, to))) return false;
    if (from !== null) await this.releaseRegionSeat(manager, eventId, from);
    return true;
  }

  /**
   * One seat of the region's quota (read in the same statement). Settings change with every bucket
   * locked, and this runs after a bucket was claimed, so the quota read is the current one.
   */
  private async takeRegionSeat(
    manager: EntityManager,
    eventId: string,
    regionCode: string,
  ): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `INSERT INTO registrations.region_seats AS s (event_id, region_code, taken, quota)
       SELECT $1, $2, 1, q.quota FROM (SELECT ${QUOTA_OF_REGION('$1', '$2')} AS quota) q
        WHERE q.quota IS NULL OR q.quota > 0
       ON CONFLICT (event_id, region_code) DO UPDATE SET taken = s.taken + 1
        WHERE s.taken < COALESCE(s.quota, ${NO_QUOTA})
       RETURNING 1`,
      [eventId, regionCode],
    );
    return rows.length > 0;
  }

  /**
   * Copies the event's quotas onto its region counters (call with every bucket locked, as a
   * settings change does): each counter row carries the quota its guard checks.
   */
  async applyQuotas(manager: EntityManager, eventId: string): Promise<void> {
    await queryRows(
      manager,
      `UPDATE registrations.region_seats s SET quota = ${QUOTA_OF_REGION('s.event_id', 's.region_code')}
        WHERE s.event_id = $1 RETURNING 1`,
      [eventId],
    );
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
}
