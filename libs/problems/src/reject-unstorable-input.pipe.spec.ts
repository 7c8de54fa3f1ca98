import { describe, expect, it } from '@jest/globals';
import { ProblemException } from './problem.exception';
import { MAX_INPUT_DEPTH, RejectUnstorableInputPipe } from './reject-unstorable-input.pipe';

const pipe = new RejectUnstorableInputPipe();

function refusal(run: () => unknown): unknown[] | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(400);
    return (error as ProblemException).problem.errors;
  }
  return undefined;
}

function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1) value = [value];
  return value;
}

describe(RejectUnstorableInputPipe.name, () => {
  it('should pass ordinary values through untouched, emoji and all', () => {
    const body = { fullName: 'Сәрсенова Айгерім 🎤', tags: ['a', 'b'], nested: { n: 1 } };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform({ status: 'confirmed', limit: '10' }, { type: 'query' })).toEqual({
      status: 'confirmed',
      limit: '10',
    });
  });

  it('should name every field that holds a NUL', () => {
    expect(
      refusal(() =>
        pipe.transform({ fullName: 'a\u0000b', nested: { list: ['ok', '\u0000'] } }, { type: 'body' }),
      ),
    ).toEqual([
      { field: 'fullName', code: 'nulCharacter' },
      { field: 'nested.list[1]', code: 'nulCharacter' },
    ]);
    expect(refusal(() => pipe.transform('\u0000', { type: 'param', data: 'slug' }))).toEqual([
      { field: 'slug', code: 'nulCharacter' },
    ]);
  });

  it('should refuse lone surrogates, high or low, but not a whole pair', () => {
    expect(
      refusal(() =>
        pipe.transform({ title: { kk: 'a\ud800b', ru: 'x\udc00', en: '\ud83c\udfa4' } }, { type: 'body' }),
      ),
    ).toEqual([
      { field: 'title.kk', code: 'loneSurrogate' },
      { field: 'title.ru', code: 'loneSurrogate' },
    ]);
  });

  it('should refuse nesting deeper than the limit instead of overflowing the validator', () => {
    expect(pipe.transform({ x: nested(MAX_INPUT_DEPTH - 2) }, { type: 'body' })).toBeDefined();
    expect(refusal(() => pipe.transform({ x: nested(100_000) }, { type: 'body' }))).toEqual([
      { field: expect.stringMatching(/^x(\[0\])+$/), code: 'nestedTooDeep', args: [MAX_INPUT_DEPTH] },
    ]);
  });

  it('should refuse a query parameter given twice, named or in a query object', () => {
    expect(refusal(() => pipe.transform(['ru', 'kk'], { type: 'query', data: 'lang' }))).toEqual([
      { field: 'lang', code: 'repeatedParameter' },
    ]);
    expect(refusal(() => pipe.transform({ status: ['a', 'b'], limit: '5' }, { type: 'query' }))).toEqual([
      { field: 'status', code: 'repeatedParameter' },
    ]);
  });
});
