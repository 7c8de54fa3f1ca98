import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'SelfSurveyOption' })
export class SelfSurveyOptionView {
  @ApiProperty({ example: 'a' }) id!: string;
  @ApiProperty({ description: 'In the negotiated language' }) label!: string;
}

@ApiSchema({ name: 'SelfSurveyQuestion' })
export class SelfSurveyQuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ enum: ['rating', 'nps', 'single-choice', 'multiple-choice', 'text'] }) kind!: string;
  @ApiProperty() required!: boolean;
  @ApiProperty({ description: 'In the negotiated language' }) prompt!: string;
  @ApiProperty({ type: 'integer', nullable: true }) scaleMin!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) scaleMax!: number | null;
  @ApiProperty({ type: String, nullable: true }) minLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) maxLabel!: string | null;
  @ApiProperty({ type: [SelfSurveyOptionView], nullable: true }) options!: SelfSurveyOptionView[] | null;
  @ApiProperty({ type: 'integer', nullable: true }) maxLength!: number | null;
}

@ApiSchema({ name: 'SelfSurveySummary' })
export class SelfSurveySummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'In the negotiated language' }) title!: string;
  @ApiProperty({ enum: ['evaluation', 'pre-test', 'post-test'] }) purpose!: string;
  @ApiProperty({ enum: ['event', 'day', 'session'] }) scope!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) day!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId!: string | null;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ enum: ['published', 'closed'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt!: string;
  @ApiProperty({ description: 'Whether one has answered it (and may still edit the answer while open)' })
  answered!: boolean;
}

@ApiSchema({ name: 'SelfSurveyList' })
export class SelfSurveyListView {
  @ApiProperty({ type: [SelfSurveySummaryView], maxItems: 100 }) items!: SelfSurveySummaryView[];
}

@ApiSchema({ name: 'SelfSurvey' })
export class SelfSurveyView extends SelfSurveySummaryView {
  @ApiProperty({ description: 'Published and now within [opensAt, closesAt)' }) open!: boolean;
  @ApiProperty({ type: [SelfSurveyQuestionView] }) questions!: SelfSurveyQuestionView[];
}

@ApiSchema({ name: 'SelfSurveyAnswer' })
export class SelfSurveyAnswerView {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ type: 'integer', nullable: true }) rating!: number | null;
  @ApiProperty({ type: [String], nullable: true }) choiceIds!: string[] | null;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
}

@ApiSchema({ name: 'SelfSurveyResponse' })
export class SelfSurveyResponseView {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Counts the edits' }) version!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Knowledge tests: scored questions answered correctly',
  })
  score!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) maxScore!: number | null;
  @ApiProperty({ type: [SelfSurveyAnswerView] }) answers!: SelfSurveyAnswerView[];
}
