import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PROPOSAL_STATUSES, SESSION_KINDS } from '@jiyn/contracts';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import type { Answer } from './answers';
import type { SessionKind } from './call/call.model';
import type { CoSpeakerState, ProposalStatus } from './proposal.model';

export const SPEAKER_ROLES = ['primary', 'co-speaker'] as const;
export const CO_SPEAKER_STATES = ['invited', 'confirmed', 'declined'] as const;
export const SUBMITTERS = ['speaker', 'organiser'] as const;

/** Shared by every schema naming a proposal's kind of session, so clients get one enum. */
export const SessionKindProperty = (description?: string) =>
  ApiProperty({
    enum: SESSION_KINDS,
    enumName: 'ProposalSessionKind',
    example: 'talk',
    ...(description ? { description } : {}),
  });

export const ProposalStatusProperty = () =>
  ApiProperty({ enum: PROPOSAL_STATUSES, enumName: 'ProposalStatus', example: 'submitted' });

/** Answers to a call's questions by question key: text, a number, yes/no, or a choice's option key. */
export const AnswersProperty = () =>
  ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: "Answers to the call's questions, by question key",
    example: { level: 'beginner' },
  });

/** What every view of a proposal shows. */
export class ProposalContent {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto }) abstract!: MultilingualTextDto;
  @SessionKindProperty() type!: SessionKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trackId!: string | null;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600, example: 30 }) durationMinutes!: number;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'SpeakerLanguage', example: 'kk' }) language!: Lang;
  @AnswersProperty() answers!: Record<string, Answer>;
  @ProposalStatusProperty() status!: ProposalStatus;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Grows with every change', example: 1 })
  version!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When accepted or rejected',
  })
  decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** Someone on a proposal as organisers see them. */
@ApiSchema({ name: 'ProposalSpeaker' })
export class OrganiserProposalSpeaker {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty({ enum: SPEAKER_ROLES, enumName: 'ProposalSpeakerRole' }) role!: 'primary' | 'co-speaker';
  @ApiProperty({
    enum: CO_SPEAKER_STATES,
    enumName: 'ProposalSpeakerState',
    description: 'The primary speaker is always confirmed; co-speakers confirm or decline',
  })
  state!: CoSpeakerState;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When they confirmed or declined',
  })
  respondedAt!: string | null;
  @ApiProperty({ type: MultilingualTextDto }) fullName!: MultilingualTextDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Private. Masked (`a***@example.kz`) unless the caller may see personal data of the event',
  })
  email!: string | null;
}

/** A proposal as organisers and reviewers with the organiser's scopes see it. */
@ApiSchema({ name: 'Proposal' })
export class OrganiserProposal extends ProposalContent {
  @ApiProperty({ enum: SUBMITTERS, enumName: 'ProposalSubmitter' }) submittedBy!: 'speaker' | 'organiser';
  @ApiProperty({ type: OrganiserProposalSpeaker, isArray: true, description: 'The primary speaker first' })
  speakers!: OrganiserProposalSpeaker[];
}

/** A link for a new speaker a proposal named: shown once, to be passed on to them. */
@ApiSchema({ name: 'ProposalSpeakerInvitation' })
export class ProposalSpeakerInvitation {
  @ApiProperty({ format: 'uuid', description: 'The speaker profile created for them' }) speakerId!: string;
  @ApiProperty({ format: 'uri' }) url!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

@ApiSchema({ name: 'SubmittedProposal' })
export class SubmittedOrganiserProposal extends OrganiserProposal {
  @ApiProperty({
    type: ProposalSpeakerInvitation,
    isArray: true,
    description: 'Links for the new people the proposal named; in this answer only',
  })
  invitations!: ProposalSpeakerInvitation[];
}

/** A review as the organisers read it next to the proposal. */
@ApiSchema({ name: 'ProposalReview' })
export class ProposalReview {
  @ApiProperty({ format: 'uuid' }) reviewerId!: string;
  @ApiProperty() reviewerName!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'A score per criterion key',
    example: { relevance: 4 },
  })
  scores!: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

@ApiSchema({ name: 'ProposalWithReviews' })
export class OrganiserProposalWithReviews extends OrganiserProposal {
  @ApiProperty({ type: ProposalReview, isArray: true }) reviews!: ProposalReview[];
}

@ApiSchema({ name: 'ProposalDecisionsResult' })
export class ProposalDecisionsResponse {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Proposals now accepted' })
  accepted!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Proposals now rejected' })
  rejected!: string[];
}

/** Someone on a speaker's own proposal: public name only, never contacts. */
@ApiSchema({ name: 'SpeakerProposalSpeaker' })
export class SpeakerProposalSpeaker {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty({ enum: SPEAKER_ROLES, enumName: 'ProposalSpeakerRole' }) role!: 'primary' | 'co-speaker';
  @ApiProperty({ enum: CO_SPEAKER_STATES, enumName: 'ProposalSpeakerState' }) state!: CoSpeakerState;
  @ApiProperty({ type: MultilingualTextDto }) fullName!: MultilingualTextDto;
}

/** A proposal as a speaker on it sees it. */
@ApiSchema({ name: 'SpeakerProposal' })
export class SpeakerProposal extends ProposalContent {
  // Never null here: a speaker only ever sees proposals they are named on.
  @ApiProperty({
    enum: SPEAKER_ROLES,
    enumName: 'ProposalSpeakerRole',
    description: "The caller's role on the proposal",
  })
  myRole!: 'primary' | 'co-speaker' | null;
  @ApiProperty({ type: SpeakerProposalSpeaker, isArray: true, description: 'The primary speaker first' })
  speakers!: SpeakerProposalSpeaker[];
}

@ApiSchema({ name: 'SelfSubmittedProposal' })
export class SubmittedSpeakerProposal extends SpeakerProposal {
  @ApiProperty({
    type: ProposalSpeakerInvitation,
    isArray: true,
    description: 'Links for the new co-speakers the proposal named; in this answer only',
  })
  invitations!: ProposalSpeakerInvitation[];
}
