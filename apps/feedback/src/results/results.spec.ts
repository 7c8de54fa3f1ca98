import { describe, expect, it } from '@jest/globals';
import { csvCell, exportRows } from './results-export';
import type { AnswerCountRow, AnsweredRow, QuestionRow } from './results.repository';
import { mergeCells, questionResults } from './question-results';

const question = (id: string, kind: QuestionRow['kind'], extra: Partial<QuestionRow> = {}): QuestionRow => ({
  id,
  position: 1,
  kind,
  prompt: { en: `Q ${id}`, ru: `В ${id}`, kk: `С ${id}` },
  scale_min: kind === 'rating' ? 1 : null,
  scale_max: kind === 'rating' ? 5 : null,
  options: null,
  subject_session_id: null,
  subject_speaker_id: null,
  scored: false,
  ...extra,
});

describe('results from grouped counts', () => {
  const values: AnswerCountRow[] = [
    { question_id: 'r', cell: 'KZ-AST', rating: 5, choice: null, n: 3 },
    { question_id: 'r', cell: 'KZ-ALA', rating: 5, choice: null, n: 2 },
    { question_id: 'r', cell: 'KZ-ALA', rating: 1, choice: null, n: 1 },
    { question_id: 'c', cell: 'KZ-AST', rating: null, choice: 'b', n: 4 },
    { question_id: 'c', cell: 'KZ-AST', rating: null, choice: 'legacy', n: 1 },
  ];
  const answered: AnsweredRow[] = [
    { question_id: 'r', cell: 'KZ-AST', n: 3 },
    { question_id: 'r', cell: 'KZ-ALA', n: 3 },
    { question_id: 'c', cell: 'KZ-AST', n: 4 },
  ];
  const questions = [
    question('r', 'rating'),
    question('c', 'multiple-choice', {
      options: [
        { id: 'a', label: { en: 'A' } },
        { id: 'b', label: { en: '=B' } },
      ],
    }),
  ];

  it('should sum a breakdown’s cells into the whole survey’s counts', () => {
    const merged = mergeCells({ values, answered });
    const [rating, choice] = questionResults(questions, merged.values, merged.answered, null);
    expect(rating?.answered).toBe(6);
    expect(rating?.distribution).toEqual([
      { value: '1', count: 1 },
      { value: '2', count: 0 },
      { value: '3', count: 0 },
      { value: '4', count: 0 },
      { value: '5', count: 5 },
    ]);
    expect(rating?.mean?.mean).toBeCloseTo(26 / 6, 4);
    // every option listed, zeros too; an answer naming an option no longer offered kept at the end
    expect(choice?.distribution).toEqual([
      { value: 'a', count: 0 },
      { value: 'b', count: 4 },
      { value: 'legacy', count: 1 },
    ]);
  });

  it('should give one cell only its own counts', () => {
    const [rating] = questionResults(questions, values, answered, 'KZ-ALA');
    expect(rating?.answered).toBe(3);
    expect(rating?.mean?.n).toBe(3);
  });

  it('should write export rows without figures for a suppressed cell, and defuse formulas in CSV', () => {
    const merged = mergeCells({ values, answered });
    const rows = exportRows(
      {
        surveyId: 's',
        eventId: 'e',
        purpose: 'evaluation',
        anonymous: true,
        respondents: 6,
        questions: questionResults(questions, merged.values, merged.answered, null),
        breakdown: {
          by: 'region',
          minCellSize: 5,
          cells: [{ key: 'KZ-ALA', suppressed: true }],
        },
      },
      questions,
      'en',
    );
    expect(rows.at(-1)).toEqual([
      'KZ-ALA',
      null,
      null,
      'suppressed (too few respondents)',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const label = rows.find((row) => row[5] === '=B');
    expect(label && csvCell(label[5] as string)).toBe("'=B");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(null)).toBe('');
  });
});
