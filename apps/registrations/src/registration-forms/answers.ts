import type { FieldProblem } from '@jiyn/problems';
import type { AnswerValue, Answers } from '../registration-core/participant-data';
import { DEFAULT_TEXT_MAX_LENGTH, type Question } from './form-definition';

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; errors: FieldProblem[] };

/** Field paths name the key as sent; a hostile key must not make the problem document huge. */
const MAX_KEY_IN_FIELD = 64;

/**
 * Checks a participant's answers against the event's questions and returns them normalised
 * (text trimmed, unanswered optional questions left out), or every field error at once, each on
 * `answers.<key>`. Pure: the same form and answers always give the same result.
 *
 * Missing, `null`, blank text and an empty selection all mean "not answered". Unknown keys are
 * refused. Stored answers are never re-checked against a later form; this runs on new input only.
 */
export function validateAnswers(questions: readonly Question[], input: unknown): AnswersResult {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'answers', code: 'isObject' }] };
  }
  const given = input as Record<string, unknown>;
  const byKey = new Map(questions.map((question) => [question.key, question]));
  const errors: FieldProblem[] = [];
  for (const key of Object.keys(given)) {
    if (!byKey.has(key)) errors.push({ field: fieldOf(key), code: 'unknownQuestion' });
  }
  const answers: Answers = {};
  for (const question of questions) {
    const value = Object.hasOwn(given, question.key) ? given[question.key] : undefined;
    const checked = checkAnswer(question, value);
    if ('errors' in checked) errors.push(...checked.errors);
    else if (checked.value === undefined) {
      if (question.required) errors.push({ field: fieldOf(question.key), code: 'answerRequired' });
    } else answers[question.key] = checked.value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

type Checked = { value: AnswerValue | undefined } | { errors: FieldProblem[] };

function checkAnswer(question: Question, value: unknown): Checked {
  if (value === undefined || value === null) return { value: undefined };
  const field = fieldOf(question.key);
  const fail = (code: string, args?: unknown[]): Checked => ({
    errors: [{ field, code, ...(args ? { args } : {}) }],
  });
  switch (question.type) {
    case 'text': {
      if (typeof value !== 'string') return fail('isString');
      const text = value.trim();
      if (text === '') return { value: undefined };
      const limit = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      // Characters as people count them (code points), not UTF-16 units: Kazakh letters are single units anyway.
      if ([...text].length > limit) return fail('maxLength', [limit]);
      return { value: text };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('isNumber');
      if (question.integer && !Number.isInteger(value)) return fail('isInt');
      if (question.min !== undefined && value < question.min) return fail('min', [question.min]);
      if (question.max !== undefined && value > question.max) return fail('max', [question.max]);
      return { value };
    }
    case 'choice': {
      if (typeof value !== 'string') return fail('isString');
      const values = question.options.map((option) => option.value);
      if (!values.includes(value)) return fail('isIn', [values]);
      return { value };
    }
    case 'multi-choice':
      return checkSelections(question.key, question, value);
    case 'boolean':
      return typeof value === 'boolean' ? { value } : fail('isBoolean');
    case 'date': {
      if (typeof value !== 'string' || !isIsoDate(value)) return fail('isDate');
      // Strict YYYY-MM-DD strings compare correctly as text.
      if (question.minDate !== undefined && value < question.minDate)
        return fail('minDate', [question.minDate]);
      if (question.maxDate !== undefined && value > question.maxDate)
        return fail('maxDate', [question.maxDate]);
      return { value };
    }
  }
}

function checkSelections(
  key: string,
  question: Extract<Question, { type: 'multi-choice' }>,
  value: unknown,
): Checked {
  const field = fieldOf(key);
  if (!Array.isArray(value)) return { errors: [{ field, code: 'isArray' }] };
  if (value.length === 0) return { value: undefined };
  const values = question.options.map((option) => option.value);
  const errors: FieldProblem[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || !values.includes(item)) {
      errors.push({ field: `${field}[${index}]`, code: 'isIn', args: [values] });
    } else if (seen.has(item)) {
      errors.push({ field: `${field}[${index}]`, code: 'duplicateOption' });
    } else seen.add(item);
  });
  if (errors.length) return { errors };
  if (question.minSelections !== undefined && value.length < question.minSelections)
    return { errors: [{ field, code: 'minSelections', args: [question.minSelections] }] };
  if (question.maxSelections !== undefined && value.length > question.maxSelections)
    return { errors: [{ field, code: 'maxSelections', args: [question.maxSelections] }] };
  return { value: value as string[] };
}

function fieldOf(key: string): string {
  return `answers.${key.length > MAX_KEY_IN_FIELD ? `${key.slice(0, MAX_KEY_IN_FIELD)}…` : key}`;
}

/** A real calendar day written `YYYY-MM-DD` (rejects 2024-02-30, 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
