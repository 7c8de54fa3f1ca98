import { describe, expect, it } from '@jest/globals';
import type { FieldProblem } from '@jiyn/problems';
import { toQuestions, type QuestionInput } from './survey.model';
import { SURVEY_TEMPLATES } from './survey-templates';
import { eventDayRange, instantOfLocalTime, localTimeOf } from './wall-time';

const text = { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' };
let serial = 0;
const newId = () => `00000000-0000-7000-8000-${String(++serial).padStart(12, '0')}`;

function check(questions: QuestionInput[], purpose: 'evaluation' | 'pre-test' = 'evaluation') {
  const errors: FieldProblem[] = [];
  const stored = toQuestions(questions, purpose, newId, errors);
  return { stored, errors: errors.map(({ field, code }) => `${field} ${code}`) };
}

describe('survey wall time', () => {
  it('should read a local time in the zone of the day, IANA rules included', () => {
    // Almaty: UTC+6 until 1 March 2024, UTC+5 since.
    expect(instantOfLocalTime('2024-02-07T16:00', 'Asia/Almaty')?.toISOString()).toBe(
      '2024-02-07T10:00:00.000Z',
    );
    expect(instantOfLocalTime('2024-03-07T16:00', 'Asia/Almaty')?.toISOString()).toBe(
      '2024-03-07T11:00:00.000Z',
    );
    expect(instantOfLocalTime('2030-02-05T09:00:30', 'Asia/Tokyo')?.toISOString()).toBe(
      '2030-02-05T00:00:30.000Z',
    );
    for (const wrong of ['2024-02-30T10:00', '2024-02-07T24:00', '2024-02-07 10:00', '2024-02-07T10:00Z'])
      expect(instantOfLocalTime(wrong, 'Asia/Almaty')).toBeNull();
    expect(localTimeOf(new Date('2030-02-05T04:00:00Z'), 'Asia/Almaty')).toBe('2030-02-05T09:00');
  });

  it('should give an event ending at midnight no extra day', () => {
    expect(
      eventDayRange(new Date('2030-02-04T19:00:00Z'), new Date('2030-02-06T19:00:00Z'), 'Asia/Almaty'),
    ).toEqual({ first: '2030-02-05', last: '2030-02-06' });
  });
});

describe('survey question rules', () => {
  it('should fix nps to 0–10 and default a rating to 1–5 with its labelled ends', () => {
    const { stored, errors } = check([
      { kind: 'nps', required: true, prompt: text },
      { kind: 'rating', required: true, prompt: text, minLabel: text, maxLabel: text },
      { kind: 'text', required: false, prompt: text },
    ]);
    expect(errors).toEqual([]);
    expect(stored.map(({ scaleMin, scaleMax, maxLength }) => [scaleMin, scaleMax, maxLength])).toEqual([
      [0, 10, null],
      [1, 5, null],
      [null, null, 2000],
    ]);
  });

  it('should hold scored questions to knowledge tests, one right answer for single choice, and required', () => {
    const options = [
      { id: 'a', label: text, correct: true },
      { id: 'b', label: text, correct: true },
    ];
    expect(
      check([{ kind: 'single-choice', required: false, prompt: text, scored: true, options }], 'pre-test')
        .errors,
    ).toEqual(['questions[0].options oneCorrectOption', 'questions[0].required scoredMustBeRequired']);
    expect(
      check([{ kind: 'multiple-choice', required: true, prompt: text, scored: true, options }], 'pre-test')
        .errors,
    ).toEqual([]);
    expect(check([{ kind: 'text', required: true, prompt: text }], 'pre-test').errors).toEqual([
      'questions scoredQuestionRequired',
    ]);
    expect(check([{ kind: 'single-choice', required: true, prompt: text, options }]).errors).toEqual([
      'questions[0].options[0].correct notForType',
      'questions[0].options[1].correct notForType',
    ]);
  });

  it('should refuse fields of another kind, repeated ids and prompts without Kazakh or Russian', () => {
    const id = newId();
    expect(
      check([
        { id, kind: 'text', required: true, prompt: { en: 'Only English' }, scaleMax: 5 },
        { id, kind: 'single-choice', required: true, prompt: text, options: [{ id: 'a', label: text }] },
      ]).errors,
    ).toEqual([
      'questions[0].scaleMax notForType',
      'questions[0].prompt multilingualRequired',
      'questions[1].id duplicateKey',
      'questions[1].options arrayMinSize',
    ]);
  });

  it('should ship templates whose questions pass the rules, in kk, ru and en', () => {
    for (const template of Object.values(SURVEY_TEMPLATES)) {
      const { stored, errors } = check(template.questions({ sessionId: newId(), speakerIds: [newId()] }));
      expect(errors).toEqual([]);
      for (const question of stored) expect(Object.keys(question.prompt)).toEqual(['kk', 'ru', 'en']);
      expect(Object.keys(template.title)).toEqual(['kk', 'ru', 'en']);
    }
  });
});
