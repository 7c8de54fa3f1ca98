import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQuery } from '@jiyn/persistence';
import { MultilingualField, MultilingualTextDto, NestedObjects, NullAsAbsent } from '@jiyn/problems';
import {
  MAX_OPTIONS,
  MAX_QUESTIONS,
  OPTION_ID,
  QUESTION_KINDS,
  SCALE_HIGHEST,
  SCALE_LOWEST,
  SURVEY_SCOPES,
  TEXT_MAX_LENGTH_LIMIT,
  type QuestionKind,
  type SurveyPurpose,
  type SurveyScope,
} from '../survey.model';
import { SURVEY_TEMPLATE_NAMES, type SurveyTemplateName } from '../survey-templates';

const LOCAL_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class SurveyOptionDto {
  @ApiProperty({ example: 'a', description: 'Stable id of the option, stored in answers: a–z 0–9 _ -' })
  @IsString()
  @Matches(OPTION_ID)
  id!: string;

  @MultilingualField({ required: true, description: 'kk and ru required' })
  label!: MultilingualTextDto;

  @ApiPropertyOptional({ description: 'Scored questions only: this option is a right answer' })
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  correct?: boolean;
}

/**
 * One question; which fields apply depends on `kind` (others are refused): rating — scaleMin,
 * scaleMax, minLabel, maxLabel (required); nps — always 0–10; single-/multiple-choice — options,
 * scored; text — maxLength. A rating or nps may say what it is about (subjectSessionId,
 * subjectSpeakerId) for per-session and per-speaker results.
 */
export class SurveyQuestionDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Kept when given (answers refer to it); a new one is made when left out',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: QUESTION_KINDS, enumName: 'SurveyQuestionKind' })
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @MultilingualField({ required: true, description: 'The question; kk and ru required' })
  prompt!: MultilingualTextDto;

  @ApiPropertyOptional({ type: 'integer', minimum: SCALE_LOWEST, maximum: SCALE_HIGHEST, default: 1 })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(SCALE_LOWEST)
  @Max(SCALE_HIGHEST)
  scaleMin?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: SCALE_LOWEST, maximum: SCALE_HIGHEST, default: 5 })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(SCALE_LOWEST)
  @Max(SCALE_HIGHEST)
  scaleMax?: number;

  @MultilingualField({ description: 'rating: what the lowest point means (required for a rating)' })
  minLabel?: MultilingualTextDto;

  @MultilingualField({ description: 'rating: what the highest point means (required for a rating)' })
  maxLabel?: MultilingualTextDto;

  @ApiPropertyOptional({ type: [SurveyOptionDto], description: 'single- and multiple-choice: 2 to 30' })
  @NullAsAbsent()
  @IsOptional()
  @NestedObjects(() => SurveyOptionDto)
  @ArrayMaxSize(MAX_OPTIONS)
  options?: SurveyOptionDto[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: TEXT_MAX_LENGTH_LIMIT,
    default: 2000,
    description: 'text: the longest answer taken',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TEXT_MAX_LENGTH_LIMIT)
  maxLength?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'rating, nps: the session rated (of this event)' })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  subjectSessionId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'rating, nps: the speaker rated; one of subjectSessionId’s speakers',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  subjectSpeakerId?: string;

  @ApiPropertyOptional({
    description:
      'Choices in a knowledge test: scored (single-choice exactly one correct option, multiple-choice at least one; required)',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  scored?: boolean;
}

/** When a survey takes answers: the event zone's wall clock; see the survey's `timeZone`. */
class SurveyWindowFields {
  @ApiPropertyOptional({
    example: '2024-02-07T16:00',
    description:
      "Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)",
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @Matches(LOCAL_TIME_PATTERN)
  opensAtLocal?: string;

  @ApiPropertyOptional({
    example: '2024-02-09T18:00',
    description:
      "Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope",
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @Matches(LOCAL_TIME_PATTERN)
  closesAtLocal?: string;
}

export class CreateSurveyDto extends SurveyWindowFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;

  @MultilingualField({ required: true, description: 'kk and ru required' })
  title!: MultilingualTextDto;

  @ApiPropertyOptional({
    enum: ['evaluation', 'pre-test'],
    default: 'evaluation',
    description: 'A post-test is made from its pre-test (POST /surveys/{id}/post-test)',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsIn(['evaluation', 'pre-test'])
  purpose?: Exclude<SurveyPurpose, 'post-test'>;

  @ApiProperty({ enum: SURVEY_SCOPES, enumName: 'SurveyScope' })
  @IsIn(SURVEY_SCOPES)
  scope!: SurveyScope;

  @ApiPropertyOptional({
    example: '2024-02-07',
    description: 'scope day: a local day of the event (a pre-test: the first day)',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @Matches(DAY_PATTERN)
  day?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'scope session: a session of the event' })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ default: true, description: 'Answers kept apart from who gave them' })
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 3,
    maximum: 100,
    default: 5,
    description: 'Smallest group a breakdown of the results shows',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(100)
  minCellSize?: number;

  @ApiProperty({ type: [SurveyQuestionDto], maxItems: MAX_QUESTIONS })
  @IsDefined()
  @NestedObjects(() => SurveyQuestionDto)
  @ArrayMaxSize(MAX_QUESTIONS)
  questions!: SurveyQuestionDto[];
}

/** Changes to a draft; what is left out stays. `questions` replaces every question at once. */
export class UpdateSurveyDto extends SurveyWindowFields {
  @MultilingualField({ description: 'kk and ru required' })
  title?: MultilingualTextDto;

  @ApiPropertyOptional()
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 3, maximum: 100 })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(100)
  minCellSize?: number;

  @ApiPropertyOptional({
    type: [SurveyQuestionDto],
    maxItems: MAX_QUESTIONS,
    description: 'Every question, replacing those held (not for a post-test: its pre-test’s)',
  })
  @NullAsAbsent()
  @IsOptional()
  @NestedObjects(() => SurveyQuestionDto)
  @ArrayMaxSize(MAX_QUESTIONS)
  questions?: SurveyQuestionDto[];
}

export class SurveyFromTemplateDto extends SurveyWindowFields {
  @ApiProperty({ enum: SURVEY_TEMPLATE_NAMES, enumName: 'SurveyTemplate' })
  @IsIn(SURVEY_TEMPLATE_NAMES)
  template!: SurveyTemplateName;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'session-rating: the session rated (required); one question per speaker of it',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ default: true })
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

/** A copy as a new draft, of the same event unless told; the window is the original's unless told. */
export class CopySurveyDto extends SurveyWindowFields {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Another event of the same organisation; its day or session must fit that event',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @MultilingualField({ description: 'Default: the original’s' })
  title?: MultilingualTextDto;
}

/** The post-test's window (default: the last day of the event, all day). */
export class CreatePostTestDto extends SurveyWindowFields {
  @MultilingualField({ description: 'Default: the pre-test’s title' })
  title?: MultilingualTextDto;
}

export class SurveyQuery extends PageQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;
}
