import { describe, expect, it } from '@jest/globals';
import { escapeText, fold, offsetFinder, stamp, vtimezone } from './icalendar';

describe('icalendar building blocks', () => {
  it('should find Astana moving from UTC+6 to UTC+5 on 1 March 2024', () => {
    const offsetAt = offsetFinder('Asia/Almaty');
    expect(offsetAt(Date.UTC(2024, 1, 5))).toBe(6 * 3_600_000);
    expect(offsetAt(Date.UTC(2024, 2, 2))).toBe(5 * 3_600_000);
    const zone = vtimezone('Asia/Almaty', offsetAt, Date.UTC(2024, 1, 1), Date.UTC(2024, 3, 1));
    expect(zone.filter((line) => line.startsWith('TZOFFSETTO:'))).toEqual([
      'TZOFFSETTO:+0600',
      'TZOFFSETTO:+0500',
    ]);
  });

  it('should escape TEXT values and fold lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(stamp(Date.UTC(2024, 1, 5, 3, 30))).toBe('20240205T033000');
    const folded = fold(`SUMMARY:${'Қазақстан '.repeat(20)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Қазақстан '.repeat(20)}`);
  });
});
