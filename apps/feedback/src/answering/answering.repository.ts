import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Multilingual } from '@jiyn/kz';
import { queryRows } from '@jiyn/persistence';
import type { CheckedAnswer, Question, QuestionKind } from './answer-rules';

export interface Survey {
  id: string;
  eventId: string;
  title: Multilingual;
  purpose: 'evaluation' | 'pre-test' | 'post-test';
  preTestId: string | null;
  scope: 'event' | 'day' | 'session';
  day: string | null;
  sessionId: string | null;
  anonymous: boolean;
  status: 'draft' | 'published' | 'closed';
  opensAt: Date;
  closesAt: Date;
  timeZone: string;
}

export interface QuestionText extends Question {
  prompt: Multilingual;
  minLabel: Multilingual | null;
  maxLabel: Multilingual | null;
  optionLabels: { id: string; label: Multilingual }[] | null;
}

export interface StoredResponse {
  id: string;
  version: number;
  score: number | null;
  maxScore: number | null;
  answers: CheckedAnswer[];
}

/** What a response is written with: the answers and what is copied for breakdowns. */
export interface ResponseToWrite {
  surveyId: string;
  respondentKey: Buffer;
  pairKey: Buffer | null;
  registrationId: string | null;
  submittedAt: Date | null;
  regionCode: string | null;
  sex: string | null;
  ageBand: string | null;
  score: number | null;
  maxScore: number | null;
  answers: CheckedAnswer[];
  /** Announced with this write (non-anonymous); an anonymous answer waits for its batch (AnonymousRelease). */
  announced: boolean;
}

/**
 * How many responses of an anonymous survey are rewritten, in random order and in the answering
 * transaction, with each answer (the new one among them): see `mix`.
 */
export const MIX_SIZE = 500;

const SURVEY_COLUMNS = `s.id, s.event_id, s.title, s.purpose, s.pre_test_id, s.scope, s.day::text AS day, s.session_id,
  s.anonymous, s.status, s.opens_at, s.closes_at, coalesce(e.time_zone, 'Asia/Almaty') AS time_zone`;

interface SurveyRow {
  id: string;
  event_id: string;
  title: Multilingual;
  purpose: Survey['purpose'];
  pre_test_id: string | null;
  scope: Survey['scope'];
  day: string | null;
  session_id: string | null;
  anonymous: boolean;
  status: Survey['status'];
  opens_at: Date;
  closes_at: Date;
  time_zone: string;
}

function toSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    eventId: row.event_id,
    title: row.title,
    purpose: row.purpose,
    preTestId: row.pre_test_id,
    scope: row.scope,
    day: row.day,
    sessionId: row.session_id,
    anonymous: row.anonymous,
    status: row.status,
    opensAt: new Date(row.opens_at),
    closesAt: new Date(row.closes_at),
    timeZone: row.time_zone,
  };
}

/** Surveys as participants see them, who may answer them, and the responses themselves. */
@Injectable()
export class AnsweringRepository {
  async survey(manager: EntityManager, surveyId: string, lock?: 'update' | 'share'): Promise<Survey | null> {
    const [row] = await queryRows<SurveyRow>(
      manager,
      `SELECT ${SURVEY_COLUMNS} FROM feedback.surveys s JOIN feedback.event_projections e ON e.event_id = s.event_id
        WHERE s.id = $1 ${lock === 'update' ? 'FOR UPDATE OF s' : lock === 'share' ? 'FOR SHARE OF s' : ''}`,
      [surveyId],
    );
    return row ? toSurvey(row) : null;
  }

  /** The event's published surveys open now (at most 100: an event has a handful). */
  async openSurveys(manager: EntityManager, eventId: string): Promise<Survey[]> {
    const rows = await queryRows<SurveyRow>(
      manager,
      `SELECT ${SURVEY_COLUMNS} FROM feedback.surveys s JOIN feedback.event_projections e ON e.event_id = s.event_id
        WHERE s.event_id = $1 AND s.status = 'published' AND s.opens_at <= now() AND now() < s.closes_at
        ORDER BY s.closes_at, s.id LIMIT 100`,
      [eventId],
    );
    return rows.map(toSurvey);
  }

