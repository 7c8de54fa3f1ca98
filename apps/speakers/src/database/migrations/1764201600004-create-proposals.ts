import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for proposals (one per event), the proposals sent to them with their speakers, the
 * reviewers an organiser invited and their reviews.
 */
export class CreateProposals1764201600004 implements MigrationInterface {
  name = 'CreateProposals1764201600004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE speakers.calls (
        event_id uuid PRIMARY KEY REFERENCES speakers.event_projections (event_id),
        title jsonb NOT NULL DEFAULT '{}',
        description jsonb NOT NULL DEFAULT '{}',
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        session_types text[] NOT NULL,
        track_ids uuid[] NOT NULL DEFAULT '{}',
        durations integer[] NOT NULL DEFAULT '{}',
        min_duration integer NOT NULL DEFAULT 5,
        max_duration integer NOT NULL DEFAULT 600,
        questions jsonb NOT NULL DEFAULT '[]',
        criteria jsonb NOT NULL,
        max_score integer NOT NULL CHECK (max_score BETWEEN 1 AND 100),
        anonymous_review boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT calls_window_check CHECK (closes_at > opens_at),
        CONSTRAINT calls_duration_check CHECK (min_duration BETWEEN 5 AND 600 AND max_duration BETWEEN min_duration AND 600)
      )`);
    await runner.query(`
      CREATE TABLE speakers.proposals (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES speakers.calls (event_id),
        title jsonb NOT NULL,
        abstract jsonb NOT NULL DEFAULT '{}',
        type text NOT NULL CHECK (type IN ('keynote', 'talk', 'panel', 'case-study', 'workshop', 'break')),
        track_id uuid,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
        language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
        answers jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('submitted', 'in-review', 'accepted', 'rejected', 'withdrawn')),
        submitted_by text NOT NULL CHECK (submitted_by IN ('speaker', 'organiser')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        decided_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX proposals_event_idx ON speakers.proposals (event_id, created_at, id)`);
    // Who speaks: the primary speaker (the submitter) is confirmed; co-speakers confirm or decline.
    await runner.query(`
      CREATE TABLE speakers.proposal_speakers (
        proposal_id uuid NOT NULL REFERENCES speakers.proposals (id) ON DELETE CASCADE,
        speaker_id uuid NOT NULL REFERENCES speakers.speakers (id) ON DELETE CASCADE,
        position integer NOT NULL,
        role text NOT NULL CHECK (role IN ('primary', 'co-speaker')),
        state text NOT NULL CHECK (state IN ('invited', 'confirmed', 'declined')),
        responded_at timestamptz,
        PRIMARY KEY (proposal_id, speaker_id)
      )`);
    await runner.query(
      `CREATE INDEX proposal_speakers_speaker_idx ON speakers.proposal_speakers (speaker_id)`,
    );
    await runner.query(`
      CREATE TABLE speakers.reviewers (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES speakers.calls (event_id),
        name text NOT NULL,
        email text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX reviewers_event_email_key ON speakers.reviewers (event_id, lower(email))`,
    );
    await runner.query(`
      CREATE TABLE speakers.reviews (
        proposal_id uuid NOT NULL REFERENCES speakers.proposals (id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES speakers.reviewers (id) ON DELETE CASCADE,
        scores jsonb NOT NULL,
        comment text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (proposal_id, reviewer_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE speakers.reviews`);
    await runner.query(`DROP TABLE speakers.reviewers`);
    await runner.query(`DROP TABLE speakers.proposal_speakers`);
    await runner.query(`DROP TABLE speakers.proposals`);
    await runner.query(`DROP TABLE speakers.calls`);
  }
}
