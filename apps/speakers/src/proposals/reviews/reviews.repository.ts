import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';

export interface Reviewer {
  id: string;
  eventId: string;
  name: string;
  email: string;
  createdAt: Date;
}

export interface Review {
  proposalId: string;
  reviewerId: string;
  scores: Record<string, number>;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface ReviewRow {
  proposal_id: string;
  reviewer_id: string;
  scores: Record<string, number>;
  comment: string | null;
  created_at: Date;
  updated_at: Date;
}

const toReview = (row: ReviewRow): Review => ({
  proposalId: row.proposal_id,
  reviewerId: row.reviewer_id,
  scores: row.scores,
  comment: row.comment,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

interface ReviewerRow {
  id: string;
  event_id: string;
  name: string;
  email: string;
  created_at: Date;
}

const toReviewer = (row: ReviewerRow): Reviewer => ({
  id: row.id,
  eventId: row.event_id,
  name: row.name,
  email: row.email,
  createdAt: row.created_at,
});

@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertReviewer(manager: EntityManager, reviewer: Reviewer): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO speakers.reviewers (id, event_id, name, email, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [reviewer.id, reviewer.eventId, reviewer.name, reviewer.email, reviewer.createdAt],
    );
  }

  async reviewerByEmail(manager: EntityManager, eventId: string, email: string): Promise<Reviewer | null> {
    const rows = await queryRows<ReviewerRow>(
      manager,
      `SELECT * FROM speakers.reviewers WHERE event_id = $1 AND lower(email) = lower($2)`,
      [eventId, email],
    );
    return rows[0] ? toReviewer(rows[0]) : null;
  }

  async reviewer(id: string, manager: EntityManager = this.dataSource.manager): Promise<Reviewer | null> {
    const rows = await queryRows<ReviewerRow>(manager, `SELECT * FROM speakers.reviewers WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toReviewer(rows[0]) : null;
  }

  /** An event's reviewers with how many reviews each wrote; bounded by the per-event limit. */
  async reviewers(eventId: string): Promise<(Reviewer & { reviewCount: number })[]> {
    const rows = await queryRows<ReviewerRow & { review_count: number }>(
      this.dataSource.manager,
      `SELECT r.*, (SELECT count(*)::int FROM speakers.reviews v WHERE v.reviewer_id = r.id) AS review_count
         FROM speakers.reviewers r WHERE r.event_id = $1 ORDER BY r.created_at, r.id`,
      [eventId],
    );
    return rows.map((row) => ({ ...toReviewer(row), reviewCount: row.review_count }));
  }

  async countReviewers(manager: EntityManager, eventId: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM speakers.reviewers WHERE event_id = $1`,
      [eventId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Writes the reviewer's one review of the proposal; says whether it was new. */
  async upsertReview(
    manager: EntityManager,
    review: Omit<Review, 'createdAt' | 'updatedAt'>,
    at: Date,
  ): Promise<{ review: Review; created: boolean }> {
    const rows = await queryRows<ReviewRow & { created: boolean }>(
      manager,
      `INSERT INTO speakers.reviews AS r (proposal_id, reviewer_id, scores, comment, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $5)
       ON CONFLICT (proposal_id, reviewer_id) DO UPDATE
         SET scores = EXCLUDED.scores, comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at
       RETURNING r.*, (xmax = 0) AS created`,
      [review.proposalId, review.reviewerId, JSON.stringify(review.scores), review.comment, at],
    );
    const row = rows[0] as ReviewRow & { created: boolean };
    return { review: toReview(row), created: row.created };
  }

  async reviewsOfEvent(eventId: string): Promise<Review[]> {
    const rows = await queryRows<ReviewRow>(
      this.dataSource.manager,
      `SELECT r.* FROM speakers.reviews r JOIN speakers.proposals p ON p.id = r.proposal_id
        WHERE p.event_id = $1 AND p.status <> 'withdrawn'`,
      [eventId],
    );
    return rows.map(toReview);
  }

  async reviewsOfProposal(proposalId: string): Promise<(Review & { reviewerName: string })[]> {
    const rows = await queryRows<ReviewRow & { reviewer_name: string }>(
      this.dataSource.manager,
      `SELECT r.*, v.name AS reviewer_name FROM speakers.reviews r JOIN speakers.reviewers v ON v.id = r.reviewer_id
        WHERE r.proposal_id = $1 ORDER BY r.created_at`,
      [proposalId],
    );
    return rows.map((row) => ({ ...toReview(row), reviewerName: row.reviewer_name }));
  }

  async reviewsBy(reviewerId: string, proposalIds: string[]): Promise<Map<string, Review>> {
    const rows = await queryRows<ReviewRow>(
      this.dataSource.manager,
      `SELECT * FROM speakers.reviews WHERE reviewer_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [reviewerId, proposalIds],
    );
    return new Map(rows.map((row) => [row.proposal_id, toReview(row)]));
  }
}
