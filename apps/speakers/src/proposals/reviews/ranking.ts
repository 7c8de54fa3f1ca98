import type { ReviewCriterion } from '../call/call.model';

export interface ScoredReview {
  proposalId: string;
  scores: Record<string, number>;
}

export interface RankedProposal {
  proposalId: string;
  reviewCount: number;
  /** Mean over reviews of each review's weighted score (0..maxScore); null without reviews. */
  weightedMean: number | null;
  /** Population standard deviation of the reviews' weighted scores: how much reviewers disagree. */
  spread: number | null;
  /** Mean score per criterion, for the organiser's eye. */
  criteria: Record<string, number | null>;
}

/**
 * One review's score: Σ(weight × score) / Σ weight over the call's criteria. A criterion a review
 * left out (it cannot happen through the API, which asks for every criterion) counts as not scored,
 * so the weights of the scored criteria are used.
 */
export function weightedScore(
  criteria: readonly ReviewCriterion[],
  scores: Record<string, number>,
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const criterion of criteria) {
    const score = scores[criterion.key];
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    weighted += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

function standardDeviation(values: number[]): number | null {
  const average = mean(values);
  if (average === null) return null;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length);
}

/**
 * Ranks proposals by their weighted mean, best first; among equal means the one more reviewers
 * scored comes first, then the one reviewers agree on more (smaller spread), then the given order
 * (submission order). Proposals nobody reviewed come last. Numbers are rounded to three decimals.
 */
export function rankProposals(
  proposalIds: readonly string[],
  reviews: readonly ScoredReview[],
  criteria: readonly ReviewCriterion[],
): RankedProposal[] {
  const byProposal = new Map<string, ScoredReview[]>(proposalIds.map((id) => [id, []]));
  for (const review of reviews) byProposal.get(review.proposalId)?.push(review);
  const ranked = proposalIds.map((proposalId, order) => {
    const own = byProposal.get(proposalId) ?? [];
    const totals = own
      .map((review) => weightedScore(criteria, review.scores))
      .filter((value): value is number => value !== null);
    const average = mean(totals);
    const spread = standardDeviation(totals);
    const perCriterion = Object.fromEntries(
      criteria.map((criterion) => {
        const values = own
          .map((review) => review.scores[criterion.key])
          .filter((value): value is number => typeof value === 'number');
        const value = mean(values);
        return [criterion.key, value === null ? null : round(value)];
      }),
    );
    return {
      order,
      exactMean: average,
      exactSpread: spread,
      result: {
        proposalId,
        reviewCount: totals.length,
        weightedMean: average === null ? null : round(average),
        spread: spread === null ? null : round(spread),
        criteria: perCriterion,
      },
    };
  });
  ranked.sort((a, b) => {
    if (a.exactMean === null || b.exactMean === null)
      return a.exactMean === b.exactMean ? a.order - b.order : a.exactMean === null ? 1 : -1;
    return (
      b.exactMean - a.exactMean ||
      b.result.reviewCount - a.result.reviewCount ||
      (a.exactSpread ?? 0) - (b.exactSpread ?? 0) ||
      a.order - b.order
    );
  });
  return ranked.map((entry) => entry.result);
}
