import type { FieldProblem } from '@jiyn/problems';
import type { CallQuestion } from './call/call.model';

export type Answer = string | number | boolean;

const MAX_TEXT_ANSWER = 5000;

/**
 * Checks answers against a call's questions: every key must be a question, every required question
 * answered, each answer of the question's type (a choice by its option key). Returns the field
 * problems, none when the answers are fine.
 */
export function checkAnswers(
  questions: readonly CallQuestion[],
  answers: Record<string, unknown>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byKey = new Map(questions.map((question) => [question.key, question]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) problems.push({ field: `answers.${key}`, code: 'unknownQuestion' });
  }
  for (const question of questions) {
    const field = `answers.${question.key}`;
    const value = answers[question.key];
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      if (question.required) problems.push({ field, code: 'isDefined' });
      continue;
    }
    switch (question.type) {
      case 'text':
        if (typeof value !== 'string') problems.push({ field, code: 'isString' });
        else if (value.length > MAX_TEXT_ANSWER)
          problems.push({ field, code: 'maxLength', args: [MAX_TEXT_ANSWER] });
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ field, code: 'isNumber' });
        break;
      case 'boolean':
        if (typeof value !== 'boolean') problems.push({ field, code: 'isBoolean' });
        break;
      case 'choice': {
        const keys = question.options.map((option) => option.key);
        if (typeof value !== 'string' || !keys.includes(value))
          problems.push({ field, code: 'isIn', args: [keys] });
        break;
      }
    }
  }
  return problems;
}

/** The answers as stored: only answered questions, text trimmed. */
export function normaliseAnswers(
  questions: readonly CallQuestion[],
  answers: Record<string, unknown>,
): Record<string, Answer> {
  const stored: Record<string, Answer> = {};
  for (const question of questions) {
    const value = answers[question.key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      if (value.trim()) stored[question.key] = value.trim();
    } else stored[question.key] = value as Answer;
  }
  return stored;
}
