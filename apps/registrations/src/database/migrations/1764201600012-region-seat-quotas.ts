import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each region's seat counter carries the quota its guard checks. A registration taking a seat in
 * one statement locks the region's row first and checks the quota on the row as it now stands, so
 * a quota changed while it waited is never read stale from the statement's snapshot. Settings
 * changes copy the quotas onto the rows (SeatLedger.applyQuotas).
 */
export class RegionSeatQuotas1764201600012 implements MigrationInterface {
  name = 'RegionSeatQuotas1764201600012';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.region_seats ADD COLUMN quota integer CHECK (quota >= 0)`);
    await runner.query(`
      UPDATE registrations.region_seats s
         SET quota = COALESCE((es.region_quotas ->> s.region_code)::int, es.region_quota)
        FROM registrations.event_settings es
       WHERE es.event_id = s.event_id`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE registrations.region_seats DROP COLUMN quota`);
  }
}
