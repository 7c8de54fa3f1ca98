import type { Multilingual } from '@jiyn/kz';
import { DATA_CATEGORIES, type ConsentTerms } from '../registration-core/participant-data';

/**
 * An event's registration form as stored (jsonb) and served: the event's own typed questions and
 * the consent terms a participant accepts, as the Law "On Personal Data" (No. 94-V, Art. 8) asks.
 */
export const QUESTION_TYPES = ['text', 'number', 'choice', 'multi-choice', 'boolean', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Question keys and option values: stable identifiers, safe as JSON keys and in field paths. */
export const STABLE_KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** Text answers without a maxLength of their own are capped here. */
export const DEFAULT_TEXT_MAX_LENGTH = 1000;
export const TEXT_MAX_LENGTH_LIMIT = 5000;

export interface ChoiceOption {
  value: string;
  label: Multilingual;
}

interface QuestionBase {
  key: string;
  label: Multilingual;
  help?: Multilingual;
  /** A required question must be answered; for `boolean` true and false both count as an answer. */
  required: boolean;
}

export interface TextQuestion extends QuestionBase {
  type: 'text';
  maxLength?: number;
}
export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: ChoiceOption[];
}
export interface MultiChoiceQuestion extends QuestionBase {
  type: 'multi-choice';
  options: ChoiceOption[];
  minSelections?: number;
  maxSelections?: number;
}
export interface BooleanQuestion extends QuestionBase {
  type: 'boolean';
}
export interface DateQuestion extends QuestionBase {
  type: 'date';
  /** `YYYY-MM-DD`, inclusive. */
  minDate?: string;
  maxDate?: string;
}

export type Question =
  TextQuestion | NumberQuestion | ChoiceQuestion | MultiChoiceQuestion | BooleanQuestion | DateQuestion;

/** Which constraint properties each type accepts; any other is refused when the form is saved. */
export const TYPE_PROPERTIES: Readonly<Record<QuestionType, readonly string[]>> = {
  text: ['maxLength'],
  number: ['min', 'max', 'integer'],
  choice: ['options'],
  'multi-choice': ['options', 'minSelections', 'maxSelections'],
  boolean: [],
  date: ['minDate', 'maxDate'],
};

export interface RegistrationForm {
  eventId: string;
  /** 0 for the built-in default form (no questions, default consent), else 1, 2, … per change. */
  version: number;
  isDefault: boolean;
  questions: Question[];
  consent: ConsentTerms;
  updatedAt: string | null;
}

export const DEFAULT_CONSENT_VERSION = 'default-1';

/**
 * The consent that applies to an event whose organiser has not set a form: the platform operator
 * (from the environment) processes the registration data for organising the event. Deployments
 * must set the operator's name and BIN; organisers who act as operators set their own form.
 */
export function defaultConsentTerms(operator: { name?: string; bin?: string }): ConsentTerms {
  const name = operator.name?.trim() || 'Jiyn';
  return {
    operatorName: { kk: name, ru: name, en: name },
    operatorBin: operator.bin ?? null,
    purposes: {
      kk: 'Іс-шараға тіркеу, қатысушыларды хабардар ету, қатысуды есепке алу және жеке деректерсіз статистика',
      ru: 'Регистрация на мероприятие, информирование участников, учёт участия и обезличенная статистика',
      en: 'Registration for the event, informing participants, attendance records and anonymised statistics',
    },
    // Every category but the answers to an organiser's own questions: the default form asks none.
    dataCategories: DATA_CATEGORIES.filter((category) => category !== 'answers'),
    term: {
      kk: 'Іс-шара аяқталғанға дейін және ұйымдастырушы белгілеген сақтау мерзімі өткенге дейін, содан кейін деректер иесіздендіріледі',
      ru: 'До окончания мероприятия и установленного организатором срока хранения, после чего данные обезличиваются',
      en: 'Until the event has ended and the retention period set by the organiser has passed; then the data is anonymised',
    },
    thirdPartyTransfer: false,
    crossBorderTransfer: false,
    publication: false,
    textVersion: DEFAULT_CONSENT_VERSION,
    text: {
      kk: `Мен ${name} операторына тіркеу деректерімді жоғарыда көрсетілген мақсаттарда және мерзімде жинауға және өңдеуге келісім беремін. Деректер үшінші тұлғаларға берілмейді және шекарадан тыс жіберілмейді.`,
      ru: `Я даю согласие оператору ${name} на сбор и обработку моих регистрационных данных в указанных целях и на указанный срок. Данные не передаются третьим лицам и за рубеж.`,
      en: `I consent to ${name}, the operator, collecting and processing my registration data for the purposes and the term stated. The data is not transferred to third parties or abroad.`,
    },
  };
}
