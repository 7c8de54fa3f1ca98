import { ApiExtraModels, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { InvitationLinkResponse } from '../../speaker-access/invitation.response';
import type { Answer } from '../answers';
import { CallReviewCriterionResponse } from '../call/call.response';
import type { SessionKind } from '../call/call.model';
import type { ProposalStatus } from '../proposal.model';
import { AnswersProperty, ProposalStatusProperty, SessionKindProperty } from '../proposal.response';

const ScoresProperty = () =>
  ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    description: "A score from 0 to the call's maxScore per criterion key",
    example: { relevance: 4 },
  });

@ApiSchema({ name: 'ProposalReviewer' })
export class ReviewerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'Айгерим Садыкова' }) name!: string;
  @ApiProperty({ format: 'email', example: 'reviewer@culture.example.kz' }) email!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

@ApiSchema({ name: 'AddedProposalReviewer' })
export class AddedReviewerResponse extends ReviewerResponse {
  @ApiProperty({ type: InvitationLinkResponse, description: 'The link to send them; in this answer only' })
  invitation!: InvitationLinkResponse;
}

@ApiSchema({ name: 'ProposalReviewerWithCount' })
export class ReviewerWithCount extends ReviewerResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reviews they have written' })
  reviewCount!: number;
}

@ApiSchema({ name: 'ProposalReviewerList' })
export class ReviewerList {
  @ApiProperty({ type: ReviewerWithCount, isArray: true }) items!: ReviewerWithCount[];
}

@ApiSchema({ name: 'ProposalRankingCriterion' })
export class RankingCriterion {
  @ApiProperty({ example: 'relevance' }) key!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 }) weight!: number;
}

@ApiSchema({ name: 'RankedProposal' })
export class RankedProposalResponse {
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 is the best' }) rank!: number;
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) reviewCount!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "Mean of the reviews' weighted scores (0..maxScore), three decimals; null without reviews",
  })
  weightedMean!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "Standard deviation of the reviews' weighted scores: how much reviewers disagree",
  })
  spread!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: 'Mean score per criterion key; null without reviews',
    example: { relevance: 3.5 },
  })
  criteria!: Record<string, number | null>;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @SessionKindProperty() type!: SessionKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trackId!: string | null;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) durationMinutes!: number;
  @ProposalStatusProperty() status!: ProposalStatus;
}

@ApiSchema({ name: 'ProposalRanking' })
export class ProposalRanking {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10 }) maxScore!: number;
  @ApiProperty({ type: RankingCriterion, isArray: true }) criteria!: RankingCriterion[];
  @ApiProperty({ type: RankedProposalResponse, isArray: true, description: 'Best first' })
  items!: RankedProposalResponse[];
}

/** A reviewer's own review of a proposal. */
@ApiSchema({ name: 'ReviewerReview' })
export class ReviewerReview {
  @ScoresProperty() scores!: Record<string, number>;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ(weight × score) / Σ weight' })
  weightedScore!: number | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

@ApiSchema({ name: 'ReviewerProposalSpeaker' })
export class ReviewerProposalSpeaker {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty({ type: MultilingualTextDto }) fullName!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto, description: 'Job title' }) position!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto }) organisation!: MultilingualTextDto;
}

/** A proposal as a reviewer reads it; in an anonymous call nothing says who proposed it. */
@ApiSchema({ name: 'ReviewerProposal' })
@ApiExtraModels(ReviewerReview)
export class ReviewerProposal {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto }) abstract!: MultilingualTextDto;
  @SessionKindProperty() type!: SessionKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trackId!: string | null;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) durationMinutes!: number;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'SpeakerLanguage' }) language!: Lang;
  @AnswersProperty() answers!: Record<string, Answer>;
  @ProposalStatusProperty() status!: ProposalStatus;
  @ApiProperty({ description: 'Whether reviews can still be written (not yet decided)' })
  reviewable!: boolean;
  @ApiProperty({
    type: ReviewerProposalSpeaker,
    isArray: true,
    required: false,
    description: 'Absent in an anonymous call; public profile fields only, declined co-speakers left out',
  })
  speakers?: ReviewerProposalSpeaker[];
  // Written out: @nestjs/swagger's nullable reference would refuse null under allOf.
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(ReviewerReview) }, { type: 'null' }],
    description: "The caller's review; null before they write one",
  } as never)
  myReview!: ReviewerReview | null;
}

@ApiSchema({ name: 'ReviewQueue' })
export class ReviewQueue {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'Reviewers see no speaker at all' }) anonymous!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, description: 'Scores run from 0 to this' })
  maxScore!: number;
  @ApiProperty({ type: CallReviewCriterionResponse, isArray: true }) criteria!: CallReviewCriterionResponse[];
  @ApiProperty({ type: ReviewerProposal, isArray: true }) items!: ReviewerProposal[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to read the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

/** The review as written, with the state of its proposal (the first review puts it in review). */
@ApiSchema({ name: 'ReviewerReviewResult' })
export class PutReviewResponse extends ReviewerReview {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ProposalStatusProperty() proposalStatus!: ProposalStatus;
}
