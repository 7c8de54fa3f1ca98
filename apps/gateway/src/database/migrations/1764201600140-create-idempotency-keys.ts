import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKeys1764201600140 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1764201600140';

  async up(runner: QueryRunner): Promise<void> {
    // One row per caller and Idempotency-Key, shared by every gateway replica. While `lease` is set
    // the first request is still running (until `locked_until`, after which a crashed replica's
    // reservation may be taken over); once `status` is set, its answer is what a retry receives.
    // The key itself is kept only as a digest, and the answer's body encrypted with a key derived
    // from it: the table alone gives away neither (registrations answer with management tokens).
    await runner.query(`
      CREATE TABLE access.idempotency_keys (
        caller text NOT NULL,
        key_digest bytea NOT NULL,
        fingerprint bytea NOT NULL,
        lease uuid,
        locked_until timestamptz,
        status smallint,
        headers jsonb,
        body bytea,
        body_kept boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (caller, key_digest),
        CHECK ((lease IS NULL) = (status IS NOT NULL))
      )`);
    await runner.query('CREATE INDEX idempotency_keys_expiry ON access.idempotency_keys (expires_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access.idempotency_keys');
  }
}
