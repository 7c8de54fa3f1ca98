import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys and knowledge tests (issue 14). Four groups of tables:
 *
 * - what this service learns from other services' events: the event's zone, the sessions' times and
 *   speakers, and who checked in when (attendees, check_in_days, session_check_ins) with the codes
 *   results break down by (region, sex, age band) — ids and codes only, never a name or an IIN;
 * - what organisers write: surveys and their questions;
 * - who has answered (respondents), kept apart from what was answered (responses, answers);
 * - nothing else: results are computed from responses and answers when asked.
 *
 * Anonymity: on an anonymous survey a response carries no registration id, no time and no
 * sequential id. `respondent_key` (to let the participant edit their own response until the survey
 * closes) and `pair_key` (to pair a pre-test with its post-test) are SHA-256 digests of the survey
 * (or test pair) id with the participant's own self-service token, which this service never stores:
 * only the participant can recompute them. `respondents` says who has answered, without any link to
 * the response.
 */
export class CreateSurveys1765100000000 implements MigrationInterface {
  name = 'CreateSurveys1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    // Opening and closing times are written in the event's zone; the day of a check-in is local too.
    await runner.query(`ALTER TABLE feedback.event_projections ADD COLUMN time_zone text`);
    // A session survey is open to those checked in on the session's day; per-speaker results need
    // the session's speakers.
    await runner.query(`
      ALTER TABLE feedback.session_projections
        ADD COLUMN starts_at timestamptz,
        ADD COLUMN ends_at timestamptz,
        ADD COLUMN speaker_ids uuid[] NOT NULL DEFAULT '{}'`);

    await runner.query(`
      CREATE TABLE feedback.attendees (
        registration_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        version integer NOT NULL,
        status text NOT NULL,
        region_code text,
        sex text CHECK (sex IN ('male', 'female')),
        age_band text
      )`);
    await runner.query(`CREATE INDEX attendees_event_idx ON feedback.attendees (event_id)`);
    await runner.query(`
      CREATE TABLE feedback.check_in_days (
        registration_id uuid NOT NULL REFERENCES feedback.attendees ON DELETE CASCADE,
        day date NOT NULL,
        PRIMARY KEY (registration_id, day)
      )`);
    await runner.query(`
      CREATE TABLE feedback.session_check_ins (
        registration_id uuid NOT NULL REFERENCES feedback.attendees ON DELETE CASCADE,
        session_id uuid NOT NULL,
        PRIMARY KEY (registration_id, session_id)
      )`);

    await runner.query(`
      CREATE TABLE feedback.surveys (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES feedback.event_projections (event_id),
        organisation_id uuid NOT NULL,
        title jsonb NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('evaluation', 'pre-test', 'post-test')),
        -- A post-test repeats its pre-test's scored questions; responses pair up across the two.
        pre_test_id uuid REFERENCES feedback.surveys (id),
        scope text NOT NULL CHECK (scope IN ('event', 'day', 'session')),
        day date,
        session_id uuid,
        anonymous boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('draft', 'published', 'closed')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        -- Smallest cell a breakdown shows (k-anonymity); never below 3.
        min_cell_size integer NOT NULL DEFAULT 5 CHECK (min_cell_size >= 3),
        template text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (closes_at > opens_at),
        CHECK ((scope = 'day') = (day IS NOT NULL)),
        CHECK ((scope = 'session') = (session_id IS NOT NULL)),
        CHECK ((purpose = 'post-test') = (pre_test_id IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX surveys_event_idx ON feedback.surveys (event_id, created_at, id)`);
    await runner.query(`
      CREATE TABLE feedback.survey_questions (
        survey_id uuid NOT NULL REFERENCES feedback.surveys ON DELETE CASCADE,
        id uuid NOT NULL,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('rating', 'nps', 'single-choice', 'multiple-choice', 'text')),
        required boolean NOT NULL,
        prompt jsonb NOT NULL,
        -- rating: the scale and its labelled ends (nps is always 0-10)
        scale_min integer,
        scale_max integer,
        min_label jsonb,
        max_label jsonb,
        -- choices: [{ "id": "a", "label": { "kk": …, "ru": …, "en": … }, "correct": true }]
        options jsonb,
        -- text: the longest answer taken
        max_length integer,
        -- what a rating is about, for per-session and per-speaker results
        subject_session_id uuid,
        subject_speaker_id uuid,
        -- a scored question of a knowledge test (choice with a correct answer)
        scored boolean NOT NULL DEFAULT false,
        PRIMARY KEY (survey_id, id),
        UNIQUE (survey_id, position)
      )`);

    await runner.query(`
      CREATE TABLE feedback.respondents (
        survey_id uuid NOT NULL REFERENCES feedback.surveys ON DELETE CASCADE,
        registration_id uuid NOT NULL,
        PRIMARY KEY (survey_id, registration_id)
      )`);
    await runner.query(`
      CREATE TABLE feedback.responses (
        id uuid PRIMARY KEY,
        survey_id uuid NOT NULL REFERENCES feedback.surveys ON DELETE CASCADE,
        respondent_key bytea NOT NULL,
        pair_key bytea,
        -- non-anonymous surveys only
        registration_id uuid,
        submitted_at timestamptz,
        region_code text,
        sex text,
        age_band text,
        score integer,
        max_score integer,
        version integer NOT NULL,
        UNIQUE (survey_id, respondent_key)
      )`);
    await runner.query(`
      CREATE TABLE feedback.answers (
        response_id uuid NOT NULL REFERENCES feedback.responses ON DELETE CASCADE,
        question_id uuid NOT NULL,
        rating integer,
        choice_ids text[],
        text text,
        PRIMARY KEY (response_id, question_id)
      )`);
    await runner.query(`CREATE INDEX answers_question_idx ON feedback.answers (question_id)`);
    await runner.query(`CREATE INDEX responses_pair_idx ON feedback.responses (pair_key)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'answers',
      'responses',
      'respondents',
      'survey_questions',
      'surveys',
      'session_check_ins',
      'check_in_days',
      'attendees',
    ])
      await runner.query(`DROP TABLE feedback.${table}`);
    await runner.query(
      `ALTER TABLE feedback.session_projections DROP COLUMN starts_at, DROP COLUMN ends_at, DROP COLUMN speaker_ids`,
    );
    await runner.query(`ALTER TABLE feedback.event_projections DROP COLUMN time_zone`);
  }
}
