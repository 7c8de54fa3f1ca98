import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A one-statement registration (see registrations/one-statement-registration.ts) that took an event
 * seat but found the region's quota full raises this, so the whole statement — seat included —
 * rolls back and the registration is made again on the careful, multi-statement path.
 */
export class CarefulPathSignal1764201600009 implements MigrationInterface {
  name = 'CarefulPathSignal1764201600009';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION registrations.take_careful_path() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'registration needs the careful path' USING ERRCODE = 'JY001';
      END $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION registrations.take_careful_path()`);
  }
}
