import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { SESSION_KINDS } from '@jiyn/contracts';

import {
  IsInstant,
  MultilingualField,
  MultilingualTextDto,
  NestedObjects,
  NullAsAbsent,
} from '@jiyn/problems';
import { QUESTION_TYPES, type QuestionType, type SessionKind } from './call.model';

/** Keys of questions, options and criteria: short, lower-case, stable (answers and scores refer to them). */
const KEY = /^[a-z][a-z0-9-]{0,39}$/;

@ApiSchema({ name: 'CallChoiceOptionInput' })
export class ChoiceOptionDto {
  @ApiProperty({ example: 'beginner' }) @Matches(KEY) key!: string;
  @MultilingualField({ required: true }) label!: MultilingualTextDto;
}

@ApiSchema({ name: 'CallQuestionInput' })
export class CallQuestionDto {
  @ApiProperty({ example: 'audience' }) @Matches(KEY) key!: string;
  @MultilingualField({ required: true }) label!: MultilingualTextDto;
  @ApiProperty({ enum: QUESTION_TYPES }) @IsIn(QUESTION_TYPES) type!: QuestionType;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() required?: boolean;

  @ApiPropertyOptional({ type: [ChoiceOptionDto], description: 'choice questions only (2–20)' })
  @NullAsAbsent()
  @IsOptional()
  @NestedObjects(() => ChoiceOptionDto)
  @ArrayMaxSize(20)
  options?: ChoiceOptionDto[];
}

@ApiSchema({ name: 'CallReviewCriterionInput' })
export class ReviewCriterionDto {
  @ApiProperty({ example: 'relevance' }) @Matches(KEY) key!: string;
  @MultilingualField({ required: true }) label!: MultilingualTextDto;
  @ApiProperty({ minimum: 1, maximum: 100, example: 2 }) @IsInt() @Min(1) @Max(100) weight!: number;
}

/** The whole call of an event, replaced at once. */
@ApiSchema({ name: 'ProposalCallInput' })
export class PutCallDto {
  @MultilingualField() title?: MultilingualTextDto;
  @MultilingualField({ description: 'Markdown' }) description?: MultilingualTextDto;

  @ApiProperty({ example: '2029-11-01T09:00:00+05:00' }) @IsInstant() opensAt!: string;
  @ApiProperty({ example: '2029-12-15T18:00:00+05:00' }) @IsInstant() closesAt!: string;

  @ApiProperty({ enum: SESSION_KINDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SESSION_KINDS, { each: true })
  sessionTypes!: SessionKind[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Tracks of the event a proposal may choose; none: no track',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  trackIds?: string[];

  @ApiPropertyOptional({
    type: [Number],
    description: 'Allowed durations in minutes; when empty, min/max apply',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(5, { each: true })
  @Max(600, { each: true })
  durations?: number[];

  @ApiPropertyOptional({ default: 5 }) @IsOptional() @IsInt() @Min(5) @Max(600) minDuration?: number;
  @ApiPropertyOptional({ default: 600 }) @IsOptional() @IsInt() @Min(5) @Max(600) maxDuration?: number;

  @ApiPropertyOptional({ type: [CallQuestionDto] })
  @IsOptional()
  @NestedObjects(() => CallQuestionDto)
  @ArrayMaxSize(20)
  questions?: CallQuestionDto[];

  @ApiProperty({ type: [ReviewCriterionDto] })
  @NestedObjects(() => ReviewCriterionDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  criteria!: ReviewCriterionDto[];

  @ApiPropertyOptional({ default: 5, description: 'Scores run from 0 to this' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxScore?: number;

  @ApiPropertyOptional({ default: false, description: 'Reviewers see no speaker at all' })
  @IsOptional()
  @IsBoolean()
  anonymousReview?: boolean;
}