  async questions(manager: EntityManager, surveyId: string): Promise<QuestionText[]> {
    const rows = await queryRows<{
      id: string;
      position: number;
      kind: QuestionKind;
      required: boolean;
      prompt: Multilingual;
      scale_min: number | null;
      scale_max: number | null;
      min_label: Multilingual | null;
      max_label: Multilingual | null;
      options: { id: string; label: Multilingual; correct?: boolean }[] | null;
      max_length: number | null;
      scored: boolean;
    }>(
      manager,
      `SELECT id, position, kind, required, prompt, scale_min, scale_max, min_label, max_label, options, max_length, scored
         FROM feedback.survey_questions WHERE survey_id = $1 ORDER BY position`,
      [surveyId],
    );
    return rows.map((row) => ({
      id: row.id,
      position: row.position,
      kind: row.kind,
      required: row.required,
      scaleMin: row.scale_min,
      scaleMax: row.scale_max,
      options: row.options?.map((option) => ({ id: option.id, correct: option.correct === true })) ?? null,
      maxLength: row.max_length,
      scored: row.scored,
      prompt: row.prompt,
      minLabel: row.min_label,
      maxLabel: row.max_label,
      optionLabels: row.options?.map((option) => ({ id: option.id, label: option.label })) ?? null,
    }));
  }

  /**
   * Whether the registration attended what the survey is about: an event survey needs a check-in at
   * the event (any day or session), a day survey a check-in that day (at the door, or to a session
   * that starts that day in the event's zone), a session survey a check-in on the session's day or
   * to the session itself.
   */
  async attended(manager: EntityManager, registrationId: string, survey: Survey): Promise<boolean> {
    const [row] = await queryRows<{ ok: boolean }>(
      manager,
      `SELECT EXISTS (SELECT 1 FROM feedback.attendees a WHERE a.registration_id = $1 AND a.event_id = $2) AND (
         CASE $3::text
           WHEN 'event' THEN
             EXISTS (SELECT 1 FROM feedback.check_in_days d WHERE d.registration_id = $1)
             OR EXISTS (SELECT 1 FROM feedback.session_check_ins c WHERE c.registration_id = $1)
           WHEN 'day' THEN
             EXISTS (SELECT 1 FROM feedback.check_in_days d WHERE d.registration_id = $1 AND d.day = $4::date)
             OR EXISTS (SELECT 1 FROM feedback.session_check_ins c
                          JOIN feedback.session_projections p ON p.session_id = c.session_id
                         WHERE c.registration_id = $1 AND (p.starts_at AT TIME ZONE $6)::date = $4::date)
           ELSE
             EXISTS (SELECT 1 FROM feedback.session_check_ins c WHERE c.registration_id = $1 AND c.session_id = $5)
             OR EXISTS (SELECT 1 FROM feedback.check_in_days d
                          JOIN feedback.session_projections p ON p.session_id = $5
                         WHERE d.registration_id = $1 AND d.day = (p.starts_at AT TIME ZONE $6)::date)
         END) AS ok`,
      [registrationId, survey.eventId, survey.scope, survey.day, survey.sessionId, survey.timeZone],
    );
    return row?.ok === true;
  }

  async findResponse(
    manager: EntityManager,
    surveyId: string,
    respondentKey: Buffer,
    lock = false,
  ): Promise<StoredResponse | null> {
    const [row] = await queryRows<{
      id: string;
      version: number;
      score: number | null;
      max_score: number | null;
    }>(
      manager,
      `SELECT id, version, score, max_score FROM feedback.responses WHERE survey_id = $1 AND respondent_key = $2
        ${lock ? 'FOR UPDATE' : ''}`,
      [surveyId, respondentKey],
    );
    if (!row) return null;
    const answers = await queryRows<{
      question_id: string;
      rating: number | null;
      choice_ids: string[] | null;
      text: string | null;
    }>(manager, `SELECT question_id, rating, choice_ids, text FROM feedback.answers WHERE response_id = $1`, [
      row.id,
    ]);
    return {
      id: row.id,
      version: row.version,
      score: row.score,
      maxScore: row.max_score,
      answers: answers.map((answer) => ({
        questionId: answer.question_id,
        rating: answer.rating,
        choiceIds: answer.choice_ids,
        text: answer.text,
      })),
    };
  }

  /**
   * Writes the participant's response: a new one (its id a random UUID v4, never a time-ordered
   * one) or, when `existing`, the same one with its answers replaced and its version counted up.
   */
  async writeResponse(
    manager: EntityManager,
    response: ResponseToWrite,
    existing: StoredResponse | null,
  ): Promise<{ id: string; version: number }> {
    const id = existing?.id ?? randomUUID();
    const version = (existing?.version ?? 0) + 1;
    if (existing) {
      await manager.query(
        `UPDATE feedback.responses SET pair_key = $2, registration_id = $3, submitted_at = $4, region_code = $5,
           sex = $6, age_band = $7, score = $8, max_score = $9, version = $10,
           announced_version = CASE WHEN $11 THEN $10 ELSE announced_version END WHERE id = $1`,
        [
          id,
          response.pairKey,
          response.registrationId,
          response.submittedAt,
          response.regionCode,
          response.sex,
          response.ageBand,
          response.score,
          response.maxScore,
          version,
          response.announced,
        ],
      );
      await manager.query(`DELETE FROM feedback.answers WHERE response_id = $1`, [id]);
    } else {
      await manager.query(
        `INSERT INTO feedback.responses (id, survey_id, respondent_key, pair_key, registration_id, submitted_at,
           region_code, sex, age_band, score, max_score, version, announced_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13 THEN $12 ELSE 0 END)`,
        [
          id,
          response.surveyId,
          response.respondentKey,
          response.pairKey,
          response.registrationId,
          response.submittedAt,
          response.regionCode,
          response.sex,
          response.ageBand,
          response.score,
          response.maxScore,
          version,
          response.announced,
        ],
      );
    }
    for (const answer of response.answers) {
      await manager.query(
        `INSERT INTO feedback.answers (response_id, question_id, rating, choice_ids, text) VALUES ($1, $2, $3, $4, $5)`,
        [id, answer.questionId, answer.rating, answer.choiceIds, answer.text],
      );
    }
    return { id, version };
  }

