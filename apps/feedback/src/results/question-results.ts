import type { QuestionResultView } from './dto/results.response';
import type { AnswerCountRow, AnsweredRow, QuestionRow } from './results.repository';
import { meanWithInterval, netPromoterScore } from './statistics';

export const UNKNOWN_CELL = 'unknown';

/** The whole survey's counts from a breakdown's: every cell's summed. */
export function mergeCells(counted: { values: AnswerCountRow[]; answered: AnsweredRow[] }): {
  values: AnswerCountRow[];
  answered: AnsweredRow[];
} {
  const values = new Map<string, AnswerCountRow>();
  for (const row of counted.values) {
    const key = `${row.question_id}\u0000${row.rating ?? ''}\u0000${row.choice ?? ''}`;
    const entry = values.get(key) ?? { ...row, cell: null, n: 0 };
    entry.n += row.n;
    values.set(key, entry);
  }
  const answered = new Map<string, AnsweredRow>();
  for (const row of counted.answered) {
    const entry = answered.get(row.question_id) ?? { question_id: row.question_id, cell: null, n: 0 };
    entry.n += row.n;
    answered.set(row.question_id, entry);
  }
  return { values: [...values.values()], answered: [...answered.values()] };
}

export function cellKey(cell: string | null): string {
  return cell ?? UNKNOWN_CELL;
}

/**
 * Per-question results of one cell (null: the whole survey without breakdown) from the grouped
 * counts: every scale point and every option listed (zeros too), means from the counts.
 */
export function questionResults(
  questions: readonly QuestionRow[],
  values: readonly AnswerCountRow[],
  answered: readonly AnsweredRow[],
  cell: string | null,
): QuestionResultView[] {
  const inCell = (row: { cell: string | null }) => row.cell === cell;
  return questions.map((question) => {
    const counts = values.filter((row) => row.question_id === question.id && inCell(row));
    const answeredHere = answered.find((row) => row.question_id === question.id && inCell(row))?.n ?? 0;
    const result: QuestionResultView = {
      questionId: question.id,
      position: question.position,
      kind: question.kind,
      answered: answeredHere,
      distribution: [],
    };
    if (question.kind === 'rating' || question.kind === 'nps') {
      const low = question.kind === 'nps' ? 0 : (question.scale_min ?? 1);
      const high = question.kind === 'nps' ? 10 : (question.scale_max ?? 5);
      const byPoint = new Map<number, number>();
      for (const row of counts)
        if (row.rating !== null) byPoint.set(row.rating, (byPoint.get(row.rating) ?? 0) + row.n);
      let n = 0;
      let sum = 0;
      let squares = 0;
      for (const [point, count] of byPoint) {
        n += count;
        sum += point * count;
        squares += point * point * count;
      }
      for (let point = low; point <= high; point++)
        result.distribution.push({ value: String(point), count: byPoint.get(point) ?? 0 });
      result.mean = meanWithInterval(n, sum, squares);
      if (question.kind === 'nps') result.nps = netPromoterScore(byPoint);
    } else if (question.kind === 'single-choice' || question.kind === 'multiple-choice') {
      const byChoice = new Map<string, number>();
      for (const row of counts)
        if (row.choice !== null) byChoice.set(row.choice, (byChoice.get(row.choice) ?? 0) + row.n);
      const known = (question.options ?? []).map((option) => option.id);
      for (const id of known) result.distribution.push({ value: id, count: byChoice.get(id) ?? 0 });
      for (const [id, count] of byChoice)
        if (!known.includes(id)) result.distribution.push({ value: id, count });
    }
    return result;
  });
}
