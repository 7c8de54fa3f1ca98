import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SESSION_KINDS } from '@jiyn/contracts';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { QUESTION_TYPES, type CallPhase, type QuestionType, type SessionKind } from './call.model';

const CALL_PHASES = ['upcoming', 'open', 'closed'] as const;
const KEY_PATTERN = '^[a-z][a-z0-9-]{0,39}$';

const KeyProperty = (example: string) => ApiProperty({ pattern: KEY_PATTERN, example });
const PhaseProperty = () =>
  ApiProperty({
    enum: CALL_PHASES,
    enumName: 'CallPhase',
    description: 'Open from opensAt (inclusive) to closesAt (exclusive), at the moment of the answer',
  });
const SessionTypesProperty = () =>
  ApiProperty({ enum: SESSION_KINDS, enumName: 'ProposalSessionKind', isArray: true, example: ['talk'] });
const TrackIdsProperty = () =>
  ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'Tracks a proposal may choose; empty: proposals have no track',
  });
const DurationsProperty = () =>
  ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'Allowed durations in minutes, ascending; empty: anything from minDuration to maxDuration',
    example: [20, 40],
  });

@ApiSchema({ name: 'CallChoiceOption' })
export class CallChoiceOptionResponse {
  @KeyProperty('beginner') key!: string;
  @ApiProperty({ type: MultilingualTextDto }) label!: MultilingualTextDto;
}

@ApiSchema({ name: 'CallQuestion' })
export class CallQuestionResponse {
  @KeyProperty('audience') key!: string;
  @ApiProperty({ type: MultilingualTextDto }) label!: MultilingualTextDto;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'CallQuestionType' }) type!: QuestionType;
  @ApiProperty() required!: boolean;
  @ApiProperty({
    type: CallChoiceOptionResponse,
    isArray: true,
    description: 'Empty unless a choice question',
  })
  options!: CallChoiceOptionResponse[];
}

@ApiSchema({ name: 'CallReviewCriterion' })
export class CallReviewCriterionResponse {
  @KeyProperty('relevance') key!: string;
  @ApiProperty({ type: MultilingualTextDto }) label!: MultilingualTextDto;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 2 }) weight!: number;
}

/** An event's call for proposals as organisers see it, review criteria included. */
@ApiSchema({ name: 'CallForProposals' })
export class CallForProposals {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: MultilingualTextDto }) title!: MultilingualTextDto;
  @ApiProperty({ type: MultilingualTextDto, description: 'Markdown' }) description!: MultilingualTextDto;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @PhaseProperty() phase!: CallPhase;
  @SessionTypesProperty() sessionTypes!: SessionKind[];
  @TrackIdsProperty() trackIds!: string[];
  @DurationsProperty() durations!: number[];
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) minDuration!: number;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) maxDuration!: number;
  @ApiProperty({ type: CallQuestionResponse, isArray: true }) questions!: CallQuestionResponse[];
  @ApiProperty({ type: CallReviewCriterionResponse, isArray: true }) criteria!: CallReviewCriterionResponse[];
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10, description: 'Scores run from 0 to this' })
  maxScore!: number;
  @ApiProperty({ description: 'Reviewers see no speaker at all' }) anonymousReview!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

@ApiSchema({ name: 'PublicCallChoiceOption' })
export class PublicCallChoiceOption {
  @KeyProperty('beginner') key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'In the answer’s language; null without text' })
  label!: string | null;
}

@ApiSchema({ name: 'PublicCallQuestion' })
export class PublicCallQuestion {
  @KeyProperty('audience') key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'In the answer’s language; null without text' })
  label!: string | null;
  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'CallQuestionType' }) type!: QuestionType;
  @ApiProperty() required!: boolean;
  @ApiProperty({
    type: PublicCallChoiceOption,
    isArray: true,
    required: false,
    description: 'Choice questions only',
  })
  options?: PublicCallChoiceOption[];
}

/** The call as would-be speakers read it, in one language: no review criteria. */
@ApiSchema({ name: 'PublicCallForProposals' })
export class PublicCallForProposals {
  @ApiProperty({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'SpeakerLanguage',
    description: 'The language of the texts',
  })
  lang!: Lang;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Markdown' }) description!: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @PhaseProperty() phase!: CallPhase;
  @SessionTypesProperty() sessionTypes!: SessionKind[];
  @TrackIdsProperty() trackIds!: string[];
  @DurationsProperty() durations!: number[];
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) minDuration!: number;
  @ApiProperty({ type: 'integer', minimum: 5, maximum: 600 }) maxDuration!: number;
  @ApiProperty({ type: PublicCallQuestion, isArray: true }) questions!: PublicCallQuestion[];
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
}
