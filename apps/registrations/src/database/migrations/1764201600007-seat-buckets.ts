import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's seats are counted in a few buckets instead of one counter on the event row. With one
 * counter every confirmation of an event queued for the same row lock until the previous one
 * committed (152 registrations/s at 64 connections); takers now claim a bucket with SKIP LOCKED and
 * only wait when every bucket with room is busy. The buckets' capacities add up to the event's.
 */
export class SeatBuckets1764201600007 implements MigrationInterface {
  name = 'SeatBuckets1764201600007';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registrations.seat_buckets (
        event_id uuid NOT NULL REFERENCES registrations.event_projections (event_id),
        bucket smallint NOT NULL CHECK (bucket >= 0),
        capacity integer NOT NULL CHECK (capacity >= 0),
        taken integer NOT NULL CHECK (taken >= 0),
        PRIMARY KEY (event_id, bucket)
      )`);
    // Existing events keep their count in one bucket; the next capacity change spreads it out.
    await runner.query(`
      INSERT INTO registrations.seat_buckets (event_id, bucket, capacity, taken)
      SELECT event_id, 0, capacity, confirmed_count FROM registrations.event_projections`);
    await runner.query(`ALTER TABLE registrations.event_projections DROP COLUMN confirmed_count`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.event_projections
      ADD COLUMN confirmed_count integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0)`);
    await runner.query(`
      UPDATE registrations.event_projections p SET confirmed_count = b.taken
        FROM (SELECT event_id, sum(taken)::int AS taken FROM registrations.seat_buckets GROUP BY event_id) b
       WHERE b.event_id = p.event_id`);
    await runner.query(`DROP TABLE registrations.seat_buckets`);
  }
}
