import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { queryRows, runInTransaction } from '@jiyn/persistence';
import {
  feedbackSubmittedEvent,
  type SubmittedAnswer,
  type SubmittedSurvey,
} from './feedback-submitted-event';

interface PendingSurvey extends SubmittedSurvey {
  minCellSize: number;
  pending: number;
  over: boolean;
}

/**
 * Announces an anonymous survey's answers in batches. Announcing each answer as it is given would
 * tell its time (the record's, the outbox row's, `occurredAt`), and the gateway's audit log tells
 * who answered the survey when: the two together would say whose answer it is. So an anonymous
 * answer is announced only once at least k answers of its survey are waiting (k: the survey's
 * `min_cell_size`, never below 3), or when the survey closes (then whatever waits, before survey.closed). A batch
 * goes out in random order, every event with the release's time as `occurredAt`. An answer edited
 * before its release is announced once, as it then stands; one edited after is announced again.
 */
@Injectable()
export class AnonymousRelease {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Releases every batch that is due (surveys locked with SKIP LOCKED: replicas may run it at once). Returns events written. */
  async releaseDue(now = new Date()): Promise<number> {
    return runInTransaction(this.dataSource, async (manager) => {
      const surveys = await this.pendingSurveys(manager, now);
      let written = 0;
      for (const survey of surveys) {
        if (survey.over || survey.pending >= survey.minCellSize)
          written += await this.release(manager, survey, now);
      }
      return written;
    });
  }

  /**
   * Releases whatever of the survey waits, in the caller's transaction — for closing a survey, so
   * its last answers go out before survey.closed. The survey must be locked by the caller.
   */
  async releaseAll(manager: EntityManager, surveyId: string, now = new Date()): Promise<number> {
    const [survey] = await this.pendingSurveys(manager, now, surveyId);
    return survey ? this.release(manager, survey, now) : 0;
  }

  private async pendingSurveys(
    manager: EntityManager,
    now: Date,
    surveyId?: string,
  ): Promise<PendingSurvey[]> {
    const rows = await queryRows<{
      id: string;
      event_id: string;
      scope: SubmittedSurvey['scope'];
      purpose: SubmittedSurvey['purpose'];
      day: string | null;
      session_id: string | null;
      min_cell_size: number;
      pending: number;
      over: boolean;
    }>(
      manager,
      `SELECT s.id, s.event_id, s.scope, s.purpose, s.day::text AS day, s.session_id, s.min_cell_size,
              p.pending, (s.status = 'closed' OR s.closes_at <= $1) AS over
         FROM feedback.surveys s
         JOIN LATERAL (SELECT count(*)::int AS pending FROM feedback.responses r
                        WHERE r.survey_id = s.id AND r.announced_version < r.version) p ON p.pending > 0
        WHERE s.anonymous AND ($2::uuid IS NULL OR s.id = $2)
        ORDER BY s.id
        FOR UPDATE OF s SKIP LOCKED`,
      [now, surveyId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      scope: row.scope,
      purpose: row.purpose,
      day: row.day,
      sessionId: row.session_id,
      anonymous: true,
      minCellSize: row.min_cell_size,
      pending: row.pending,
      over: row.over,
    }));
  }

  private async release(manager: EntityManager, survey: PendingSurvey, now: Date): Promise<number> {
    const kinds = new Map(
      (
        await queryRows<{ id: string; kind: string }>(
          manager,
          `SELECT id, kind FROM feedback.survey_questions WHERE survey_id = $1`,
          [survey.id],
        )
      ).map((row) => [row.id, row.kind]),
    );
    // Answers in the survey's question order, as the answering route announces them.
    const responses = await queryRows<{
      id: string;
      score: number | null;
      max_score: number | null;
      answers: { questionId: string; rating: number | null; choiceIds: string[] | null }[];
    }>(
      manager,
      `SELECT r.id, r.score, r.max_score,
              coalesce(json_agg(json_build_object('questionId', a.question_id, 'rating', a.rating, 'choiceIds', a.choice_ids)
                         ORDER BY q.position) FILTER (WHERE a.response_id IS NOT NULL), '[]') AS answers
         FROM feedback.responses r
         LEFT JOIN feedback.answers a ON a.response_id = r.id
         LEFT JOIN feedback.survey_questions q ON q.survey_id = r.survey_id AND q.id = a.question_id
        WHERE r.survey_id = $1 AND r.announced_version < r.version
        GROUP BY r.id
        ORDER BY random()`,
      [survey.id],
    );
    for (const response of responses) {
      const data = feedbackSubmittedEvent(
        survey,
        {
          id: response.id,
          registrationId: null,
          score: response.score,
          maxScore: response.max_score,
          answers: response.answers as SubmittedAnswer[],
        },
        (questionId) => kinds.get(questionId),
        now,
      );
      await this.outbox.append(manager, {
        topic: TOPICS.feedback,
        type: EVENT_TYPES.feedbackSubmittedV2,
        subject: survey.id,
        data,
      });
    }
    await manager.query(
      `UPDATE feedback.responses SET announced_version = version WHERE id = ANY($1::uuid[])`,
      [responses.map((response) => response.id)],
    );
    return responses.length;
  }
}