  /**
   * Breaks the link between when (and so by whom, as `respondents` and the system columns tell) a
   * response was written and where and how it is stored. Rewrites up to MIX_SIZE of the survey's
   * responses — the one just written among them — with their answers, deleted and inserted again in
   * random order within the answering transaction: every one of them then carries this transaction's
   * `xmin`, and their physical order (`ctid`) is a random permutation, not the order of answering.
   * For a survey of up to MIX_SIZE responses that is all of them on every answer; above it a
   * response written just now hides among MIX_SIZE others, older ones among ever more. Survey
   * answers are serialised per survey (the survey row is locked) so two mixes never cross.
   */
  async mix(manager: EntityManager, surveyId: string, responseId: string): Promise<void> {
    const others = await queryRows<{ id: string }>(
      manager,
      `SELECT id FROM feedback.responses WHERE survey_id = $1 AND id <> $2 ORDER BY random() LIMIT $3`,
      [surveyId, responseId, MIX_SIZE - 1],
    );
    const ids = [responseId, ...others.map((row) => row.id)];
    await manager.query(
      `CREATE TEMPORARY TABLE mixed_responses ON COMMIT DROP AS
         SELECT * FROM feedback.responses WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await manager.query(
      `CREATE TEMPORARY TABLE mixed_answers ON COMMIT DROP AS
         SELECT * FROM feedback.answers WHERE response_id = ANY($1::uuid[])`,
      [ids],
    );
    // Answers go with their responses (ON DELETE CASCADE) and come back after them.
    await manager.query(`DELETE FROM feedback.responses WHERE id = ANY($1::uuid[])`, [ids]);
    await manager.query(`INSERT INTO feedback.responses SELECT * FROM mixed_responses ORDER BY random()`);
    await manager.query(`INSERT INTO feedback.answers SELECT * FROM mixed_answers ORDER BY random()`);
    await manager.query(`DROP TABLE mixed_responses, mixed_answers`);
  }

  /**
   * Marks that the registration has answered an anonymous survey, in a transaction of its own, and
   * rewrites the survey's marks (up to MIX_SIZE, this one among them) in random order: the marks then
   * share one `xmin` and carry no order of answering either, so the time order of anything else (the
   * outbox's announcements, say) cannot be laid over them to say who answered when.
   */
  async markAnonymousRespondent(
    manager: EntityManager,
    surveyId: string,
    registrationId: string,
  ): Promise<void> {
    await this.markRespondent(manager, surveyId, registrationId);
    const rows = await queryRows<{ registration_id: string }>(
      manager,
      `SELECT registration_id FROM feedback.respondents WHERE survey_id = $1 AND registration_id <> $2
        ORDER BY random() LIMIT $3`,
      [surveyId, registrationId, MIX_SIZE - 1],
    );
    const ids = [registrationId, ...rows.map((row) => row.registration_id)];
    await manager.query(
      `DELETE FROM feedback.respondents WHERE survey_id = $1 AND registration_id = ANY($2::uuid[])`,
      [surveyId, ids],
    );
    await manager.query(
      `INSERT INTO feedback.respondents (survey_id, registration_id)
       SELECT $1, id FROM unnest($2::uuid[]) AS id ORDER BY random()`,
      [surveyId, ids],
    );
  }

  async isRespondent(manager: EntityManager, surveyId: string, registrationId: string): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `SELECT 1 FROM feedback.respondents WHERE survey_id = $1 AND registration_id = $2`,
      [surveyId, registrationId],
    );
    return rows.length > 0;
  }

  /** Marks that the registration has answered the survey (once; again changes nothing). */
  async markRespondent(manager: EntityManager, surveyId: string, registrationId: string): Promise<void> {
    await manager.query(
      `INSERT INTO feedback.respondents (survey_id, registration_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [surveyId, registrationId],
    );
  }
}
