import { describe, expect, it } from '@jest/globals';
import { InvalidCursorError } from '@jiyn/persistence';
import { START, decodeChangeCursor, encodeChangeCursor } from './change-cursor';

describe('change cursor', () => {
  it('should round-trip a position and start at the beginning without one', () => {
    const position = { xid: '18446744073709551615', seq: '9223372036854775807' };
    expect(decodeChangeCursor(encodeChangeCursor(position))).toEqual(position);
    expect(decodeChangeCursor(undefined)).toEqual(START);
    expect(decodeChangeCursor('')).toEqual(START);
    expect(encodeChangeCursor({ xid: '1', seq: '2' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('should refuse cursors it did not issue, before they reach SQL', () => {
    const forged = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    for (const bad of [
      'garbage',
      forged('c1:1'),
      forged('c1:1:2:3'),
      forged('c2:1:2'),
      forged('c1:-1:2'),
      forged('c1:01:2'),
      forged('c1:1:2.5'),
      forged("c1:1:2'; DROP TABLE x"),
      forged('c1:18446744073709551616:1'),
      forged('c1:1:9223372036854775808'),
    ])
      expect(() => decodeChangeCursor(bad)).toThrow(InvalidCursorError);
  });
});
