import { describe, expect, it } from '@jest/globals';
import { fieldMessage } from './field-messages';
import { renderProblem } from './problem-details.filter';
import { ProblemException, flattenValidationErrors } from './problem.exception';

describe(renderProblem.name, () => {
  it('should render an RFC 9457 document with a fixed, localised title per type', () => {
    const problem = new ProblemException('event-full', {
      detail: { en: 'All 50 seats are taken', ru: 'Все 50 мест заняты' },
      extensions: { capacity: 50 },
    });
    const ru = renderProblem(problem.problemType, problem.problem, 'ru', '/api/v1/registrations', 'corr-1');
    expect(ru).toEqual({
      type: 'https://jiyn.kz/problems/event-full',
      title: 'Мест на мероприятии нет',
      status: 409,
      detail: 'Все 50 мест заняты',
      instance: '/api/v1/registrations',
      correlationId: 'corr-1',
      capacity: 50,
    });
    // Kazakh detail missing: English is used rather than nothing.
    expect(renderProblem(problem.problemType, problem.problem, 'kk', '/x').detail).toBe(
      'All 50 seats are taken',
    );
    expect(renderProblem(problem.problemType, problem.problem, 'kk', '/x').title).toBe('Іс-шарада орын жоқ');
  });

  it('should not let an extension member overwrite the standard members', () => {
    const doc = renderProblem('conflict', { extensions: { status: 200, type: 'x', title: 'y' } }, 'en', '/x');
    expect(doc).toMatchObject({
      status: 409,
      type: 'https://jiyn.kz/problems/conflict',
      title: 'Conflict with the current state',
    });
  });

  it('should render field errors with their arguments in each language', () => {
    const doc = renderProblem(
      'validation',
      { errors: [{ field: 'capacity', code: 'min', args: ['0'] }] },
      'kk',
      '/x',
    );
    expect(doc.errors).toEqual([
      { field: 'capacity', code: 'min', message: 'capacity өрісі кемінде 0 болуы керек' },
    ]);
    expect(fieldMessage('min', 'capacity', ['0'], 'ru')).toBe('Поле capacity должно быть не меньше 0');
    expect(fieldMessage('somethingNew', 'x', [], 'en')).toBe('x is invalid');
  });
});

describe(flattenValidationErrors.name, () => {
  it('should name nested and indexed fields by their path', () => {
    const problems = flattenValidationErrors([
      {
        property: 'title',
        children: [
          {
            property: 'kk',
            constraints: { maxLength: 'kk must be shorter than or equal to 2000 characters' },
            children: [],
          },
        ],
      },
      {
        property: 'ranges',
        children: [
          {
            property: '0',
            children: [{ property: 'endsAt', constraints: { isIso8601: 'bad' }, children: [] }],
          },
        ],
      },
    ]);
    expect(problems).toEqual([
      { field: 'title.kk', code: 'maxLength', args: ['2000'] },
      { field: 'ranges[0].endsAt', code: 'isIso8601', args: [] },
    ]);
  });

  it('should carry the birth date an IIN gives and today into every language', () => {
    const [problem] = flattenValidationErrors([
      {
        property: 'iin',
        constraints: {
          implausibleBirthDate: 'iin gives the birth date 1899-12-31, before 1900 or after today, 2026-03-10',
        },
        children: [],
      },
    ]);
    expect(problem).toEqual({
      field: 'iin',
      code: 'implausibleBirthDate',
      args: ['1899-12-31', '2026-03-10'],
    });
    const args = problem?.args ?? [];
    expect(fieldMessage('implausibleBirthDate', 'iin', args, 'en')).toBe(
      'iin gives the birth date 1899-12-31, which cannot be right: it must lie between 1900-01-01 and today (2026-03-10); check the number',
    );
    expect(fieldMessage('implausibleBirthDate', 'iin', args, 'ru')).toMatch(
      /^Из ИИН в поле iin следует дата рождения 1899-12-31,.*\(2026-03-10\)/,
    );
    expect(fieldMessage('implausibleBirthDate', 'iin', args, 'kk')).toMatch(
      /^iin өрісіндегі ЖСН бойынша туған күн 1899-12-31,.*\(2026-03-10\)/,
    );
  });
});
