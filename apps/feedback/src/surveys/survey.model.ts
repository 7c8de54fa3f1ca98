import type { Lang, Multilingual } from '@jiyn/kz';
import type { FieldProblem } from '@jiyn/problems';

export const SURVEY_PURPOSES = ['evaluation', 'pre-test', 'post-test'] as const;
export type SurveyPurpose = (typeof SURVEY_PURPOSES)[number];
export const SURVEY_SCOPES = ['event', 'day', 'session'] as const;
export type SurveyScope = (typeof SURVEY_SCOPES)[number];
export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const QUESTION_KINDS = ['rating', 'nps', 'single-choice', 'multiple-choice', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The longest free-text answer a question may allow; the default when none is given. */
export const TEXT_MAX_LENGTH_LIMIT = 4000;
export const TEXT_DEFAULT_MAX_LENGTH = 2000;
/** Rating scales: between 0 and 10 points (a 0–10 recommendation is the `nps` kind). */
export const SCALE_LOWEST = 0;
export const SCALE_HIGHEST = 10;
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 30;
/** Option ids: short stable keys, stored in answers. */
export const OPTION_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;
/** Kazakh is the state language and Russian is used on par (Constitution Art. 7); English is optional. */
export const REQUIRED_LANGUAGES: readonly Lang[] = ['kk', 'ru'];

export interface ChoiceOption {
  id: string;
  label: Multilingual;
  /** Scored questions only: whether choosing it is right. */
  correct?: boolean;
}

/** A question as stored (feedback.survey_questions) and shown to organisers. */
export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  required: boolean;
  prompt: Multilingual;
  scaleMin: number | null;
  scaleMax: number | null;
  minLabel: Multilingual | null;
  maxLabel: Multilingual | null;
  options: ChoiceOption[] | null;
  maxLength: number | null;
  subjectSessionId: string | null;
  subjectSpeakerId: string | null;
  scored: boolean;
}

export interface Survey {
  id: string;
  eventId: string;
  organisationId: string;
  title: Multilingual;
  purpose: SurveyPurpose;
  preTestId: string | null;
  scope: SurveyScope;
  day: string | null;
  sessionId: string | null;
  anonymous: boolean;
  status: SurveyStatus;
  opensAt: Date;
  closesAt: Date;
  minCellSize: number;
  template: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  openedAnnouncedAt: Date | null;
  closedAnnouncedAt: Date | null;
}

/** What a question is given as in a request, before the rules across its fields are checked. */
export interface QuestionInput {
  id?: string;
  kind: QuestionKind;
  required: boolean;
  prompt: Multilingual;
  scaleMin?: number;
  scaleMax?: number;
  minLabel?: Multilingual;
  maxLabel?: Multilingual;
  options?: { id: string; label: Multilingual; correct?: boolean }[];
  maxLength?: number;
  subjectSessionId?: string;
  subjectSpeakerId?: string;
  scored?: boolean;
}

const KIND_FIELDS: Record<QuestionKind, readonly string[]> = {
  rating: ['scaleMin', 'scaleMax', 'minLabel', 'maxLabel', 'subjectSessionId', 'subjectSpeakerId'],
  nps: ['subjectSessionId', 'subjectSpeakerId'],
  'single-choice': ['options', 'scored'],
  'multiple-choice': ['options', 'scored'],
  text: ['maxLength'],
};
const KIND_SPECIFIC = [
  'scaleMin',
  'scaleMax',
  'minLabel',
  'maxLabel',
  'options',
  'maxLength',
  'subjectSessionId',
  'subjectSpeakerId',
  'scored',
] as const;

/**
 * Checks what class-validator cannot (rules across a question's fields, unique ids, texts in the
 * required languages, scored questions only in knowledge tests) and returns the questions as stored.
 * `newId` gives a question without an id its id.
 */
export function toQuestions(
  inputs: readonly QuestionInput[],
  purpose: SurveyPurpose,
  newId: () => string,
  errors: FieldProblem[],
  path = 'questions',
): SurveyQuestion[] {
  const ids = new Set<string>();
  const questions = inputs.map((input, index) => {
    const at = `${path}[${index}]`;
    const id = input.id?.toLowerCase() ?? newId();
    if (ids.has(id)) errors.push({ field: `${at}.id`, code: 'duplicateKey' });
    ids.add(id);
    return toQuestion(input, id, at, purpose, errors);
  });
  if (purpose !== 'evaluation' && !questions.some((question) => question.scored))
    errors.push({ field: path, code: 'scoredQuestionRequired' });
  return questions;
}

