import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeysAndEventGrants1764201600110 implements MigrationInterface {
  name = 'CreateApiKeysAndEventGrants1764201600110';

  async up(runner: QueryRunner): Promise<void> {
    // A system's credential, owned by one organisation; its secrets live in api_key_secrets.
    await runner.query(`
      CREATE TABLE access.api_keys (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES access.organisations (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        scopes text[] NOT NULL,
        event_ids uuid[],
        expires_at timestamptz,
        revoked_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        last_used_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX api_keys_by_organisation ON access.api_keys (organisation_id, created_at, id)',
    );
    // Only SHA-256 digests of secrets: a rotation adds one and gives the old one an end (the overlap).
    await runner.query(`
      CREATE TABLE access.api_key_secrets (
        digest bytea PRIMARY KEY CHECK (length(digest) = 32),
        api_key_id uuid NOT NULL REFERENCES access.api_keys (id),
        hint text NOT NULL,
        created_at timestamptz NOT NULL,
        valid_until timestamptz
      )`);
    await runner.query('CREATE INDEX api_key_secrets_by_key ON access.api_key_secrets (api_key_id)');
    // Partner access: an owner gives another organisation a role on one of its events.
    await runner.query(`
      CREATE TABLE access.event_grants (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES access.organisations (id),
        event_id uuid NOT NULL,
        partner_organisation_id uuid NOT NULL REFERENCES access.organisations (id),
        role text NOT NULL,
        personal_data boolean NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (event_id, partner_organisation_id),
        CHECK (partner_organisation_id <> organisation_id)
      )`);
    await runner.query(
      'CREATE INDEX event_grants_by_partner ON access.event_grants (partner_organisation_id)',
    );
    // Bumped by every change a cached credential must forget (revocation, rotation, partner grants):
    // gateways poll it as the fallback for a lost LISTEN connection.
    await runner.query(`
      CREATE TABLE access.credential_changes (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      )`);
    await runner.query('INSERT INTO access.credential_changes (version) VALUES (0)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access.credential_changes');
    await runner.query('DROP TABLE access.event_grants');
    await runner.query('DROP TABLE access.api_key_secrets');
    await runner.query('DROP TABLE access.api_keys');
  }
}
