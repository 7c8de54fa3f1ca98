import { describe, expect, it } from '@jest/globals';
import { fieldMessage } from '@jiyn/problems';
import { isIsoDate, validateAnswers } from './answers';
import type { Question } from './form-definition';

const label = { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' };
const options = [
  { value: 'culture', label: { kk: 'Мәдениет', ru: 'Культура' } },
  { value: 'education', label: { kk: 'Білім', ru: 'Образование' } },
  { value: 'health', label: { kk: 'Денсаулық', ru: 'Здравоохранение' } },
];

const FORM: Question[] = [
  { key: 'motivation', type: 'text', label, required: true, maxLength: 10 },
  { key: 'note', type: 'text', label, required: false },
  { key: 'years', type: 'number', label, required: false, min: 0, max: 60, integer: true },
  { key: 'score', type: 'number', label, required: false, min: -1.5, max: 1.5 },
  { key: 'department', type: 'choice', label, required: true, options },
  {
    key: 'topics',
    type: 'multi-choice',
    label,
    required: false,
    options,
    minSelections: 2,
    maxSelections: 2,
  },
  { key: 'interests', type: 'multi-choice', label, required: true, options },
  { key: 'needs_hotel', type: 'boolean', label, required: true },
  { key: 'arrival', type: 'date', label, required: false, minDate: '2030-02-01', maxDate: '2030-02-05' },
];

const VALID = {
  motivation: 'Оқу',
  department: 'culture',
  interests: ['health'],
  needs_hotel: false,
};

function errorsOf(answers: unknown, questions: Question[] = FORM): string[] {
  const result = validateAnswers(questions, answers);
  return result.ok
    ? []
    : result.errors.map((e) => `${e.field}:${e.code}${e.args ? `:${JSON.stringify(e.args)}` : ''}`);
}

describe(validateAnswers.name, () => {
  it('should accept valid answers of every type and return them normalised', () => {
    const result = validateAnswers(FORM, {
      ...VALID,
      motivation: '  Оқу  ',
      note: 'Есімі: Әлия',
      years: 12,
      score: -1.5,
      topics: ['education', 'culture'],
      arrival: '2030-02-05',
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        motivation: 'Оқу',
        note: 'Есімі: Әлия',
        years: 12,
        score: -1.5,
        department: 'culture',
        topics: ['education', 'culture'],
        interests: ['health'],
        needs_hotel: false,
        arrival: '2030-02-05',
      },
    });
  });

  it('should treat missing, null, blank text and empty selections as unanswered', () => {
    expect(validateAnswers(FORM, { ...VALID, note: '   ', years: null, topics: [] })).toEqual({
      ok: true,
      answers: VALID,
    });
    expect(errorsOf({ ...VALID, motivation: '  ', interests: [], department: null })).toEqual([
      'answers.motivation:answerRequired',
      'answers.department:answerRequired',
      'answers.interests:answerRequired',
    ]);
  });

  it('should require every required question when no answers are sent at all', () => {
    const expected = [
      'answers.motivation:answerRequired',
      'answers.department:answerRequired',
      'answers.interests:answerRequired',
      'answers.needs_hotel:answerRequired',
    ];
    expect(errorsOf(undefined)).toEqual(expected);
    expect(errorsOf(null)).toEqual(expected);
    expect(errorsOf({})).toEqual(expected);
  });

  it('should accept no answers for a form without questions, and refuse any answer there', () => {
    expect(validateAnswers([], undefined)).toEqual({ ok: true, answers: {} });
    expect(errorsOf({ anything: 1 }, [])).toEqual(['answers.anything:unknownQuestion']);
  });

  it('should refuse answers that are not an object', () => {
    for (const bad of ['text', 42, true, ['a']]) expect(errorsOf(bad)).toEqual(['answers:isObject']);
  });

  it('should refuse unknown keys, including prototype names, and cut very long keys in the field path', () => {
    const long = 'k'.repeat(500);
    const answers = JSON.parse(`{"__proto__": {"x": 1}, "constructor": 1, "${long}": 1}`) as unknown;
    const errors = errorsOf({ ...VALID, ...(answers as object) });
    expect(errors).toContain('answers.constructor:unknownQuestion');
    expect(errors).toContain(`answers.${'k'.repeat(64)}…:unknownQuestion`);
    // JSON.parse makes __proto__ an own key; spreading drops it, so check it directly too.
    expect(errorsOf(JSON.parse('{"__proto__": 1}'), [])).toEqual(['answers.__proto__:unknownQuestion']);
  });

  it('should check text: type and maxLength in characters, after trimming', () => {
    expect(errorsOf({ ...VALID, motivation: 5 })).toEqual(['answers.motivation:isString']);
    expect(errorsOf({ ...VALID, motivation: 'ә'.repeat(11) })).toEqual(['answers.motivation:maxLength:[10]']);
    expect(errorsOf({ ...VALID, motivation: ` ${'ә'.repeat(10)} ` })).toEqual([]);
    // Without its own limit a text is capped at 1000 characters.
    expect(errorsOf({ ...VALID, note: 'x'.repeat(1001) })).toEqual(['answers.note:maxLength:[1000]']);
    // An emoji is one character, not two UTF-16 units.
    expect(errorsOf({ ...VALID, motivation: '🙂'.repeat(10) })).toEqual([]);
  });

  it('should check numbers: type, whole numbers and bounds', () => {
    expect(errorsOf({ ...VALID, years: '12' })).toEqual(['answers.years:isNumber']);
    expect(errorsOf({ ...VALID, years: 2.5 })).toEqual(['answers.years:isInt']);
    expect(errorsOf({ ...VALID, years: -1 })).toEqual(['answers.years:min:[0]']);
    expect(errorsOf({ ...VALID, years: 61 })).toEqual(['answers.years:max:[60]']);
    expect(errorsOf({ ...VALID, years: 0 })).toEqual([]);
    expect(errorsOf({ ...VALID, years: 60 })).toEqual([]);
    expect(errorsOf({ ...VALID, score: 0.25 })).toEqual([]);
    expect(errorsOf({ ...VALID, score: 1.51 })).toEqual(['answers.score:max:[1.5]']);
    expect(errorsOf({ ...VALID, score: Number.NaN })).toEqual(['answers.score:isNumber']);
    expect(errorsOf({ ...VALID, score: Number.POSITIVE_INFINITY })).toEqual(['answers.score:isNumber']);
    expect(errorsOf({ ...VALID, score: true })).toEqual(['answers.score:isNumber']);
  });

  it('should check a choice against the option values, not labels', () => {
    const values = JSON.stringify([['culture', 'education', 'health']]);
    expect(errorsOf({ ...VALID, department: 'Культура' })).toEqual([`answers.department:isIn:${values}`]);
    expect(errorsOf({ ...VALID, department: 'CULTURE' })).toEqual([`answers.department:isIn:${values}`]);
    expect(errorsOf({ ...VALID, department: ['culture'] })).toEqual(['answers.department:isString']);
  });

  it('should check multi-choice: a list of known, distinct options within the selection bounds', () => {
    const values = JSON.stringify([['culture', 'education', 'health']]);
    expect(errorsOf({ ...VALID, topics: 'culture' })).toEqual(['answers.topics:isArray']);
    expect(errorsOf({ ...VALID, topics: ['culture', 'sport', 7] })).toEqual([
      `answers.topics[1]:isIn:${values}`,
      `answers.topics[2]:isIn:${values}`,
    ]);
    expect(errorsOf({ ...VALID, topics: ['culture', 'culture'] })).toEqual([
      'answers.topics[1]:duplicateOption',
    ]);
    expect(errorsOf({ ...VALID, topics: ['culture'] })).toEqual(['answers.topics:minSelections:[2]']);
    expect(errorsOf({ ...VALID, topics: ['culture', 'health', 'education'] })).toEqual([
      'answers.topics:maxSelections:[2]',
    ]);
  });

  it('should take true and false as answers to a required yes/no question, and nothing else', () => {
    expect(errorsOf({ ...VALID, needs_hotel: true })).toEqual([]);
    expect(errorsOf({ ...VALID, needs_hotel: 'true' })).toEqual(['answers.needs_hotel:isBoolean']);
    expect(errorsOf({ ...VALID, needs_hotel: 0 })).toEqual(['answers.needs_hotel:isBoolean']);
  });

  it('should check dates: real YYYY-MM-DD days within the inclusive bounds', () => {
    for (const bad of ['2030-02-30', '2030-2-3', '03.02.2030', '2030-02-03T10:00:00Z', 20300203])
      expect(errorsOf({ ...VALID, arrival: bad })).toEqual(['answers.arrival:isDate']);
    expect(errorsOf({ ...VALID, arrival: '2030-01-31' })).toEqual(['answers.arrival:minDate:["2030-02-01"]']);
    expect(errorsOf({ ...VALID, arrival: '2030-02-06' })).toEqual(['answers.arrival:maxDate:["2030-02-05"]']);
    expect(errorsOf({ ...VALID, arrival: '2030-02-01' })).toEqual([]);
  });

  it('should report every problem at once, in form order after unknown keys', () => {
    expect(
      errorsOf({ extra: 1, motivation: 1, department: 'x', interests: 'y', needs_hotel: 'no', years: 1.5 }),
    ).toEqual([
      'answers.extra:unknownQuestion',
      'answers.motivation:isString',
      'answers.years:isInt',
      'answers.department:isIn:[["culture","education","health"]]',
      'answers.interests:isArray',
      'answers.needs_hotel:isBoolean',
    ]);
  });

  it('should have a message in every language for every code it produces', () => {
    const codes = [
      'unknownQuestion',
      'answerRequired',
      'isDate',
      'minDate',
      'maxDate',
      'duplicateOption',
      'minSelections',
      'maxSelections',
      'isObject',
      'isIn',
      'isArray',
    ];
    for (const code of codes)
      for (const lang of ['kk', 'ru', 'en'] as const) {
        const message = fieldMessage(code, 'answers.x', [2], lang);
        expect(message).toContain('answers.x');
        expect(message).not.toMatch(/is invalid|заполнено неверно|қате толтырылған/);
      }
  });
});

describe(isIsoDate.name, () => {
  it('should accept real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
  });
});
