import { createHash, randomUUID } from 'node:crypto';

/**
 * Surveys, questions, responses and answers written straight into the feedback schema, for the
 * results benchmark. A copy of apps/feedback/src/results/testing/survey-fixture.ts (the feedback
 * tests' fixture): tools may not import an app's files (module boundaries). Change both together.
 */
export type RunSql = (sql: string, params?: unknown[]) => Promise<unknown>;

export interface FixtureQuestion {
  id?: string;
  kind: 'rating' | 'nps' | 'single-choice' | 'multiple-choice' | 'text';
  scaleMin?: number;
  scaleMax?: number;
  options?: string[];
  correct?: string;
  subjectSessionId?: string;
  subjectSpeakerId?: string;
  scored?: boolean;
}

export interface FixtureSurvey {
  id?: string;
  eventId: string;
  organisationId: string;
  anonymous?: boolean;
  purpose?: 'evaluation' | 'pre-test' | 'post-test';
  preTestId?: string;
  minCellSize?: number;
  questions: FixtureQuestion[];
}

export interface FixtureAnswer {
  rating?: number;
  choiceIds?: string[];
  text?: string;
}

export interface FixtureResponse {
  regionCode?: string | null;
  sex?: 'male' | 'female' | null;
  ageBand?: string | null;
  /** Who answered (non-anonymous surveys only). */
  registrationId?: string;
  /** Pairs a pre-test with its post-test: the same participant token gives the same key. */
  pairToken?: string;
  score?: number;
  maxScore?: number;
  /** By question index. */
  answers: (FixtureAnswer | undefined)[];
}

export interface CreatedSurvey {
  id: string;
  questionIds: string[];
}

const label = (text: string) => JSON.stringify({ kk: text, ru: text, en: text });

/** The event as the projection would hold it (when not already projected from Kafka). */
export async function insertEventProjection(
  run: RunSql,
  eventId: string,
  organisationId: string,
): Promise<void> {
  await run(
    `INSERT INTO feedback.event_projections (event_id, version, slug, starts_at, ends_at, organisation_id, time_zone)
     VALUES ($1, 1, $2, now(), now() + interval '3 days', $3, 'Asia/Almaty') ON CONFLICT (event_id) DO NOTHING`,
    [eventId, `fixture-${eventId.slice(0, 8)}`, organisationId],
  );
}

export async function insertSurvey(run: RunSql, survey: FixtureSurvey): Promise<CreatedSurvey> {
  const id = survey.id ?? randomUUID();
  await run(
    `INSERT INTO feedback.surveys (id, event_id, organisation_id, title, purpose, pre_test_id, scope, anonymous,
                                   status, opens_at, closes_at, min_cell_size, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'event', $7, 'published', now() - interval '1 day', now() + interval '1 day',
             $8, 1, now(), now())`,
    [
      id,
      survey.eventId,
      survey.organisationId,
      label('Fixture survey'),
      survey.purpose ?? 'evaluation',
      survey.preTestId ?? null,
      survey.anonymous ?? true,
      survey.minCellSize ?? 5,
    ],
  );
  const questionIds: string[] = [];
  for (const [index, question] of survey.questions.entries()) {
    const questionId = question.id ?? randomUUID();
    questionIds.push(questionId);
    const options = question.options?.map((option) => ({
      id: option,
      label: { kk: `${option}-kk`, ru: `${option}-ru`, en: `${option}-en` },
      ...(question.correct === option ? { correct: true } : {}),
    }));
    await run(
      `INSERT INTO feedback.survey_questions (survey_id, id, position, kind, required, prompt, scale_min, scale_max,
                                             options, max_length, subject_session_id, subject_speaker_id, scored)
       VALUES ($1, $2, $3, $4, false, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        questionId,
        index + 1,
        question.kind,
        label(`Question ${index + 1}`),
        question.kind === 'rating' ? (question.scaleMin ?? 1) : question.kind === 'nps' ? 0 : null,
        question.kind === 'rating' ? (question.scaleMax ?? 5) : question.kind === 'nps' ? 10 : null,
        options ? JSON.stringify(options) : null,
        question.kind === 'text' ? 2000 : null,
        question.subjectSessionId ?? null,
        question.subjectSpeakerId ?? null,
        question.scored ?? false,
      ],
    );
  }
  return { id, questionIds };
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest();

/**
 * Responses in batches of one multi-row INSERT each (the benchmark writes 10,000): responses and
 * their answers.
 */
export async function insertResponses(
  run: RunSql,
  survey: CreatedSurvey & { pairGroup?: string },
  responses: readonly FixtureResponse[],
  batchSize = 500,
): Promise<void> {
  for (let start = 0; start < responses.length; start += batchSize) {
    const batch = responses.slice(start, start + batchSize);
    const ids = batch.map(() => randomUUID());
    await run(
      `INSERT INTO feedback.responses (id, survey_id, respondent_key, pair_key, registration_id, region_code, sex,
                                       age_band, score, max_score, version)
       SELECT * , 1 FROM unnest($1::uuid[], $2::uuid[], $3::bytea[], $4::bytea[], $5::uuid[], $6::text[], $7::text[],
                               $8::text[], $9::int[], $10::int[])`,
      [
        ids,
        batch.map(() => survey.id),
        batch.map(() => digest(survey.id, randomUUID())),
        batch.map((response) =>
          response.pairToken ? digest(survey.pairGroup ?? 'pair', response.pairToken) : null,
        ),
        batch.map((response) => response.registrationId ?? null),
        batch.map((response) => response.regionCode ?? null),
        batch.map((response) => response.sex ?? null),
        batch.map((response) => response.ageBand ?? null),
        batch.map((response) => response.score ?? null),
        batch.map((response) => response.maxScore ?? null),
      ],
    );
    const answerRows: [string, string, number | null, string | null, string | null][] = [];
    batch.forEach((response, index) =>
      response.answers.forEach((answer, questionIndex) => {
        if (!answer) return;
        answerRows.push([
          ids[index] as string,
          survey.questionIds[questionIndex] as string,
          answer.rating ?? null,
          answer.choiceIds ? `{${answer.choiceIds.map((choice) => `"${choice}"`).join(',')}}` : null,
          answer.text ?? null,
        ]);
      }),
    );
    if (answerRows.length === 0) continue;
    await run(
      `INSERT INTO feedback.answers (response_id, question_id, rating, choice_ids, text)
       SELECT r, q, rating, choices::text[], text
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[]) AS t(r, q, rating, choices, text)`,
      [
        answerRows.map((row) => row[0]),
        answerRows.map((row) => row[1]),
        answerRows.map((row) => row[2]),
        answerRows.map((row) => row[3]),
        answerRows.map((row) => row[4]),
      ],
    );
  }
}
