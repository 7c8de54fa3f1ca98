import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, type Page, runInTransaction } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { SpeakerAccessService } from '../../speaker-access';
import type { Call } from '../call/call.model';
import { CallsRepository } from '../call/calls.repository';
import { callNotFound } from '../call/calls.service';
import { proposalNotFound, proposalNotOpen } from '../proposal-problems';
import { UNDECIDED, type Proposal, type ProposalSpeaker } from '../proposal.model';
import { ProposalsRepository } from '../proposals.repository';
import type { AddReviewerDto, PutReviewDto } from './review.dto';
import { rankProposals, weightedScore } from './ranking';
import type {
  ProposalRanking,
  ReviewerList,
  ReviewerProposal,
  ReviewerResponse,
  ReviewerReview,
  ReviewQueue,
} from './review.response';
import { ReviewsRepository, type Review, type Reviewer } from './reviews.repository';

export const MAX_REVIEWERS_PER_EVENT = 200;

/** What a reviewer reads of a proposal; in an anonymous call nothing says who proposed it. */
export function reviewerProposalView(
  proposal: Proposal,
  speakers: readonly ProposalSpeaker[],
  review: Review | undefined,
  call: Call,
): ReviewerProposal {
  return {
    id: proposal.id,
    title: proposal.title,
    abstract: proposal.abstract,
    type: proposal.type,
    trackId: proposal.trackId,
    durationMinutes: proposal.durationMinutes,
    language: proposal.language,
    answers: proposal.answers,
    status: proposal.status,
    reviewable: UNDECIDED.includes(proposal.status),
    ...(call.anonymousReview
      ? {}
      : {
          // Public profile fields only: reviewers never see contact details.
          speakers: speakers
            .filter((speaker) => speaker.state !== 'declined')
            .map((speaker) => ({
              speakerId: speaker.speakerId,
              fullName: speaker.fullName,
              position: speaker.jobTitle,
              organisation: speaker.organisation,
            })),
        }),
    myReview: review ? reviewView(review, call) : null,
  };
}

function reviewView(review: Review, call: Call): ReviewerReview {
  return {
    scores: review.scores,
    weightedScore: weightedScore(call.criteria, review.scores),
    comment: review.comment,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
  };
}

