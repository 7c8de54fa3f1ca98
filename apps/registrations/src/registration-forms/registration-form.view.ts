import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { ConsentTermsView } from '../registration-core/consent-terms.view';
import { DATA_CATEGORIES, type DataCategory } from '../registration-core/participant-data';
import { QUESTION_TYPES, STABLE_KEY, TEXT_MAX_LENGTH_LIMIT, type QuestionType } from './form-definition';

/*
 * The documented shapes of a registration form: as the organiser keeps it (every language) and as a
 * registration page shows it (one language). Constraint properties appear only for the question
 * types they apply to.
 */

const STABLE_KEY_PATTERN = STABLE_KEY.source;

@ApiSchema({ name: 'RegistrationFormChoiceOption' })
export class ChoiceOptionView {
  @ApiProperty({ pattern: STABLE_KEY_PATTERN, example: 'culture', description: 'Stored in answers' })
  value!: string;

  @ApiProperty({ type: MultilingualTextDto })
  label!: MultilingualTextDto;
}

/** The constraints each question type may carry; shared by both views. */
class QuestionConstraints {
  @ApiProperty({ pattern: STABLE_KEY_PATTERN, example: 'department', description: 'Key of the answer' })
  key!: string;

  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'RegistrationQuestionType' })
  type!: QuestionType;

  @ApiProperty({ description: 'Must be answered' })
  required!: boolean;

  @ApiProperty({
    type: 'integer',
    required: false,
    minimum: 1,
    maximum: TEXT_MAX_LENGTH_LIMIT,
    description: 'text: most characters',
  })
  maxLength?: number;

  @ApiProperty({ required: false, description: 'number: smallest allowed' })
  min?: number;

  @ApiProperty({ required: false, description: 'number: largest allowed' })
  max?: number;

  @ApiProperty({ required: false, description: 'number: whole numbers only' })
  integer?: boolean;

  @ApiProperty({
    type: 'integer',
    required: false,
    minimum: 1,
    description: 'multi-choice: fewest selections',
  })
  minSelections?: number;

  @ApiProperty({ type: 'integer', required: false, minimum: 1, description: 'multi-choice: most selections' })
  maxSelections?: number;

  @ApiProperty({ required: false, format: 'date', description: 'date: earliest, inclusive' })
  minDate?: string;

  @ApiProperty({ required: false, format: 'date', description: 'date: latest, inclusive' })
  maxDate?: string;
}

@ApiSchema({ name: 'RegistrationFormQuestion' })
export class QuestionView extends QuestionConstraints {
  @ApiProperty({ type: MultilingualTextDto })
  label!: MultilingualTextDto;

  @ApiProperty({ type: MultilingualTextDto, required: false })
  help?: MultilingualTextDto;

  @ApiProperty({
    type: ChoiceOptionView,
    isArray: true,
    required: false,
    description: 'choice and multi-choice',
  })
  options?: ChoiceOptionView[];
}

/** An event's registration form as the organiser keeps it, in every language. */
@ApiSchema({ name: 'RegistrationForm' })
export class RegistrationFormView {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: '0 for the built-in default form, else 1, 2, … per change',
  })
  version!: number;

  @ApiProperty({ description: 'The organiser has set no form: no questions, the default consent' })
  isDefault!: boolean;

  @ApiProperty({ type: QuestionView, isArray: true })
  questions!: QuestionView[];

  @ApiProperty({ type: ConsentTermsView })
  consent!: ConsentTermsView;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null for the default form',
  })
  updatedAt!: string | null;
}

@ApiSchema({ name: 'PublicRegistrationFormChoiceOption' })
export class PublicChoiceOptionView {
  @ApiProperty({ pattern: STABLE_KEY_PATTERN, example: 'culture' })
  value!: string;

  @ApiProperty()
  label!: string;
}

@ApiSchema({ name: 'PublicRegistrationFormQuestion' })
export class PublicQuestionView extends QuestionConstraints {
  @ApiProperty()
  label!: string;

  @ApiProperty({ required: false })
  help?: string;

  @ApiProperty({ type: PublicChoiceOptionView, isArray: true, required: false })
  options?: PublicChoiceOptionView[];
}

/** The consent terms in the language asked for. */
@ApiSchema({ name: 'PublicRegistrationConsentTerms' })
export class PublicConsentTermsView {
  @ApiProperty()
  operatorName!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^\\d{12}$' })
  operatorBin!: string | null;

  @ApiProperty()
  purposes!: string;

  @ApiProperty({ enum: DATA_CATEGORIES, enumName: 'RegistrationDataCategory', isArray: true })
  dataCategories!: DataCategory[];

  @ApiProperty()
  term!: string;

  @ApiProperty()
  thirdPartyTransfer!: boolean;

  @ApiProperty({ required: false })
  thirdParties?: string;

  @ApiProperty()
  crossBorderTransfer!: boolean;

  @ApiProperty({ required: false })
  crossBorderDetails?: string;

  @ApiProperty()
  publication!: boolean;

  @ApiProperty({ example: 'default-1', description: 'Send it back as consent.textVersion when registering' })
  textVersion!: string;

  @ApiProperty()
  text!: string;
}

/** The form as a registration page shows it, in one language. */
@ApiSchema({ name: 'PublicRegistrationForm' })
export class PublicRegistrationFormView {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  version!: number;

  @ApiProperty({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'RegistrationLanguage',
    description: 'The language chosen',
  })
  language!: string;

  @ApiProperty({ type: PublicQuestionView, isArray: true })
  questions!: PublicQuestionView[];

  @ApiProperty({ type: PublicConsentTermsView })
  consent!: PublicConsentTermsView;
}
