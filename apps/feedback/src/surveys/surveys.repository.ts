import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { decodeTimestampCursor, queryRows, toPage, type Page, type PageQuery } from '@jiyn/persistence';
import type { ChoiceOption, Survey, SurveyQuestion } from './survey.model';

interface SurveyRow {
  id: string;
  event_id: string;
  organisation_id: string;
  title: Survey['title'];
  purpose: Survey['purpose'];
  pre_test_id: string | null;
  scope: Survey['scope'];
  day: string | null;
  session_id: string | null;
  anonymous: boolean;
  status: Survey['status'];
  opens_at: Date;
  closes_at: Date;
  min_cell_size: number;
  template: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  opened_announced_at: Date | null;
  closed_announced_at: Date | null;
}

interface QuestionRow {
  survey_id: string;
  id: string;
  position: number;
  kind: SurveyQuestion['kind'];
  required: boolean;
  prompt: SurveyQuestion['prompt'];
  scale_min: number | null;
  scale_max: number | null;
  min_label: SurveyQuestion['minLabel'];
  max_label: SurveyQuestion['maxLabel'];
  options: ChoiceOption[] | null;
  max_length: number | null;
  subject_session_id: string | null;
  subject_speaker_id: string | null;
  scored: boolean;
}

/** A survey's event as this service knows it: owner, times, zone. */
export interface SurveyEvent {
  eventId: string;
  organisationId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string | null;
}

// `day` is a date: read it as text, never through a JS Date in the server's zone.
const SURVEY_COLUMNS = `id, event_id, organisation_id, title, purpose, pre_test_id, scope, day::text AS day,
  session_id, anonymous, status, opens_at, closes_at, min_cell_size, template, version, created_at,
  updated_at, opened_announced_at, closed_announced_at`;

function toSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    eventId: row.event_id,
    organisationId: row.organisation_id,
    title: row.title,
    purpose: row.purpose,
    preTestId: row.pre_test_id,
    scope: row.scope,
    day: row.day,
    sessionId: row.session_id,
    anonymous: row.anonymous,
    status: row.status,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    minCellSize: row.min_cell_size,
    template: row.template,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    openedAnnouncedAt: row.opened_announced_at,
    closedAnnouncedAt: row.closed_announced_at,
  };
}

function toQuestion(row: QuestionRow): SurveyQuestion {
  return {
    id: row.id,
    kind: row.kind,
    required: row.required,
    prompt: row.prompt,
    scaleMin: row.scale_min,
    scaleMax: row.scale_max,
    minLabel: row.min_label,
    maxLabel: row.max_label,
    options: row.options,
    maxLength: row.max_length,
    subjectSessionId: row.subject_session_id,
    subjectSpeakerId: row.subject_speaker_id,
    scored: row.scored,
  };
}

@Injectable()
export class SurveysRepository {
  async event(manager: EntityManager, eventId: string): Promise<SurveyEvent | null> {
    const [row] = await queryRows<{
      event_id: string;
      organisation_id: string | null;
      starts_at: Date;
      ends_at: Date;
      time_zone: string | null;
    }>(
      manager,
      `SELECT event_id, organisation_id, starts_at, ends_at, time_zone
         FROM feedback.event_projections WHERE event_id = $1`,
      [eventId],
    );
    return row
      ? {
          eventId: row.event_id,
          organisationId: row.organisation_id,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          timeZone: row.time_zone,
        }
      : null;
  }