export function reviewerView(reviewer: Reviewer): ReviewerResponse {
  return {
    id: reviewer.id,
    eventId: reviewer.eventId,
    name: reviewer.name,
    email: reviewer.email,
    createdAt: reviewer.createdAt.toISOString(),
  };
}

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly calls: CallsRepository,
    private readonly access: SpeakerAccessService,
  ) {}

  /** Adds a reviewer to an event's call and issues their one-time link (shown in this answer only). */
  async addReviewer(
    eventId: string,
    dto: AddReviewerDto,
  ): Promise<{ reviewer: Reviewer; invitation: { url: string; expiresAt: string } }> {
    try {
      return await runInTransaction(this.dataSource, async (manager) => {
        if (!(await this.calls.findForUpdate(manager, eventId))) throw callNotFound(eventId);
        const existing = await this.reviews.reviewerByEmail(manager, eventId, dto.email);
        if (existing) throw reviewerTaken(existing.id);
        if ((await this.reviews.countReviewers(manager, eventId)) >= MAX_REVIEWERS_PER_EVENT) {
          throw new ProblemException('conflict', {
            detail: `An event has at most ${MAX_REVIEWERS_PER_EVENT} reviewers`,
          });
        }
        const reviewer: Reviewer = {
          id: uuidv7(),
          eventId,
          name: dto.name.trim(),
          email: dto.email,
          createdAt: new Date(),
        };
        await this.reviews.insertReviewer(manager, reviewer);
        const invitation = await this.access.issueInvitation(manager, 'reviewer', reviewer.id, dto.ttlHours);
        return {
          reviewer,
          invitation: { url: invitation.url, expiresAt: invitation.expiresAt.toISOString() },
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'reviewers_event_email_key')) {
        throw reviewerTaken(null);
      }
      throw error;
    }
  }

  /** A new link for a reviewer (a lost one); the older unused link stops working. */
  reinvite(
    eventId: string,
    reviewerId: string,
    ttlHours?: number,
  ): Promise<{ url: string; expiresAt: string }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const reviewer = await this.reviews.reviewer(reviewerId, manager);
      if (!reviewer || reviewer.eventId !== eventId) throw reviewerNotFound(reviewerId);
      const invitation = await this.access.issueInvitation(manager, 'reviewer', reviewer.id, ttlHours);
      return { url: invitation.url, expiresAt: invitation.expiresAt.toISOString() };
    });
  }

  /** Ends a reviewer's access (links and tokens); their reviews stay. */
  revokeAccess(eventId: string, reviewerId: string): Promise<{ revokedTokens: number }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const reviewer = await this.reviews.reviewer(reviewerId, manager);
      if (!reviewer || reviewer.eventId !== eventId) throw reviewerNotFound(reviewerId);
      return { revokedTokens: await this.access.revokeAll(manager, 'reviewer', reviewer.id) };
    });
  }

  async listReviewers(eventId: string): Promise<ReviewerList> {
    if (!(await this.calls.find(eventId))) throw callNotFound(eventId);
    return {
      items: (await this.reviews.reviewers(eventId)).map((r) => ({
        ...reviewerView(r),
        reviewCount: r.reviewCount,
      })),
    };
  }

  /** The proposals of the reviewer's event (not withdrawn), with their own review of each. */
  async queue(
    reviewerId: string,
    cursor: string | undefined,
    limit: number | undefined,
  ): Promise<ReviewQueue> {
    const { call } = await this.reviewerAndCall(reviewerId);
    const page: Page<Proposal> = await this.proposals.page(call.eventId, {
      excludeStatus: 'withdrawn',
      cursor,
      limit,
    });
    const ids = page.items.map((proposal) => proposal.id);
    const speakers = call.anonymousReview
      ? new Map<string, ProposalSpeaker[]>()
      : await this.proposals.speakersOf(ids);
    const mine = await this.reviews.reviewsBy(reviewerId, ids);
    return {
      eventId: call.eventId,
      anonymous: call.anonymousReview,
      maxScore: call.maxScore,
      criteria: call.criteria,
      items: page.items.map((proposal) =>
        reviewerProposalView(proposal, speakers.get(proposal.id) ?? [], mine.get(proposal.id), call),
      ),
      nextCursor: page.nextCursor,
    };
  }

  async reviewerProposal(reviewerId: string, proposalId: string): Promise<ReviewerProposal> {
    const { call } = await this.reviewerAndCall(reviewerId);
    const proposal = await this.proposals.find(proposalId);
    if (!proposal || proposal.eventId !== call.eventId || proposal.status === 'withdrawn')
      throw proposalNotFound(proposalId);
    const speakers = call.anonymousReview
      ? []
      : ((await this.proposals.speakersOf([proposal.id])).get(proposal.id) ?? []);
    const mine = await this.reviews.reviewsBy(reviewerId, [proposal.id]);
    return reviewerProposalView(proposal, speakers, mine.get(proposal.id), call);
  }

  /**
   * Writes the reviewer's review: a score for every criterion of the call, 0 to maxScore, and a
   * comment. One review per reviewer and proposal, editable until the proposal is decided. The
   * first review of a proposal puts it in review.
   */
  putReview(
    reviewerId: string,
    proposalId: string,
    dto: PutReviewDto,
  ): Promise<{ review: ReturnType<typeof reviewView>; created: boolean; status: Proposal['status'] }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const reviewer = await this.reviews.reviewer(reviewerId, manager);
      if (!reviewer) throw reviewerNotFound(reviewerId);
      const call = await this.calls.find(reviewer.eventId, manager);
      if (!call) throw callNotFound(reviewer.eventId);
      const proposal = await this.proposals.findForUpdate(manager, proposalId);
      if (!proposal || proposal.eventId !== reviewer.eventId || proposal.status === 'withdrawn')
        throw proposalNotFound(proposalId);
      if (!UNDECIDED.includes(proposal.status))
        throw proposalNotOpen(proposal.status, {
          en: 'its reviews can no longer change',
          ru: 'её оценки больше нельзя изменить',
          kk: 'оның бағаларын енді өзгертуге болмайды',
        });
      const scores = checkedScores(call, dto.scores);
      const now = new Date();
      const comment = dto.comment?.trim() || null;
      const { review, created } = await this.reviews.upsertReview(
        manager,
        { proposalId, reviewerId, scores, comment },
        now,
      );
      // In review from the first review on; no event: the contract announces decisions, not reviews.
      const status =
        proposal.status === 'submitted'
          ? (await this.proposals.setStatus(manager, proposal.id, 'in-review', now)).status
          : proposal.status;
      return { review: reviewView(review, call), created, status };
    });
  }

  /** The organiser's ranking of every proposal that was not withdrawn. */
  async ranking(eventId: string): Promise<ProposalRanking> {
    const call = await this.calls.find(eventId);
    if (!call) throw callNotFound(eventId);
    const proposals = await this.proposals.undrawn(eventId);
    const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
    const ranked = rankProposals(
      proposals.map((proposal) => proposal.id),
      await this.reviews.reviewsOfEvent(eventId),
      call.criteria,
    );
    return {
      eventId,
      maxScore: call.maxScore,
      criteria: call.criteria.map(({ key, weight }) => ({ key, weight })),
      items: ranked.map((entry, index) => {
        const proposal = byId.get(entry.proposalId) as Proposal;
        return {
          rank: index + 1,
          ...entry,
          title: proposal.title,
          type: proposal.type,
          trackId: proposal.trackId,
          durationMinutes: proposal.durationMinutes,
          status: proposal.status,
        };
      }),
    };
  }

  async reviewsOf(proposalId: string) {
    return (await this.reviews.reviewsOfProposal(proposalId)).map((review) => ({
      reviewerId: review.reviewerId,
      reviewerName: review.reviewerName,
      scores: review.scores,
      comment: review.comment,
      updatedAt: review.updatedAt.toISOString(),
    }));
  }

  private async reviewerAndCall(reviewerId: string): Promise<{ reviewer: Reviewer; call: Call }> {
    const reviewer = await this.reviews.reviewer(reviewerId);
    if (!reviewer) throw reviewerNotFound(reviewerId);
    const call = await this.calls.find(reviewer.eventId);
    if (!call) throw callNotFound(reviewer.eventId);
    return { reviewer, call };
  }
}

