import { describe, expect, it } from '@jest/globals';
import { renderProblem } from '@jiyn/problems';
import { databaseUnavailableProblem } from './database-unavailable';

const pgError = (code: string) => Object.assign(new Error('db'), { code });

describe(databaseUnavailableProblem.name, () => {
  it('should answer a database in a passing state with a 503 and when to try again', () => {
    const conflict = databaseUnavailableProblem(pgError('40P01'));
    expect(conflict?.getStatus()).toBe(503);
    expect(conflict?.problem.retryAfterSeconds).toBe(1);
    expect(databaseUnavailableProblem(pgError('57014'))?.problem.retryAfterSeconds).toBe(5);
    expect(databaseUnavailableProblem(new Error('Connection terminated unexpectedly'))?.getStatus()).toBe(
      503,
    );
  });

  it('should explain it in each language', () => {
    const problem = databaseUnavailableProblem(pgError('57P01'));
    if (!problem) throw new Error('expected a problem');
    const kk = renderProblem(problem.problemType, problem.problem, 'kk', '/x');
    expect(kk).toMatchObject({ status: 503, title: 'Қызмет уақытша қолжетімсіз' });
    expect(kk.detail).toContain('Дерекқор');
    expect(renderProblem(problem.problemType, problem.problem, 'ru', '/x').detail).toContain('База данных');
  });

  it('should leave every other error alone', () => {
    expect(databaseUnavailableProblem(pgError('23505'))).toBeUndefined();
    expect(databaseUnavailableProblem(new TypeError('bug'))).toBeUndefined();
  });
});
