import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';

/** A 95 % confidence interval (Student's t, n − 1 degrees of freedom). */
@ApiSchema({ name: 'ConfidenceInterval' })
export class ConfidenceIntervalView {
  @ApiProperty({ type: 'number', example: 3.82 }) low!: number;
  @ApiProperty({ type: 'number', example: 4.41 }) high!: number;
}

/** Mean of the values, their sample standard deviation and the mean's 95 % interval. */
@ApiSchema({ name: 'MeanWithInterval' })
@ApiExtraModels(ConfidenceIntervalView)
export class MeanView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many values' }) n!: number;
  @ApiProperty({ type: 'number', nullable: true, example: 4.12 }) mean!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Null under two values' })
  standardDeviation!: number | null;
  // `nullable` beside a `$ref` admits no null: 3.1 says it with anyOf.
  @ApiProperty({
    anyOf: [{ $ref: getSchemaPath(ConfidenceIntervalView) }, { type: 'null' }],
    description: 'Null under two values',
  })
  ci95!: ConfidenceIntervalView | null;
}

/** Net Promoter Score of a 0–10 question: % of 9–10 minus % of 0–6. */
@ApiSchema({ name: 'NetPromoterScore' })
export class NpsView {
  @ApiProperty({ type: 'number', nullable: true, minimum: -100, maximum: 100, example: 42.5 })
  score!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Answers 9 or 10' }) promoters!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Answers 7 or 8' }) passives!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Answers 0 to 6' }) detractors!: number;
}

/** How many gave one value: a scale point (`"4"`) or a choice's id. */
@ApiSchema({ name: 'ResultCount' })
export class ResultCountView {
  @ApiProperty({ example: '4', description: 'The scale point, or the choice id' }) value!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
}

/** A free-text answer. */
@ApiSchema({ name: 'ResultText' })
export class ResultTextView {
  @ApiProperty({ maxLength: 10000 }) text!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Who wrote it: non-anonymous surveys only',
  })
  registrationId?: string;
}

/** One question's results (overall or within one breakdown cell). */
@ApiSchema({ name: 'QuestionResult' })
export class QuestionResultView {
  @ApiProperty({ format: 'uuid' }) questionId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) position!: number;
  @ApiProperty({ enum: ['rating', 'nps', 'single-choice', 'multiple-choice', 'text'] }) kind!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Responses that answered it' }) answered!: number;
  @ApiProperty({
    type: [ResultCountView],
    description: 'Counts per scale point (every point, zeros included) or per choice (every option)',
  })
  distribution!: ResultCountView[];
  @ApiPropertyOptional({ type: MeanView, description: 'Rating and 0–10 questions' }) mean?: MeanView;
  @ApiPropertyOptional({ type: NpsView, description: '0–10 (recommendation) questions' }) nps?: NpsView;
  @ApiPropertyOptional({
    type: [ResultTextView],
    description: 'Free text (at most 200, in the order of the text) where the caller may read it',
  })
  texts?: ResultTextView[];
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Free-text answers in all' })
  textCount?: number;
  @ApiPropertyOptional({ description: 'Why the free text is not shown' }) textNote?: string;
}

/** One cell of a breakdown: its results, or only that it is suppressed. */
@ApiSchema({ name: 'BreakdownCell' })
export class BreakdownCellView {
  @ApiProperty({
    example: 'KZ-ABA',
    description: 'The region code, sex or age band; `unknown` where responses do not say',
  })
  key!: string;
  @ApiProperty({ description: 'Hidden: under k respondents, or hidden so no hidden cell can be derived' })
  suppressed!: boolean;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Shown cells only' }) respondents?: number;
  @ApiPropertyOptional({ type: [QuestionResultView], description: 'Shown cells only' })
  questions?: QuestionResultView[];
}

@ApiSchema({ name: 'ResultsBreakdown' })
export class BreakdownView {
  @ApiProperty({ enum: ['region', 'sex', 'age-band'] }) by!: string;
  @ApiProperty({ type: 'integer', minimum: 3, description: 'Smallest cell shown (k)' }) minCellSize!: number;
  @ApiProperty({ type: [BreakdownCellView] }) cells!: BreakdownCellView[];
  @ApiPropertyOptional({ description: 'Why cells are hidden, when any are' }) note?: string;
}

/** A survey's results: respondents, per-question statistics and, when asked, one breakdown. */
@ApiSchema({ name: 'SurveyResults' })
export class SurveyResultsView {
  @ApiProperty({ format: 'uuid' }) surveyId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['evaluation', 'pre-test', 'post-test'] }) purpose!: string;
  @ApiProperty() anonymous!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) respondents!: number;
  @ApiProperty({ type: [QuestionResultView] }) questions!: QuestionResultView[];
  @ApiPropertyOptional({ type: BreakdownView }) breakdown?: BreakdownView;
}

/** The knowledge gain of one group (overall or a region). */
@ApiSchema({ name: 'KnowledgeGainGroup' })
export class GainGroupView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Participants with both tests' }) paired!: number;
  @ApiProperty({ type: MeanView, description: 'Score change in percentage points of the maximum' })
  gain!: MeanView;
  @ApiProperty({ type: 'number', nullable: true, description: 'Mean pre-test score, % of the maximum' })
  preMean!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Mean post-test score, % of the maximum' })
  postMean!: number | null;
  @ApiProperty({
    type: MeanView,
    description: "Hake's normalised gain (post − pre) / (100 − pre), pairs that started below 100 %",
  })
  normalisedGain!: MeanView;
}

@ApiSchema({ name: 'KnowledgeGainRegion' })
export class GainRegionView {
  @ApiProperty({ example: 'KZ-ABA', description: 'Region code; `unknown` where not known' }) region!: string;
  @ApiProperty() suppressed!: boolean;
  @ApiPropertyOptional({ type: GainGroupView, description: 'Shown regions only' }) result?: GainGroupView;
}

/** Pre-test and post-test paired per participant (by a key only they can recompute). */
@ApiSchema({ name: 'KnowledgeGain' })
export class KnowledgeGainView {
  @ApiProperty({ format: 'uuid' }) preTestId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) postTestId!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) preOnly!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) postOnly!: number;
  @ApiProperty({ type: GainGroupView }) overall!: GainGroupView;
  @ApiProperty({ type: 'integer', minimum: 3 }) minCellSize!: number;
  @ApiProperty({ type: [GainRegionView] }) regions!: GainRegionView[];
}

/** Ratings about one session or speaker, across an event's surveys. */
@ApiSchema({ name: 'SubjectResult' })
export class SubjectResultView {
  @ApiProperty({ format: 'uuid', description: 'The session or speaker' }) subjectId!: string;
  @ApiProperty() suppressed!: boolean;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Shown subjects only' })
  respondents?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Surveys that rated it' })
  surveys?: number;
  @ApiPropertyOptional({
    type: MeanView,
    description: 'Ratings as % of their scale (0 = the scale’s lowest point, 100 = its highest)',
  })
  rating?: MeanView;
}

@ApiSchema({ name: 'SubjectResults' })
export class SubjectResultsView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['session', 'speaker'] }) by!: string;
  @ApiProperty({ type: 'integer', minimum: 3 }) minCellSize!: number;
  @ApiProperty({ type: [SubjectResultView] }) subjects!: SubjectResultView[];
}
