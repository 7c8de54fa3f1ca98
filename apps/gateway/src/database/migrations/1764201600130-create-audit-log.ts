import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the gateway's request-serving connections take (`SET ROLE` at connect, see
 * `runtimeDatabaseUrl`). It owns nothing, so it cannot alter, disable triggers on, or drop a table;
 * on the audit log it may only add entries and read them. Migrations keep the login role.
 */
export const GATEWAY_RUNTIME_ROLE = 'jiyn_gateway_runtime';

/** Shortest retention the purge function accepts, whatever the gateway asks: recent history stays. */
export const MINIMUM_AUDIT_RETENTION_DAYS = 30;

export class CreateAuditLog1764201600130 implements MigrationInterface {
  name = 'CreateAuditLog1764201600130';

  async up(runner: QueryRunner): Promise<void> {
    // Roles are cluster-wide: another database on the same server (a test run, a second platform)
    // may have made it already, perhaps at this very moment.
    await runner.query(`
      DO $$ BEGIN
        CREATE ROLE ${GATEWAY_RUNTIME_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await runner.query(`
      DO $$ BEGIN
        IF NOT pg_has_role(current_user, '${GATEWAY_RUNTIME_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${GATEWAY_RUNTIME_ROLE} TO %I', current_user);
        END IF;
      END $$`);
    // Every other access table (earlier migrations and later ones, by other features) is the
    // runtime's to read and write as before; only TRUNCATE and DDL stay with the owner.
    await runner.query(`GRANT USAGE ON SCHEMA access TO ${GATEWAY_RUNTIME_ROLE}`);
    await runner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA access TO ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA access TO ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA access GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA access GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(`REVOKE ALL ON access.migrations FROM ${GATEWAY_RUNTIME_ROLE}`);

    // Ids only, never personal data: no bodies, no query strings (a search may carry an IIN or an
    // e-mail), no tokens (path segments that are not UUIDs become {id} and are not kept).
    await runner.query(`
      CREATE TABLE access.audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Milliseconds, so the keyset cursor (an ISO timestamp) compares exactly.
        occurred_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        kind text NOT NULL CHECK (kind IN ('state-change', 'personal-data-read', 'refused')),
        principal_id text NOT NULL CHECK (length(principal_id) <= 200),
        principal_kind text NOT NULL CHECK (principal_kind IN ('person', 'api-key', 'break-glass', 'anonymous')),
        organisation_id uuid,
        method text NOT NULL CHECK (length(method) <= 16),
        route text NOT NULL CHECK (length(route) <= 500),
        target_ids uuid[] NOT NULL DEFAULT '{}',
        status smallint NOT NULL,
        personal_data text[] NOT NULL DEFAULT '{}',
        correlation_id text CHECK (length(correlation_id) <= 128),
        client_address inet
      )`);
    await runner.query(
      'CREATE INDEX audit_log_organisation_time ON access.audit_log (organisation_id, occurred_at DESC, id DESC)',
    );
    await runner.query('CREATE INDEX audit_log_time ON access.audit_log (occurred_at)');
    await runner.query('CREATE INDEX audit_log_targets ON access.audit_log USING gin (target_ids)');

    // The runtime adds entries but cannot choose their id or time (no back-dating); it may read them.
    await runner.query(`REVOKE ALL ON access.audit_log FROM ${GATEWAY_RUNTIME_ROLE}`);
    await runner.query(`GRANT SELECT ON access.audit_log TO ${GATEWAY_RUNTIME_ROLE}`);
    await runner.query(
      `GRANT INSERT (kind, principal_id, principal_kind, organisation_id, method, route, target_ids, status,
        personal_data, correlation_id, client_address) ON access.audit_log TO ${GATEWAY_RUNTIME_ROLE}`,
    );

    // Even the owner cannot change or remove an entry by mistake: only the purge, and only old rows.
    await runner.query(`
      CREATE FUNCTION access.audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE purge_before text := current_setting('jiyn.audit_purge_before', true);
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(purge_before, '') <> ''
           AND OLD.occurred_at < purge_before::timestamptz THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON access.audit_log
        FOR EACH ROW EXECUTE FUNCTION access.audit_log_is_append_only()`);
    await runner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON access.audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION access.audit_log_is_append_only()`);

    // Retention: runs as the owner, deletes only entries older than the retention, never a shorter one.
    await runner.query(`
      CREATE FUNCTION access.purge_audit_log(retention_days integer) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, access AS $$
      DECLARE
        cutoff timestamptz;
        purged bigint;
      BEGIN
        IF retention_days IS NULL OR retention_days < ${MINIMUM_AUDIT_RETENTION_DAYS} THEN
          RAISE EXCEPTION 'audit retention must be at least ${MINIMUM_AUDIT_RETENTION_DAYS} days'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        cutoff := now() - make_interval(days => retention_days);
        PERFORM set_config('jiyn.audit_purge_before', cutoff::text, true);
        DELETE FROM access.audit_log WHERE occurred_at < cutoff;
        GET DIAGNOSTICS purged = ROW_COUNT;
        PERFORM set_config('jiyn.audit_purge_before', '', true);
        RETURN purged;
      END $$`);
    await runner.query('REVOKE ALL ON FUNCTION access.purge_audit_log(integer) FROM PUBLIC');
    await runner.query(
      `GRANT EXECUTE ON FUNCTION access.purge_audit_log(integer) TO ${GATEWAY_RUNTIME_ROLE}`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP FUNCTION access.purge_audit_log(integer)');
    await runner.query('DROP TABLE access.audit_log');
    await runner.query('DROP FUNCTION access.audit_log_is_append_only()');
    await runner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA access REVOKE ALL ON TABLES FROM ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA access REVOKE ALL ON SEQUENCES FROM ${GATEWAY_RUNTIME_ROLE}`,
    );
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA access FROM ${GATEWAY_RUNTIME_ROLE}`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA access FROM ${GATEWAY_RUNTIME_ROLE}`);
    await runner.query(`REVOKE USAGE ON SCHEMA access FROM ${GATEWAY_RUNTIME_ROLE}`);
  }
}
