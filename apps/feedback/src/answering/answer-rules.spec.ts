import { describe, expect, it } from '@jest/globals';
import { checkResponse, type Question } from './answer-rules';

function question(id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question {
  return {
    id,
    position: 1,
    kind,
    required: false,
    scaleMin: null,
    scaleMax: null,
    options: null,
    maxLength: null,
    scored: false,
    ...extra,
  };
}

describe('checkResponse', () => {
  const single = question('q1', 'single-choice', {
    scored: true,
    options: [{ id: 'a', correct: true }, { id: 'b' }],
  });
  const multiple = question('q2', 'multiple-choice', {
    scored: true,
    options: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c' }],
  });
  const rating = question('q3', 'rating', { required: true, scaleMin: 1, scaleMax: 7 });

  it('should score exactly the correct options and keep answers in question order', () => {
    const result = checkResponse(
      [single, multiple, rating],
      [
        { questionId: 'q3', rating: 7 },
        { questionId: 'q2', choiceIds: ['b', 'a', 'a'] },
        { questionId: 'q1', choiceIds: ['b'] },
      ],
    );
    expect(result).toEqual({
      ok: true,
      response: {
        answers: [
          { questionId: 'q1', rating: null, choiceIds: ['b'], text: null },
          { questionId: 'q2', rating: null, choiceIds: ['a', 'b'], text: null },
          { questionId: 'q3', rating: 7, choiceIds: null, text: null },
        ],
        score: 1,
        maxScore: 2,
      },
    });
  });

  it('should report every problem, and a required question refused once only', () => {
    const result = checkResponse(
      [single, rating, question('q4', 'text', { maxLength: 3 })],
      [
        { questionId: 'q3', rating: 8 },
        { questionId: 'q4', text: ' abcd ' },
        { questionId: 'q1', choiceIds: ['a', 'b'] },
      ],
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'answers[0].rating', code: 'ratingOutOfRange', args: [1, 7] },
        { field: 'answers[1].text', code: 'textTooLong', args: [3] },
        { field: 'answers[2].choiceIds', code: 'singleChoiceOnly' },
      ],
    });
  });

  it('should take an empty text or choice list as no answer', () => {
    const result = checkResponse(
      [question('q4', 'text', { required: true })],
      [{ questionId: 'q4', text: '   ' }],
    );
    expect(result).toEqual({ ok: false, errors: [{ field: 'questions.q4', code: 'answerRequired' }] });
  });

  it('should take 0 to 10 on a recommendation question', () => {
    const nps = question('q5', 'nps');
    expect(checkResponse([nps], [{ questionId: 'q5', rating: 0 }]).ok).toBe(true);
    expect(checkResponse([nps], [{ questionId: 'q5', rating: 11 }]).ok).toBe(false);
  });
});
