import { describe, expect, it } from '@jest/globals';
import {
  InvalidCursorError,
  decodeCursor,
  decodeTimestampCursor,
  encodeCursor,
  toPage,
} from './keyset-cursor';

describe('keyset cursor', () => {
  it('should round-trip a position', () => {
    const position = { key: '2024-02-05T04:00:00.000Z', id: '0190a1b2-0000-7000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('should refuse a cursor that was not made by us', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(InvalidCursorError);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(InvalidCursorError);
  });

  it('should offer a next cursor only when a further row exists', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, at: `t${n}` }));
    const full = toPage(rows, 2, (row) => ({ key: row.at, id: row.id }));
    expect(full.items).toHaveLength(2);
    expect(decodeCursor(full.nextCursor ?? undefined)).toEqual({ key: 't2', id: 'id-2' });
    expect(toPage(rows, 3, (row) => ({ key: row.at, id: row.id })).nextCursor).toBeNull();
  });
});

describe('timestamp cursor', () => {
  it('should accept what a list issued', () => {
    const position = { key: '2024-02-05T04:00:00.123Z', id: '0190a1b2-0000-7000-8000-000000000001' };
    expect(decodeTimestampCursor(encodeCursor(position))).toEqual(position);
  });

  it('should refuse a well-formed but forged cursor before it reaches SQL', () => {
    expect(() =>
      decodeTimestampCursor(
        encodeCursor({ key: "x'; drop table", id: '0190a1b2-0000-7000-8000-000000000001' }),
      ),
    ).toThrow(InvalidCursorError);
    expect(() =>
      decodeTimestampCursor(encodeCursor({ key: '2024-02-05T04:00:00.000Z', id: 'not-a-uuid' })),
    ).toThrow(InvalidCursorError);
    expect(() =>
      decodeTimestampCursor(
        encodeCursor({ key: '2024-02-31T04:00:00.000Z', id: '0190a1b2-0000-7000-8000-000000000001' }),
      ),
    ).toThrow(InvalidCursorError);
    for (const key of [
      '0000-01-01T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
    ])
      expect(() =>
        decodeTimestampCursor(encodeCursor({ key, id: '0190a1b2-0000-7000-8000-000000000001' })),
      ).toThrow(InvalidCursorError);
  });

  it('should be a 400 field error on cursor', () => {
    const error = new InvalidCursorError();
    expect(error.getStatus()).toBe(400);
    expect(error.problem.errors).toEqual([{ field: 'cursor', code: 'invalidCursor' }]);
  });
});