  async find(manager: EntityManager, id: string, { lock = false } = {}): Promise<Survey | null> {
    const [row] = await queryRows<SurveyRow>(
      manager,
      `SELECT ${SURVEY_COLUMNS} FROM feedback.surveys WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? toSurvey(row) : null;
  }

  async questions(
    manager: EntityManager,
    surveyIds: readonly string[],
  ): Promise<Map<string, SurveyQuestion[]>> {
    const bySurvey = new Map<string, SurveyQuestion[]>(surveyIds.map((id) => [id, []]));
    if (surveyIds.length === 0) return bySurvey;
    const rows = await queryRows<QuestionRow>(
      manager,
      `SELECT * FROM feedback.survey_questions WHERE survey_id = ANY($1::uuid[]) ORDER BY survey_id, position`,
      [surveyIds],
    );
    for (const row of rows) bySurvey.get(row.survey_id)?.push(toQuestion(row));
    return bySurvey;
  }

  async postTestOf(manager: EntityManager, preTestIds: readonly string[]): Promise<Map<string, string>> {
    if (preTestIds.length === 0) return new Map();
    const rows = await queryRows<{ id: string; pre_test_id: string }>(
      manager,
      `SELECT id, pre_test_id FROM feedback.surveys WHERE pre_test_id = ANY($1::uuid[])`,
      [preTestIds],
    );
    return new Map(rows.map((row) => [row.pre_test_id, row.id]));
  }

  async insert(manager: EntityManager, survey: Survey): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO feedback.surveys (id, event_id, organisation_id, title, purpose, pre_test_id, scope, day,
         session_id, anonymous, status, opens_at, closes_at, min_cell_size, template, version, created_at,
         updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::date, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        survey.id,
        survey.eventId,
        survey.organisationId,
        JSON.stringify(survey.title),
        survey.purpose,
        survey.preTestId,
        survey.scope,
        survey.day,
        survey.sessionId,
        survey.anonymous,
        survey.status,
        survey.opensAt,
        survey.closesAt,
        survey.minCellSize,
        survey.template,
        survey.version,
        survey.createdAt,
        survey.updatedAt,
      ],
    );
  }

  /** Writes the fields a draft's edit or a lifecycle step changes. */
  async update(manager: EntityManager, survey: Survey): Promise<void> {
    await queryRows(
      manager,
      `UPDATE feedback.surveys SET title = $2::jsonb, anonymous = $3, status = $4, opens_at = $5,
         closes_at = $6, min_cell_size = $7, version = $8, updated_at = $9, opened_announced_at = $10,
         closed_announced_at = $11
       WHERE id = $1`,
      [
        survey.id,
        JSON.stringify(survey.title),
        survey.anonymous,
        survey.status,
        survey.opensAt,
        survey.closesAt,
        survey.minCellSize,
        survey.version,
        survey.updatedAt,
        survey.openedAnnouncedAt,
        survey.closedAnnouncedAt,
      ],
    );
  }

  async replaceQuestions(manager: EntityManager, surveyId: string, questions: readonly SurveyQuestion[]) {
    await queryRows(manager, `DELETE FROM feedback.survey_questions WHERE survey_id = $1`, [surveyId]);
    if (questions.length === 0) return;
    const columns = 14;
    await queryRows(
      manager,
      `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min,
         scale_max, min_label, max_label, options, max_length, subject_session_id, subject_speaker_id, scored)
       VALUES ${questions
         .map((_, index) => {
           const p = index * columns;
           return `($1, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::jsonb, $${p + 7}, $${p + 8},
             $${p + 9}::jsonb, $${p + 10}::jsonb, $${p + 11}::jsonb, $${p + 12}, $${p + 13}, $${p + 14}, $${p + 15})`;
         })
         .join(', ')}`,
      [
        surveyId,
        ...questions.flatMap((question, index) => [
          question.id,
          index + 1,
          question.kind,
          question.required,
          JSON.stringify(question.prompt),
          question.scaleMin,
          question.scaleMax,
          question.minLabel === null ? null : JSON.stringify(question.minLabel),
          question.maxLabel === null ? null : JSON.stringify(question.maxLabel),
          question.options === null ? null : JSON.stringify(question.options),
          question.maxLength,
          question.subjectSessionId,
          question.subjectSpeakerId,
          question.scored,
        ]),
      ],
    );
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await queryRows(manager, `DELETE FROM feedback.surveys WHERE id = $1`, [id]);
  }

  async list(manager: EntityManager, eventId: string, page: PageQuery): Promise<Page<Survey>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const rows = await queryRows<SurveyRow>(
      manager,
      `SELECT ${SURVEY_COLUMNS} FROM feedback.surveys
        WHERE event_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [eventId, after?.key ?? null, after?.id ?? null, limit + 1],
    );
    return toPage(rows.map(toSurvey), limit, (survey) => ({
      key: survey.createdAt.toISOString(),
      id: survey.id,
    }));
  }

  async responseCount(manager: EntityManager, surveyId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM feedback.responses WHERE survey_id = $1`,
      [surveyId],
    );
    return row?.n ?? 0;
  }

  /**
   * Published surveys with an announcement due at `now`: opening time come and not announced, or
   * closing time come and not announced. Locked, skipping those another replica holds.
   */
  async dueForAnnouncement(manager: EntityManager, now: Date, limit: number): Promise<Survey[]> {
    const rows = await queryRows<SurveyRow>(
      manager,
      `SELECT ${SURVEY_COLUMNS} FROM feedback.surveys
        WHERE status <> 'draft' AND closed_announced_at IS NULL
          AND ((opened_announced_at IS NULL AND opens_at <= $1) OR closes_at <= $1)
        ORDER BY opens_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [now, limit],
    );
    return rows.map(toSurvey);
  }
}
