import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePeople1764201600120 implements MigrationInterface {
  name = 'CreatePeople1764201600120';

  async up(runner: QueryRunner): Promise<void> {
    // A person signs in once and may belong to several organisations. Secrets are stored only as
    // hashes (password: argon2id) or encrypted (TOTP secret: AES-256-GCM), never in the clear.
    await runner.query(`
      CREATE TABLE access.people (
        id uuid PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        preferred_language text NOT NULL CHECK (preferred_language IN ('kk', 'ru', 'en')),
        password_hash text,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        totp_secret text,
        totp_enabled boolean NOT NULL DEFAULT false,
        totp_last_step bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A role in the whole organisation (event_id null) or in one of its events; personal data on top.
    await runner.query(`
      CREATE TABLE access.memberships (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES access.organisations (id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES access.people (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'organiser', 'registrar', 'reviewer', 'viewer', 'analyst')),
        event_id uuid,
        personal_data boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (role <> 'owner' OR event_id IS NULL)
      )`);
    await runner.query(`
      CREATE UNIQUE INDEX memberships_one_role_per_place
        ON access.memberships (organisation_id, person_id, role, event_id) NULLS NOT DISTINCT`);
    await runner.query('CREATE INDEX memberships_by_person ON access.memberships (person_id)');
    await runner.query(`
      CREATE TABLE access.set_password_tokens (
        token_hash bytea PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES access.people (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE access.recovery_codes (
        person_id uuid NOT NULL REFERENCES access.people (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        PRIMARY KEY (person_id, code_hash)
      )`);
    // The cookie carries a random token; only its SHA-256 is kept, so a copy of this table signs no one in.
    await runner.query(`
      CREATE TABLE access.sign_in_sessions (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES access.people (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        method text NOT NULL CHECK (method IN ('password', 'oidc')),
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query('CREATE INDEX sign_in_sessions_by_person ON access.sign_in_sessions (person_id)');
    await runner.query(`
      CREATE TABLE access.oidc_providers (
        organisation_id uuid PRIMARY KEY REFERENCES access.organisations (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret text NOT NULL,
        allowed_email_domains text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE access.oidc_identities (
        organisation_id uuid NOT NULL REFERENCES access.organisations (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        person_id uuid NOT NULL REFERENCES access.people (id) ON DELETE CASCADE,
        PRIMARY KEY (organisation_id, issuer, subject)
      )`);
    // One row per started OIDC sign-in, used once: state (hashed), nonce and PKCE verifier.
    await runner.query(`
      CREATE TABLE access.oidc_sign_in_attempts (
        state_hash bytea PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES access.organisations (id) ON DELETE CASCADE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        return_to text NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'oidc_sign_in_attempts',
      'oidc_identities',
      'oidc_providers',
      'sign_in_sessions',
      'recovery_codes',
      'set_password_tokens',
      'memberships',
      'people',
    ])
      await runner.query(`DROP TABLE access.${table}`);
  }
}
