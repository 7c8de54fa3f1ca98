import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PROPOSAL_STATUSES, SESSION_KINDS } from '@jiyn/contracts';
import { PageQuery } from '@jiyn/persistence';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { MultilingualField, MultilingualTextDto, NestedObjects, NullAsAbsent } from '@jiyn/problems';
import type { SessionKind } from './call/call.model';

/** Answers by question key: text, a number, yes/no, or a choice's option key (null: not answered). */
const AnswersInput = () =>
  ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: "Answers to the call's questions, by question key; each of the question's type",
    example: { level: 'beginner' },
  });

/**
 * A speaker of a proposal: an existing speaker by id, or a new person (a profile is created and
 * invited). What is null is not given: `{speakerId, fullName: null}` names an existing speaker.
 */
export class ProposalSpeakerDto {
  @ApiPropertyOptional({ format: 'uuid' }) @NullAsAbsent() @IsOptional() @IsUUID() speakerId?: string;
  @NullAsAbsent()
  @MultilingualField({ description: 'A new speaker: their name' })
  fullName?: MultilingualTextDto;
  @ApiPropertyOptional({ description: 'A new speaker: their e-mail (private)' })
  @NullAsAbsent()
  @IsOptional()
  @IsEmail()
  email?: string;
}

export class SubmitProposalDto {
  @ApiProperty({ format: 'uuid', description: 'The event whose call the proposal answers' })
  @IsUUID()
  eventId!: string;

  @MultilingualField({ required: true, description: 'At most 500 characters per language' })
  title!: MultilingualTextDto;
  @MultilingualField({ required: true }) abstract!: MultilingualTextDto;
  @ApiProperty({ enum: SESSION_KINDS }) @IsIn(SESSION_KINDS) type!: SessionKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() trackId?: string;
  @ApiProperty({ minimum: 5, maximum: 600 }) @IsInt() @Min(5) @Max(600) durationMinutes!: number;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES }) @IsIn(SUPPORTED_LANGUAGES) language!: Lang;

  @ApiPropertyOptional({ type: [ProposalSpeakerDto], description: 'Co-speakers; each confirms or declines' })
  @IsOptional()
  @NestedObjects(() => ProposalSpeakerDto)
  @ArrayMaxSize(9)
  coSpeakers?: ProposalSpeakerDto[];

  @AnswersInput()
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

/** An organiser submits for speakers: the first one listed is the primary speaker. */
export class OrganiserSubmitProposalDto {
  @MultilingualField({ required: true, description: 'At most 500 characters per language' })
  title!: MultilingualTextDto;
  @MultilingualField({ required: true }) abstract!: MultilingualTextDto;
  @ApiProperty({ enum: SESSION_KINDS }) @IsIn(SESSION_KINDS) type!: SessionKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() trackId?: string;
  @ApiProperty({ minimum: 5, maximum: 600 }) @IsInt() @Min(5) @Max(600) durationMinutes!: number;
  @ApiProperty({ enum: SUPPORTED_LANGUAGES }) @IsIn(SUPPORTED_LANGUAGES) language!: Lang;

  @ApiProperty({ type: [ProposalSpeakerDto], description: 'The primary speaker first, then co-speakers' })
  @NestedObjects(() => ProposalSpeakerDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  speakers!: ProposalSpeakerDto[];

  @AnswersInput()
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

/** `A1B2…` and `a1b2…` are one proposal: compared (and unique) in the form PostgreSQL prints. */
const LowercaseIds = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((id) => (typeof id === 'string' ? id.toLowerCase() : id)) : value,
  );

export class ProposalDecisionsDto {
  @ApiPropertyOptional({ type: [String] })
  @LowercaseIds()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  accept?: string[];

  @ApiPropertyOptional({ type: [String] })
  @LowercaseIds()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  reject?: string[];
}

export class ListProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: string;

  // PageQuery's, and no longer than a language tag needs here.
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(10) override lang?: string;
}
