import { describe, expect, it } from '@jest/globals';
import { ProblemException } from './problem.exception';
import { RejectNulCharactersPipe } from './reject-nul.pipe';

describe(RejectNulCharactersPipe.name, () => {
  const pipe = new RejectNulCharactersPipe();

  it('should pass ordinary values through untouched', () => {
    const body = { fullName: 'Сәрсенова Айгерім', tags: ['a', 'b'], nested: { n: 1 } };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('should name every field that holds a NUL', () => {
    let error: ProblemException | undefined;
    try {
      pipe.transform({ fullName: 'a\u0000b', nested: { list: ['ok', '\u0000'] } }, { type: 'body' });
    } catch (e) {
      error = e as ProblemException;
    }
    expect(error?.getStatus()).toBe(400);
    expect(error?.problem.errors).toEqual([
      { field: 'fullName', code: 'nulCharacter' },
      { field: 'nested.list[1]', code: 'nulCharacter' },
    ]);
  });

  it('should refuse a NUL in a path parameter', () => {
    expect(() => pipe.transform('\u0000', { type: 'param', data: 'slug' })).toThrow(ProblemException);
  });
});
