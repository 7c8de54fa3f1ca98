import type { FieldProblem } from '@jiyn/problems';

export type QuestionKind = 'rating' | 'nps' | 'single-choice' | 'multiple-choice' | 'text';

/** A survey question as answering needs it. */
export interface Question {
  id: string;
  position: number;
  kind: QuestionKind;
  required: boolean;
  scaleMin: number | null;
  scaleMax: number | null;
  options: { id: string; correct?: boolean }[] | null;
  maxLength: number | null;
  scored: boolean;
}

/** One answer as the participant sent it. */
export interface GivenAnswer {
  questionId: string;
  rating?: number | null;
  choiceIds?: string[] | null;
  text?: string | null;
}

/** An answer as it is stored. */
export interface CheckedAnswer {
  questionId: string;
  rating: number | null;
  choiceIds: string[] | null;
  text: string | null;
}

export interface CheckedResponse {
  answers: CheckedAnswer[];
  /** Scored questions answered correctly; null on a survey without scored questions. */
  score: number | null;
  maxScore: number | null;
}

/** Free text is taken up to this length when a question sets none. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

/** The range of a rating question: its own scale, 0–10 for a recommendation. */
export function ratingRange(question: Question): [number, number] {
  if (question.kind === 'nps') return [0, 10];
  return [question.scaleMin ?? 1, question.scaleMax ?? 5];
}

const WHAT_IT_TAKES: Record<QuestionKind, string> = {
  rating: 'rating',
  nps: 'rating',
  'single-choice': 'choiceIds',
  'multiple-choice': 'choiceIds',
  text: 'text',
};

/**
 * Checks a whole response against the survey's questions: every answer to a question of this survey,
 * once, of the question's kind and within its limits; every required question answered. Returns the
 * answers to store and the knowledge-test score, or the field problems (all of them, not the first).
 * An empty text or an empty choice list is no answer.
 */
export function checkResponse(
  questions: readonly Question[],
  given: readonly GivenAnswer[],
): { ok: true; response: CheckedResponse } | { ok: false; errors: FieldProblem[] } {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const errors: FieldProblem[] = [];
  const answers = new Map<string, CheckedAnswer>();
  given.forEach((answer, index) => {
    const at = `answers[${index}]`;
    const question = byId.get(answer.questionId);
    if (!question) {
      errors.push({ field: `${at}.questionId`, code: 'unknownQuestion' });
      return;
    }
    if (answers.has(question.id)) {
      errors.push({ field: `${at}.questionId`, code: 'duplicateAnswer' });
      return;
    }
    const takes = WHAT_IT_TAKES[question.kind];
    const misplaced = (['rating', 'choiceIds', 'text'] as const).find(
      (field) => field !== takes && answer[field] !== undefined && answer[field] !== null,
    );
    if (misplaced) {
      errors.push({ field: `${at}.${misplaced}`, code: 'answerKind', args: [question.kind, takes] });
      return;
    }
    const checked: CheckedAnswer = { questionId: question.id, rating: null, choiceIds: null, text: null };
    if (takes === 'rating') {
      if (answer.rating === undefined || answer.rating === null) return;
      const [min, max] = ratingRange(question);
      if (!Number.isInteger(answer.rating) || answer.rating < min || answer.rating > max) {
        errors.push({ field: `${at}.rating`, code: 'ratingOutOfRange', args: [min, max] });
        return;
      }
      checked.rating = answer.rating;
    } else if (takes === 'choiceIds') {
      const chosen = [...new Set(answer.choiceIds ?? [])];
      if (chosen.length === 0) return;
      const known = (question.options ?? []).map((option) => option.id);
      const unknown = chosen.findIndex((id) => !known.includes(id));
      if (unknown >= 0) {
        errors.push({ field: `${at}.choiceIds[${unknown}]`, code: 'unknownChoice', args: [known] });
        return;
      }
      if (question.kind === 'single-choice' && chosen.length !== 1) {
        errors.push({ field: `${at}.choiceIds`, code: 'singleChoiceOnly' });
        return;
      }
      checked.choiceIds = chosen.sort();
    } else {
      const text = (answer.text ?? '').trim();
      if (text.length === 0) return;
      const max = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      if ([...text].length > max) {
        errors.push({ field: `${at}.text`, code: 'textTooLong', args: [max] });
        return;
      }
      checked.text = text;
    }
    answers.set(question.id, checked);
  });
  for (const question of questions) {
    const refused = errors.some((error) => given[answerIndex(error.field)]?.questionId === question.id);
    if (question.required && !answers.has(question.id) && !refused) {
      errors.push({ field: `questions.${question.id}`, code: 'answerRequired' });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const scored = questions.filter((question) => question.scored);
  const score = scored.filter((question) => isCorrect(question, answers.get(question.id))).length;
  const ordered = questions.flatMap((question) => answers.get(question.id) ?? []);
  return {
    ok: true,
    response: {
      answers: ordered,
      score: scored.length > 0 ? score : null,
      maxScore: scored.length > 0 ? scored.length : null,
    },
  };
}

function answerIndex(field: string): number {
  const match = /^answers\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : -1;
}

/** A scored question is answered correctly when exactly its correct options were chosen. */
function isCorrect(question: Question, answer: CheckedAnswer | undefined): boolean {
  if (!answer?.choiceIds) return false;
  const correct = (question.options ?? [])
    .filter((option) => option.correct)
    .map((option) => option.id)
    .sort();
  return correct.length > 0 && correct.join('\u0000') === answer.choiceIds.join('\u0000');
}
