import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SESSION_KINDS } from './session-changed.v1';
import { MultilingualTextV1 } from './speaker-created.v1';

export const PROPOSAL_STATUSES = ['submitted', 'in-review', 'accepted', 'rejected', 'withdrawn'] as const;

/** Proposal text may be longer than a name or a title. */
export class ProposalTextV1 {
  @IsOptional() @IsString() kk?: string;
  @IsOptional() @IsString() ru?: string;
  @IsOptional() @IsString() en?: string;
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
  @IsDefined() @IsObject() @ValidateNested() @Type(() => MultilingualTextV1) title!: MultilingualTextV1;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => ProposalTextV1) abstract?: ProposalTextV1 | null;
  @IsIn(SESSION_KINDS) type!: (typeof SESSION_KINDS)[number];
  @IsOptional() @IsUUID() trackId?: string | null;
  @IsInt() @Min(5) @Max(600) durationMinutes!: number;
  @IsIn(['kk', 'ru', 'en']) language!: 'kk' | 'ru' | 'en';
  @IsArray() @ArrayMinSize(1) @IsUUID('all', { each: true }) speakerIds!: string[];
  @IsISO8601() occurredAt!: string;
}

const text = (maxLength?: number) => ({
  type: 'object',
  additionalProperties: false,
  properties: {
    kk: { type: 'string', ...(maxLength ? { maxLength } : {}) },
    ru: { type: 'string', ...(maxLength ? { maxLength } : {}) },
    en: { type: 'string', ...(maxLength ? { maxLength } : {}) },
  },
});

export function proposalChangedV1Schema(type: string, description: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://jiyn.kz/schemas/${type}.json`,
    title: type,
    description: `${description} Key: proposalId. Speakers as ids only.`,
    type: 'object',
    additionalProperties: false,
    required: [
      'proposalId',
      'eventId',
      'version',
      'status',
      'title',
      'type',
      'durationMinutes',
      'language',
      'speakerIds',
      'occurredAt',
    ],
    properties: {
      proposalId: { type: 'string', format: 'uuid' },
      eventId: { type: 'string', format: 'uuid' },
      version: { type: 'integer', minimum: 1 },
      status: { enum: [...PROPOSAL_STATUSES] },
      title: text(500),
      abstract: { anyOf: [text(), { type: 'null' }] },
      type: { enum: [...SESSION_KINDS] },
      trackId: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] },
      durationMinutes: { type: 'integer', minimum: 5, maximum: 600 },
      language: { enum: ['kk', 'ru', 'en'] },
      speakerIds: { type: 'array', minItems: 1, items: { type: 'string', format: 'uuid' } },
      occurredAt: { type: 'string', format: 'date-time' },
    },
  } as const;
}