/** Every criterion scored, nothing else, each a whole number from 0 to maxScore. */
function checkedScores(call: Call, scores: Record<string, unknown>): Record<string, number> {
  const problems: FieldProblem[] = [];
  const keys = new Set(call.criteria.map((criterion) => criterion.key));
  for (const key of Object.keys(scores)) {
    if (!keys.has(key)) problems.push({ field: `scores.${key}`, code: 'unknownCriterion' });
  }
  const checked: Record<string, number> = {};
  for (const { key } of call.criteria) {
    const field = `scores.${key}`;
    const score = scores[key];
    if (score === undefined || score === null) problems.push({ field, code: 'isDefined' });
    else if (typeof score !== 'number' || !Number.isInteger(score)) problems.push({ field, code: 'isInt' });
    else if (score < 0) problems.push({ field, code: 'min', args: [0] });
    else if (score > call.maxScore) problems.push({ field, code: 'max', args: [call.maxScore] });
    else checked[key] = score;
  }
  if (problems.length) throw new ProblemException('validation', { errors: problems });
  return checked;
}

function reviewerTaken(reviewerId: string | null): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'This e-mail already belongs to a reviewer of this event; issue them a new link instead',
      ru: 'Этот e-mail уже принадлежит рецензенту мероприятия; выдайте ему новую ссылку',
      kk: 'Бұл e-mail іс-шараның рецензентіне тиесілі; оған жаңа сілтеме беріңіз',
    },
    ...(reviewerId ? { extensions: { reviewerId } } : {}),
  });
}

function reviewerNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: { en: `No reviewer ${id}`, ru: `Рецензент ${id} не найден`, kk: `${id} рецензенті табылмады` },
  });
}
