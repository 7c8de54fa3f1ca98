import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { IsCalendarDate, Nested, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';
import { SURVEY_PURPOSES, SURVEY_SCOPES } from './survey-window.v1';

/** A rating or 0–10 recommendation given to one question. */
export class SubmittedRatingV2 {
  @IsUUID() questionId!: string;
  @IsInt() @Min(-100) @Max(100) rating!: number;
}

/** The options chosen on one choice question (their ids, never their labels). */
export class SubmittedChoiceV2 {
  @IsUUID() questionId!: string;
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { each: true })
  choiceIds!: string[];
}

/**
 * A participant answered a survey, or edited their answer while it was open (issue 14). Ratings and
 * the ids of chosen options only: free text stays in the feedback service (it can name people). On
 * an anonymous survey nothing names the participant or the stored response: no registration id, no
 * response id, and the Kafka key is the survey id. Knowledge tests carry the score.
 */
export class FeedbackSubmittedV2 {
  @IsUUID() surveyId!: string;
  @IsUUID() eventId!: string;
  @IsIn(SURVEY_SCOPES) scope!: (typeof SURVEY_SCOPES)[number];
  @IsIn(SURVEY_PURPOSES) purpose!: (typeof SURVEY_PURPOSES)[number];
  @IsOptional() @IsCalendarDate() @SchemaNote({ nullAsAnyOf: true }) day?: string | null;
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) sessionId?: string | null;
  @IsBoolean() anonymous!: boolean;
  /** Non-anonymous surveys only: who answered, and which response this is. */
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) registrationId?: string | null;
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) responseId?: string | null;
  @IsArray()
  @ArrayMaxSize(200)
  @Nested(() => SubmittedRatingV2, { each: true })
  ratings!: SubmittedRatingV2[];
  @IsArray()
  @ArrayMaxSize(200)
  @Nested(() => SubmittedChoiceV2, { each: true })
  choices!: SubmittedChoiceV2[];
  /** Knowledge tests: scored questions answered correctly, out of maxScore. */
  @IsOptional() @IsInt() @Min(0) @SchemaNote({ nullAsAnyOf: true }) score?: number | null;
  @IsOptional() @IsInt() @Min(0) @SchemaNote({ nullAsAnyOf: true }) maxScore?: number | null;
  @IsISO8601() occurredAt!: string;
}

export const feedbackSubmittedV2Schema = eventSchemaOf(
  FeedbackSubmittedV2,
  EVENT_TYPES.feedbackSubmittedV2,
  'A participant answered a survey (or edited their answer while it was open): ratings and chosen option ids ' +
    'only, never free text. Anonymous surveys carry no registration or response id, and their answers are ' +
    "announced in batches — once at least k (the survey's minimum cell size) wait, or when the survey closes, " +
    'before survey.closed — in random order, with the release time as occurredAt. Key: surveyId on anonymous ' +
    'surveys, responseId otherwise.',
);
