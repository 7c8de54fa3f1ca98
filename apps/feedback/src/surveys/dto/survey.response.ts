import { ApiExtraModels, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { MultilingualTextDto } from '@jiyn/problems';
import { PageOf } from '@jiyn/persistence';
import {
  QUESTION_KINDS,
  SURVEY_PURPOSES,
  SURVEY_SCOPES,
  SURVEY_STATUSES,
  type QuestionKind,
  type SurveyPurpose,
  type SurveyScope,
  type SurveyStatus,
} from '../survey.model';

@ApiSchema({ name: 'SurveyOption' })
export class SurveyOptionResponse {
  @ApiProperty({ example: 'a' }) id!: string;
  @ApiProperty({ type: MultilingualTextDto }) label!: MultilingualTextDto;
  @ApiProperty({ required: false, description: 'Scored questions only' }) correct?: boolean;
}

/** `MultilingualText | null`: `nullable` beside a `$ref` admits no null. */
const nullableText = (description: string) => ({
  description,
  anyOf: [{ $ref: getSchemaPath(MultilingualTextDto) }, { type: 'null' as const }],
});

@ApiSchema({ name: 'SurveyQuestion' })
@ApiExtraModels(MultilingualTextDto)
export class SurveyQuestionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Order in the survey, from 1' })
  position!: number;
  @ApiProperty({ enum: QUESTION_KINDS, enumName: 'SurveyQuestionKind' }) kind!: QuestionKind;
  @ApiProperty() required!: boolean;
  @ApiProperty({ type: MultilingualTextDto }) prompt!: MultilingualTextDto;
  @ApiProperty({ type: 'integer', nullable: true, description: 'rating and nps' }) scaleMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'rating and nps' }) scaleMax!: number | null;
  @ApiProperty(nullableText('rating and nps: what the lowest point means'))
  minLabel!: MultilingualTextDto | null;
  @ApiProperty(nullableText('rating and nps: what the highest point means'))
  maxLabel!: MultilingualTextDto | null;
  @ApiProperty({ type: [SurveyOptionResponse], nullable: true }) options!: SurveyOptionResponse[] | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'text' }) maxLength!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectSessionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectSpeakerId!: string | null;
  @ApiProperty() scored!: boolean;
}

/** A survey or knowledge test, as organisers write it. */
@ApiSchema({ name: 'Survey' })
export class SurveyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @ApiProperty({ enum: SURVEY_PURPOSES, enumName: 'SurveyPurpose' }) purpose!: SurveyPurpose;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'post-test: its pre-test' })
  preTestId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'pre-test: its post-test' })
  postTestId!: string | null;
  @ApiProperty({ enum: SURVEY_SCOPES, enumName: 'SurveyScope' }) scope!: SurveyScope;
  @ApiProperty({ type: String, nullable: true, example: '2024-02-07' }) day!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId!: string | null;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ enum: SURVEY_STATUSES, enumName: 'SurveyStatus' }) status!: SurveyStatus;
  @ApiProperty({ example: 'Asia/Almaty', description: "The event's zone the local times are in" })
  timeZone!: string;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt!: Date;
  @ApiProperty({ example: '2024-02-07T16:00' }) opensAtLocal!: string;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt!: Date;
  @ApiProperty({ example: '2024-02-09T18:00' }) closesAtLocal!: string;
  @ApiProperty({ type: 'integer', minimum: 3 }) minCellSize!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The template it was made from' })
  template!: string | null;
  @ApiProperty({ type: [SurveyQuestionResponse] }) questions!: SurveyQuestionResponse[];
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export const SurveyPage = PageOf(SurveyResponse, 'SurveyPage');
