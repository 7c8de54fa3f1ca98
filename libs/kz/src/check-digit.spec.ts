import { describe, expect, it } from '@jest/globals';
import { checkDigit } from './check-digit';

// Fixtures were computed with an independent script (Python), not with this module.
describe('checkDigit', () => {
  it('uses the first pass (weights 1..11) when it does not give 10', () => {
    expect(checkDigit('90010139000')).toBe(2);
    expect(checkDigit('15034090000')).toBe(7);
  });

  it('falls back to the second pass (weights 3..11,1,2) when the first gives 10', () => {
    // First pass: 9·1 + 1·4 + 1·6 + 3·7 + 9·8 + 3·10 = 142 ≡ 10 (mod 11).
    // Second pass: 9·3 + 1·6 + 1·8 + 3·9 + 9·10 + 3·1 = 161 ≡ 7 (mod 11).
    expect(checkDigit('90010139030')).toBe(7);
    expect(checkDigit('85022949040')).toBe(8);
    expect(checkDigit('15034090080')).toBe(4);
  });

  it('returns null when both passes give 10, so no number has that prefix', () => {
    // 142 + 7·11 = 219 ≡ 10, and 161 + 7·2 = 175 ≡ 10.
    expect(checkDigit('90010139037')).toBeNull();
    expect(checkDigit('85022949041')).toBeNull();
    expect(checkDigit('15034090083')).toBeNull();
  });

  it('throws on anything but 11 digits', () => {
    expect(() => checkDigit('9001013903')).toThrow(RangeError);
    expect(() => checkDigit('900101390300')).toThrow(RangeError);
    expect(() => checkDigit('9001013903a')).toThrow(RangeError);
  });
});