function toQuestion(
  input: QuestionInput,
  id: string,
  at: string,
  purpose: SurveyPurpose,
  errors: FieldProblem[],
): SurveyQuestion {
  const allowed = KIND_FIELDS[input.kind];
  for (const field of KIND_SPECIFIC) {
    if (input[field] !== undefined && !allowed.includes(field))
      errors.push({ field: `${at}.${field}`, code: 'notForType', args: [input.kind] });
  }
  const question: SurveyQuestion = {
    id,
    kind: input.kind,
    required: input.required,
    prompt: requireLanguages(input.prompt, `${at}.prompt`, errors),
    scaleMin: null,
    scaleMax: null,
    minLabel: null,
    maxLabel: null,
    options: null,
    maxLength: null,
    subjectSessionId: input.subjectSessionId?.toLowerCase() ?? null,
    subjectSpeakerId: input.subjectSpeakerId?.toLowerCase() ?? null,
    scored: false,
  };
  switch (input.kind) {
    case 'rating': {
      const scaleMin = input.scaleMin ?? 1;
      const scaleMax = input.scaleMax ?? 5;
      if (scaleMin >= scaleMax) errors.push({ field: `${at}.scaleMax`, code: 'minAboveMax' });
      // The ends are what makes a scale readable: "1 = not at all", "5 = fully".
      return {
        ...question,
        scaleMin,
        scaleMax,
        minLabel: requireLanguages(input.minLabel, `${at}.minLabel`, errors),
        maxLabel: requireLanguages(input.maxLabel, `${at}.maxLabel`, errors),
      };
    }
    case 'nps':
      // Always 0–10, with the usual ends, so scores compare across surveys.
      return { ...question, scaleMin: 0, scaleMax: 10, minLabel: NPS_MIN_LABEL, maxLabel: NPS_MAX_LABEL };
    case 'single-choice':
    case 'multiple-choice': {
      const scored = input.scored === true;
      if (scored && purpose === 'evaluation')
        errors.push({ field: `${at}.scored`, code: 'notForType', args: ['purpose: evaluation'] });
      const options = toOptions(input, at, scored, errors);
      if (scored) {
        const correct = options.filter((option) => option.correct).length;
        if (input.kind === 'single-choice' ? correct !== 1 : correct < 1)
          errors.push({
            field: `${at}.options`,
            code: input.kind === 'single-choice' ? 'oneCorrectOption' : 'correctOptionRequired',
          });
        // A scored question counts for everybody: unanswered would be wrong, not absent.
        if (!input.required) errors.push({ field: `${at}.required`, code: 'scoredMustBeRequired' });
      }
      return { ...question, options, scored };
    }
    case 'text':
      return { ...question, maxLength: input.maxLength ?? TEXT_DEFAULT_MAX_LENGTH };
  }
}

function toOptions(
  input: QuestionInput,
  at: string,
  scored: boolean,
  errors: FieldProblem[],
): ChoiceOption[] {
  if (!input.options) {
    errors.push({ field: `${at}.options`, code: 'isDefined' });
    return [];
  }
  if (input.options.length < 2) errors.push({ field: `${at}.options`, code: 'arrayMinSize', args: [2] });
  const seen = new Set<string>();
  return input.options.map((option, index) => {
    if (seen.has(option.id)) errors.push({ field: `${at}.options[${index}].id`, code: 'duplicateKey' });
    seen.add(option.id);
    if (option.correct !== undefined && !scored)
      errors.push({ field: `${at}.options[${index}].correct`, code: 'notForType', args: ['scored: false'] });
    return {
      id: option.id,
      label: requireLanguages(option.label, `${at}.options[${index}].label`, errors),
      ...(scored ? { correct: option.correct === true } : {}),
    };
  });
}

export const NPS_MIN_LABEL: Multilingual = {
  kk: 'Мүлдем ұсынбаймын',
  ru: 'Точно не порекомендую',
  en: 'Not at all likely',
};
export const NPS_MAX_LABEL: Multilingual = {
  kk: 'Міндетті түрде ұсынамын',
  ru: 'Обязательно порекомендую',
  en: 'Extremely likely',
};

export function requireLanguages(
  text: Multilingual | undefined,
  field: string,
  errors: FieldProblem[],
): Multilingual {
  const value = multilingual(text ?? {});
  const missing = REQUIRED_LANGUAGES.filter((lang) => !value[lang]);
  if (missing.length) errors.push({ field, code: 'multilingualRequired', args: [missing] });
  return value;
}

/** The non-blank texts, trimmed, in a fixed key order. */
export function multilingual(text: Multilingual): Multilingual {
  const result: Multilingual = {};
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const value = text[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}
