import { describe, expect, it } from '@jest/globals';
import { etagMatches } from './conditional-get';

describe(etagMatches.name, () => {
  it('should match a listed tag, weak or strong, and the wildcard', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('"x", W/"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
  });

  it('should not match another tag, a missing header or a tag without quotes', () => {
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
    expect(etagMatches('a', '"a"')).toBe(false);
  });
});
