import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until this release a cancellation could give back no seat or several (a plan-dependent release
 * statement), so stored counters may differ from the registrations they count. This sets every
 * event's buckets and region counters to the seat holders (confirmed or offered) once: buckets are
 * filled in order, anything beyond the capacity stays in the first, as SeatLedger spreads them.
 */
export class ReconcileSeatCounters1764201600011 implements MigrationInterface {
  name = 'ReconcileSeatCounters1764201600011';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      WITH holders AS (
        SELECT event_id, count(*)::int AS n FROM registrations.registrations
         WHERE status IN ('confirmed', 'offered') GROUP BY event_id
      ), buckets AS (
        SELECT event_id, bucket, capacity,
               sum(capacity) OVER (PARTITION BY event_id ORDER BY bucket) - capacity AS before,
               sum(capacity) OVER (PARTITION BY event_id) AS total,
               bucket = min(bucket) OVER (PARTITION BY event_id) AS first
          FROM registrations.seat_buckets
      )
      UPDATE registrations.seat_buckets s
         SET taken = least(b.capacity, greatest(COALESCE(h.n, 0) - b.before, 0))
                     + CASE WHEN b.first THEN greatest(COALESCE(h.n, 0) - b.total, 0) ELSE 0 END
        FROM buckets b LEFT JOIN holders h ON h.event_id = b.event_id
       WHERE s.event_id = b.event_id AND s.bucket = b.bucket`);
    await runner.query(`
      INSERT INTO registrations.region_seats AS s (event_id, region_code, taken)
      SELECT c.event_id, c.region_code, COALESCE(h.n, 0)
        FROM (SELECT event_id, region_code FROM registrations.region_seats
              UNION SELECT event_id, region_code FROM registrations.registrations
                     WHERE region_code IS NOT NULL AND status IN ('confirmed', 'offered')) c
        LEFT JOIN (SELECT event_id, region_code, count(*)::int AS n FROM registrations.registrations
                    WHERE region_code IS NOT NULL AND status IN ('confirmed', 'offered')
                    GROUP BY event_id, region_code) h
               ON h.event_id = c.event_id AND h.region_code = c.region_code
      ON CONFLICT (event_id, region_code) DO UPDATE SET taken = excluded.taken`);
    await runner.query(`
      UPDATE registrations.session_projections p
         SET signed_up_count = (SELECT count(*)::int FROM registrations.session_sign_ups u
                                 WHERE u.session_id = p.session_id AND u.cancelled_at IS NULL)`);
  }

  async down(): Promise<void> {
    // Counters set to their counts stay right; there is nothing to undo.
  }
}
