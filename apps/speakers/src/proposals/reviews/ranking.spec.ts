import { describe, expect, it } from '@jest/globals';
import type { ReviewCriterion } from '../call/call.model';
import { rankProposals, weightedScore } from './ranking';

const criteria: ReviewCriterion[] = [
  { key: 'relevance', label: { en: 'Relevance' }, weight: 3 },
  { key: 'clarity', label: { en: 'Clarity' }, weight: 1 },
];

describe('weightedScore', () => {
  it('should weigh each criterion by its weight', () => {
    // (3×4 + 1×2) / 4 = 3.5
    expect(weightedScore(criteria, { relevance: 4, clarity: 2 })).toBe(3.5);
  });

  it('should use only the scored criteria, and give null when none is scored', () => {
    expect(weightedScore(criteria, { clarity: 5 })).toBe(5);
    expect(weightedScore(criteria, {})).toBeNull();
    expect(weightedScore(criteria, { unknown: 5 })).toBeNull();
  });
});

describe('rankProposals', () => {
  it('should give the weighted mean, the population standard deviation and the review count', () => {
    const [ranked] = rankProposals(
      ['a'],
      [
        { proposalId: 'a', scores: { relevance: 5, clarity: 5 } }, // 5
        { proposalId: 'a', scores: { relevance: 1, clarity: 5 } }, // 2
        { proposalId: 'a', scores: { relevance: 4, clarity: 0 } }, // 3
      ],
      criteria,
    );
    // mean of 5, 2, 3 = 10/3; variance = ((5-10/3)² + (2-10/3)² + (3-10/3)²)/3 = (25/9+16/9+1/9)/3 = 14/9
    expect(ranked).toEqual({
      proposalId: 'a',
      reviewCount: 3,
      weightedMean: 3.333,
      spread: Math.round(Math.sqrt(14 / 9) * 1000) / 1000,
      criteria: { relevance: 3.333, clarity: 3.333 },
    });
  });

  it('should give a single review no spread', () => {
    const [ranked] = rankProposals(
      ['a'],
      [{ proposalId: 'a', scores: { relevance: 2, clarity: 2 } }],
      criteria,
    );
    expect(ranked).toMatchObject({ weightedMean: 2, spread: 0, reviewCount: 1 });
  });

  it('should rank best first, unreviewed last, and break ties by count, then agreement, then order', () => {
    const ranking = rankProposals(
      ['unreviewed', 'low', 'tie-one-review', 'tie-two-split', 'tie-two-agreed', 'high'],
      [
        { proposalId: 'low', scores: { relevance: 1, clarity: 1 } },
        { proposalId: 'tie-one-review', scores: { relevance: 3, clarity: 3 } },
        { proposalId: 'tie-two-split', scores: { relevance: 1, clarity: 1 } },
        { proposalId: 'tie-two-split', scores: { relevance: 5, clarity: 5 } },
        { proposalId: 'tie-two-agreed', scores: { relevance: 3, clarity: 3 } },
        { proposalId: 'tie-two-agreed', scores: { relevance: 3, clarity: 3 } },
        { proposalId: 'high', scores: { relevance: 5, clarity: 4 } },
        { proposalId: 'elsewhere', scores: { relevance: 5, clarity: 5 } },
      ],
      criteria,
    );
    expect(ranking.map((r) => r.proposalId)).toEqual([
      'high',
      'tie-two-agreed',
      'tie-two-split',
      'tie-one-review',
      'low',
      'unreviewed',
    ]);
    expect(ranking.at(-1)).toEqual({
      proposalId: 'unreviewed',
      reviewCount: 0,
      weightedMean: null,
      spread: null,
      criteria: { relevance: null, clarity: null },
    });
  });

  it('should keep the given order among proposals nobody reviewed', () => {
    expect(rankProposals(['x', 'y', 'z'], [], criteria).map((r) => r.proposalId)).toEqual(['x', 'y', 'z']);
  });
});
