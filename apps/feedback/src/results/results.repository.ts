import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '@jiyn/persistence';

export type Breakdown = 'region' | 'sex' | 'age-band';

/** The response column a breakdown groups by (never user input in SQL: a fixed map). */
const BREAKDOWN_COLUMN: Readonly<Record<Breakdown, string>> = {
  region: 'r.region_code',
  sex: 'r.sex',
  'age-band': 'r.age_band',
};

export interface SurveyRow {
  id: string;
  event_id: string;
  organisation_id: string;
  purpose: 'evaluation' | 'pre-test' | 'post-test';
  pre_test_id: string | null;
  anonymous: boolean;
  min_cell_size: number;
  title: Record<string, string>;
  version: number;
  /** Writes to its responses and answers so far (survey_changes), read with the survey. */
  changes: string;
}

export interface QuestionRow {
  id: string;
  position: number;
  kind: 'rating' | 'nps' | 'single-choice' | 'multiple-choice' | 'text';
  prompt: Record<string, string>;
  scale_min: number | null;
  scale_max: number | null;
  options: { id: string; label: Record<string, string>; correct?: boolean }[] | null;
  subject_session_id: string | null;
  subject_speaker_id: string | null;
  scored: boolean;
}

/** One group of a survey's answers: per question, cell (breakdown value or null), and value. */
export interface AnswerCountRow {
  question_id: string;
  cell: string | null;
  rating: number | null;
  choice: string | null;
  n: number;
}

export interface AnsweredRow {
  question_id: string;
  cell: string | null;
  n: number;
}

export interface CellRow {
  cell: string | null;
  n: number;
}

export interface TextRow {
  question_id: string;
  text: string;
  registration_id: string | null;
}

export interface GainRow {
  region: string | null;
  pre_only: number;
  post_only: number;
  paired: number;
  gain_sum: number | null;
  gain_squares: number | null;
  pre_sum: number | null;
  post_sum: number | null;
  hake_n: number;
  hake_sum: number | null;
  hake_squares: number | null;
}

export interface SubjectRow {
  subject: string;
  respondents: number;
  ratings: number;
  sum: number;
  squares: number;
  surveys: number;
  min_cell_size: number;
}

/** Most free-text answers a question shows; the rest are counted. */
export const TEXT_LIMIT = 200;

/**
 * What results are computed from, each in one aggregating pass in PostgreSQL: the grouped counts
 * come back, never the rows (10,000 responses × 10 questions is 100,000 answers).
 */
