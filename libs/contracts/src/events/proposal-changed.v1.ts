import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { MayBeAbsent, Nested, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';
import { SESSION_KINDS } from './session-changed.v1';
import { MultilingualTextV1 } from './speaker-created.v1';

export const PROPOSAL_STATUSES = ['submitted', 'in-review', 'accepted', 'rejected', 'withdrawn'] as const;

/** Proposal text may be longer than a name or a title. */
export class ProposalTextV1 {
  @MayBeAbsent() @IsString() kk?: string;
  @MayBeAbsent() @IsString() ru?: string;
  @MayBeAbsent() @IsString() en?: string;
}

/**
 * The state of a proposal (call for proposals) after a change; one payload for proposal.submitted,
 * .withdrawn, .accepted and .rejected. Key: proposalId. `proposal.accepted` is how an accepted
 * proposal becomes an unscheduled session in the programme. Speakers travel as ids only; review
 * scores, comments and answers to the call's questions stay in the speakers service.
 */
export class ProposalChangedV1 {
  @IsUUID() proposalId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @IsIn(PROPOSAL_STATUSES) status!: (typeof PROPOSAL_STATUSES)[number];
  @Nested(() => MultilingualTextV1) title!: MultilingualTextV1;
  @IsOptional()
  @Nested(() => ProposalTextV1)
  @SchemaNote({ nullAsAnyOf: true })
  abstract?: ProposalTextV1 | null;
  @IsIn(SESSION_KINDS) type!: (typeof SESSION_KINDS)[number];
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) trackId?: string | null;
  @IsInt() @Min(5) @Max(600) durationMinutes!: number;
  @IsIn(['kk', 'ru', 'en']) language!: 'kk' | 'ru' | 'en';
  @IsArray() @ArrayMinSize(1) @IsUUID('all', { each: true }) speakerIds!: string[];
  @IsISO8601() occurredAt!: string;
}

export function proposalChangedV1Schema(type: string, description: string) {
  return eventSchemaOf(ProposalChangedV1, type, `${description} Key: proposalId. Speakers as ids only.`);
}
