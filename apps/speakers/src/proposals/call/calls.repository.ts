import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import type { Call, CallContent } from './call.model';

interface CallRow {
  event_id: string;
  title: Call['title'];
  description: Call['description'];
  opens_at: Date;
  closes_at: Date;
  session_types: Call['sessionTypes'];
  track_ids: string[];
  durations: number[];
  min_duration: number;
  max_duration: number;
  questions: Call['questions'];
  criteria: Call['criteria'];
  max_score: number;
  anonymous_review: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function toCall(row: CallRow): Call {
  return {
    eventId: row.event_id,
    title: row.title,
    description: row.description,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    sessionTypes: row.session_types,
    trackIds: row.track_ids,
    durations: row.durations,
    minDuration: row.min_duration,
    maxDuration: row.max_duration,
    questions: row.questions,
    criteria: row.criteria,
    maxScore: row.max_score,
    anonymousReview: row.anonymous_review,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

@Injectable()
export class CallsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<Call | null> {
    const rows = await queryRows<CallRow>(manager, `SELECT * FROM speakers.calls WHERE event_id = $1`, [
      eventId,
    ]);
    return rows[0] ? toCall(rows[0]) : null;
  }

  /** The call, locked against a concurrent change of its rules. */
  async findForUpdate(manager: EntityManager, eventId: string): Promise<Call | null> {
    const rows = await queryRows<CallRow>(
      manager,
      `SELECT * FROM speakers.calls WHERE event_id = $1 FOR UPDATE`,
      [eventId],
    );
    return rows[0] ? toCall(rows[0]) : null;
  }

  /** Creates the call (version 1) or replaces it (next version) when anything differs. */
  async upsert(manager: EntityManager, eventId: string, content: CallContent, now: Date): Promise<Call> {
    const rows = await queryRows<CallRow>(
      manager,
      `INSERT INTO speakers.calls AS c (event_id, title, description, opens_at, closes_at, session_types,
         track_ids, durations, min_duration, max_duration, questions, criteria, max_score, anonymous_review,
         version, created_at, updated_at)
       VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14, 1, $15, $15)
       ON CONFLICT (event_id) DO UPDATE SET
         title = EXCLUDED.title, description = EXCLUDED.description, opens_at = EXCLUDED.opens_at,
         closes_at = EXCLUDED.closes_at, session_types = EXCLUDED.session_types, track_ids = EXCLUDED.track_ids,
         durations = EXCLUDED.durations, min_duration = EXCLUDED.min_duration, max_duration = EXCLUDED.max_duration,
         questions = EXCLUDED.questions, criteria = EXCLUDED.criteria, max_score = EXCLUDED.max_score,
         anonymous_review = EXCLUDED.anonymous_review, version = c.version + 1, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [
        eventId,
        JSON.stringify(content.title),
        JSON.stringify(content.description),
        content.opensAt,
        content.closesAt,
        content.sessionTypes,
        content.trackIds,
        content.durations,
        content.minDuration,
        content.maxDuration,
        JSON.stringify(content.questions),
        JSON.stringify(content.criteria),
        content.maxScore,
        content.anonymousReview,
        now,
      ],
    );
    return toCall(rows[0] as CallRow);
  }

  async hasReviews(manager: EntityManager, eventId: string): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `SELECT 1 FROM speakers.reviews r JOIN speakers.proposals p ON p.id = r.proposal_id
       WHERE p.event_id = $1 LIMIT 1`,
      [eventId],
    );
    return rows.length > 0;
  }
}
