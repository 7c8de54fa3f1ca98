import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

export const SURVEY_PURPOSES = ['evaluation', 'pre-test', 'post-test'] as const;
export const SURVEY_SCOPES = ['event', 'day', 'session'] as const;

const nullAsAnyOf = () => SchemaNote({ nullAsAnyOf: true });

/**
 * A survey (an evaluation or a knowledge test) opened for answers, or closed; one payload for
 * survey.opened and survey.closed. Ids, purpose, scope, times and counts only: no question text, no
 * answer, nothing about a participant. Key: surveyId.
 */
export class SurveyWindowV1 {
  @IsUUID() surveyId!: string;
  @IsUUID() eventId!: string;
  @IsIn(SURVEY_PURPOSES) purpose!: (typeof SURVEY_PURPOSES)[number];
  @IsOptional()
  @IsUUID()
  @nullAsAnyOf()
  @SchemaNote({ description: 'For a post-test: the pre-test whose scored questions it repeats' })
  preTestId!: string | null;
  @IsIn(SURVEY_SCOPES) scope!: (typeof SURVEY_SCOPES)[number];
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @nullAsAnyOf()
  @SchemaNote({ description: 'scope day: the local day of the event (YYYY-MM-DD)' })
  day!: string | null;
  @IsOptional() @IsUUID() @nullAsAnyOf() sessionId!: string | null;
  @IsBoolean() anonymous!: boolean;
  @IsISO8601() opensAt!: string;
  @IsISO8601() closesAt!: string;
  @IsInt() @Min(0) questionCount!: number;
  @IsInt() @Min(0) @SchemaNote({ description: 'Responses received so far' }) responseCount!: number;
  @IsISO8601() occurredAt!: string;
}

export function surveyWindowV1Schema(type: string, description: string) {
  return eventSchemaOf(SurveyWindowV1, type, `${description} Key: surveyId.`);
}