@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async survey(id: string): Promise<SurveyRow | undefined> {
    const [row] = await queryRows<SurveyRow>(
      this.dataSource.manager,
      `SELECT s.id, s.event_id, s.organisation_id, s.purpose, s.pre_test_id, s.anonymous, s.min_cell_size,
              s.title, s.version, COALESCE(c.changes, 0)::text AS changes
         FROM feedback.surveys s LEFT JOIN feedback.survey_changes c ON c.survey_id = s.id
        WHERE s.id = $1`,
      [id],
    );
    return row;
  }

  async questions(surveyId: string): Promise<QuestionRow[]> {
    return queryRows<QuestionRow>(
      this.dataSource.manager,
      `SELECT id, position, kind, prompt, scale_min, scale_max, options, subject_session_id,
              subject_speaker_id, scored
         FROM feedback.survey_questions WHERE survey_id = $1 ORDER BY position`,
      [surveyId],
    );
  }

  /** Respondents per cell (one cell, null, without a breakdown). */
  async cells(surveyId: string, breakdown: Breakdown | undefined): Promise<CellRow[]> {
    const cell = breakdown ? BREAKDOWN_COLUMN[breakdown] : 'NULL::text';
    return queryRows<CellRow>(
      this.dataSource.manager,
      `SELECT ${cell} AS cell, count(*)::int AS n FROM feedback.responses r
        WHERE r.survey_id = $1 GROUP BY 1`,
      [surveyId],
    );
  }

  /**
   * Counts per question, cell and value (rating or choice), and the answers per question and cell,
   * in one pass over the survey's answers. Grouped by the whole choice array (a multiple choice of
   * four options has at most sixteen), unnested here: no per-row unnest in SQL, and a multiple
   * choice's answer is counted once however many choices it holds.
   */
  async answerCounts(
    surveyId: string,
    questionIds: readonly string[],
    breakdown: Breakdown | undefined,
  ): Promise<{ values: AnswerCountRow[]; answered: AnsweredRow[] }> {
    const cell = breakdown ? BREAKDOWN_COLUMN[breakdown] : 'NULL::text';
    const rows = await queryRows<{
      question_id: string;
      cell: string | null;
      rating: number | null;
      choice_ids: string[] | null;
      n: number;
    }>(
      this.dataSource.manager,
      `SELECT a.question_id, ${cell} AS cell, a.rating, a.choice_ids, count(*)::int AS n
         FROM feedback.answers a
         JOIN feedback.responses r ON r.id = a.response_id
        WHERE a.question_id = ANY($2::uuid[]) AND r.survey_id = $1
        GROUP BY 1, 2, 3, 4`,
      [surveyId, questionIds],
    );
    const values = new Map<string, AnswerCountRow>();
    const answered = new Map<string, AnsweredRow>();
    const add = (row: (typeof rows)[number], rating: number | null, choice: string | null) => {
      const key = `${row.question_id}\u0000${row.cell ?? ''}\u0000${rating ?? ''}\u0000${choice ?? ''}`;
      const entry = values.get(key) ?? { question_id: row.question_id, cell: row.cell, rating, choice, n: 0 };
      entry.n += row.n;
      values.set(key, entry);
    };
    for (const row of rows) {
      const key = `${row.question_id}\u0000${row.cell ?? ''}`;
      const entry = answered.get(key) ?? { question_id: row.question_id, cell: row.cell, n: 0 };
      entry.n += row.n;
      answered.set(key, entry);
      if (row.rating !== null) add(row, row.rating, null);
      for (const choice of new Set(row.choice_ids ?? [])) add(row, null, choice);
    }
    return { values: [...values.values()], answered: [...answered.values()] };
  }

  /**
   * Free text, at most TEXT_LIMIT per question. Anonymous surveys' come in the order of the text
   * itself (no order that matches when they were given); others' with who gave them.
   */
  async texts(
    surveyId: string,
    questionIds: readonly string[],
    withRegistration: boolean,
  ): Promise<{ rows: TextRow[]; counts: Map<string, number> }> {
    const rows = await queryRows<TextRow & { total: number }>(
      this.dataSource.manager,
      `SELECT question_id, text, registration_id, total FROM (
         SELECT a.question_id, a.text, ${withRegistration ? 'r.registration_id' : 'NULL::uuid AS registration_id'},
                row_number() OVER (PARTITION BY a.question_id ORDER BY a.text, r.id) AS rank,
                count(*) OVER (PARTITION BY a.question_id)::int AS total
           FROM feedback.responses r JOIN feedback.answers a ON a.response_id = r.id
          WHERE a.question_id = ANY($2::uuid[]) AND r.survey_id = $1 AND a.text IS NOT NULL AND a.text <> '') t
        WHERE rank <= ${TEXT_LIMIT} ORDER BY question_id, rank`,
      [surveyId, questionIds],
    );
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.question_id, row.total);
    return { rows, counts };
  }

  /** The post-test of a pre-test (the first made), or undefined. */
  async postTestOf(preTestId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM feedback.surveys WHERE pre_test_id = $1 ORDER BY created_at, id LIMIT 1`,
      [preTestId],
    );
    return row?.id;
  }

  /**
   * Pre and post responses paired by pair_key, per region (the post-test's, else the pre-test's):
   * counts of pre only, post only and paired, and the sums the gain's mean and interval need. The
   * gain is in percentage points of the maximum score; Hake's normalised gain leaves out pairs that
   * started at the maximum.
   */
  async gains(preTestId: string, postTestId: string): Promise<GainRow[]> {
    return queryRows<GainRow>(
      this.dataSource.manager,
      `WITH pre AS (
         SELECT pair_key, region_code, 100.0 * score / NULLIF(max_score, 0) AS pct
           FROM feedback.responses WHERE survey_id = $1 AND pair_key IS NOT NULL AND score IS NOT NULL),
       post AS (
         SELECT pair_key, region_code, 100.0 * score / NULLIF(max_score, 0) AS pct
           FROM feedback.responses WHERE survey_id = $2 AND pair_key IS NOT NULL AND score IS NOT NULL),
       pairs AS (
         SELECT COALESCE(post.region_code, pre.region_code) AS region,
                pre.pair_key IS NOT NULL AS has_pre, post.pair_key IS NOT NULL AS has_post,
                pre.pct AS pre_pct, post.pct AS post_pct, post.pct - pre.pct AS gain,
                CASE WHEN pre.pct < 100 THEN (post.pct - pre.pct) / (100 - pre.pct) END AS hake
           FROM pre FULL JOIN post ON pre.pair_key = post.pair_key)
       SELECT region,
              count(*) FILTER (WHERE NOT has_post)::int AS pre_only,
              count(*) FILTER (WHERE NOT has_pre)::int AS post_only,
              count(*) FILTER (WHERE has_pre AND has_post)::int AS paired,
              sum(gain)::float8 AS gain_sum, sum(gain * gain)::float8 AS gain_squares,
              sum(pre_pct) FILTER (WHERE has_pre AND has_post)::float8 AS pre_sum,
              sum(post_pct) FILTER (WHERE has_pre AND has_post)::float8 AS post_sum,
              count(hake)::int AS hake_n, sum(hake)::float8 AS hake_sum, sum(hake * hake)::float8 AS hake_squares
         FROM pairs GROUP BY region`,
      [preTestId, postTestId],
    );
  }

  /**
   * Rating questions about a session or a speaker across an event's surveys: respondents, and the
   * ratings as % of their scale (so a 1–5 and a 1–10 scale can be averaged).
   */
  async bySubject(
    eventId: string,
    subject: 'session' | 'speaker',
    speakerId?: string,
  ): Promise<SubjectRow[]> {
    const column = subject === 'session' ? 'q.subject_session_id' : 'q.subject_speaker_id';
    return queryRows<SubjectRow>(
      this.dataSource.manager,
      `WITH rated AS (
         SELECT ${column} AS subject, a.response_id, s.id AS survey_id, s.min_cell_size,
                100.0 * (a.rating - q.scale_min) / NULLIF(q.scale_max - q.scale_min, 0) AS pct
           FROM feedback.surveys s
           JOIN feedback.survey_questions q ON q.survey_id = s.id
           JOIN feedback.responses r ON r.survey_id = s.id
           JOIN feedback.answers a ON a.response_id = r.id AND a.question_id = q.id
          WHERE s.event_id = $1 AND q.kind = 'rating' AND ${column} IS NOT NULL AND a.rating IS NOT NULL
            AND ($2::uuid IS NULL OR ${column} = $2::uuid))
       SELECT subject, count(DISTINCT response_id)::int AS respondents, count(pct)::int AS ratings,
              COALESCE(sum(pct), 0)::float8 AS sum, COALESCE(sum(pct * pct), 0)::float8 AS squares,
              count(DISTINCT survey_id)::int AS surveys, max(min_cell_size)::int AS min_cell_size
         FROM rated GROUP BY subject ORDER BY subject`,
      [eventId, speakerId ?? null],
    );
  }
}
