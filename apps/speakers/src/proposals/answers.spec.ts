import { describe, expect, it } from '@jest/globals';
import { checkAnswers, normaliseAnswers } from './answers';
import type { CallQuestion } from './call/call.model';

const questions: CallQuestion[] = [
  { key: 'audience', label: { en: 'Audience' }, type: 'text', required: true, options: [] },
  { key: 'attendees', label: { en: 'Expected' }, type: 'number', required: false, options: [] },
  { key: 'recorded', label: { en: 'Recording?' }, type: 'boolean', required: false, options: [] },
  {
    key: 'level',
    label: { en: 'Level' },
    type: 'choice',
    required: true,
    options: [
      { key: 'beginner', label: { en: 'Beginner' } },
      { key: 'expert', label: { en: 'Expert' } },
    ],
  },
];

describe('checkAnswers', () => {
  it('should accept answers of the right types', () => {
    const answers = { audience: ' museums ', attendees: 40, recorded: false, level: 'expert' };
    expect(checkAnswers(questions, answers)).toEqual([]);
    expect(normaliseAnswers(questions, answers)).toEqual({
      audience: 'museums',
      attendees: 40,
      recorded: false,
      level: 'expert',
    });
  });

  it('should name each missing required answer, each wrong type and each unknown key', () => {
    expect(
      checkAnswers(questions, { audience: '  ', attendees: '40', recorded: 'yes', level: 'guru', extra: 1 }),
    ).toEqual([
      { field: 'answers.extra', code: 'unknownQuestion' },
      { field: 'answers.audience', code: 'isDefined' },
      { field: 'answers.attendees', code: 'isNumber' },
      { field: 'answers.recorded', code: 'isBoolean' },
      { field: 'answers.level', code: 'isIn', args: [['beginner', 'expert']] },
    ]);
  });

  it('should refuse a text answer that is too long and a number that is not finite', () => {
    expect(
      checkAnswers(questions, { audience: 'x'.repeat(5001), attendees: Number.NaN, level: 'beginner' }),
    ).toEqual([
      { field: 'answers.audience', code: 'maxLength', args: [5000] },
      { field: 'answers.attendees', code: 'isNumber' },
    ]);
  });
});
