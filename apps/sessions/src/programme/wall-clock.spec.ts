import { describe, expect, it } from '@jest/globals';
import { wallClock } from './wall-clock';

const localTime = (instant: Date, timeZone: string) => wallClock(timeZone)(instant).iso;

describe(wallClock.name, () => {
  it('should use the offset in force at that instant, from real time-zone data', () => {
    // Astana was UTC+6 until 1 March 2024, UTC+5 since.
    expect(localTime(new Date('2024-02-05T03:00:00Z'), 'Asia/Almaty')).toBe('2024-02-05T09:00:00+06:00');
    expect(localTime(new Date('2024-03-05T04:00:00Z'), 'Asia/Almaty')).toBe('2024-03-05T09:00:00+05:00');
    // At midnight on 1 March clocks went back to 23:00: the hour before midnight happened twice.
    expect(localTime(new Date('2024-02-29T17:30:00Z'), 'Asia/Almaty')).toBe('2024-02-29T23:30:00+06:00');
    expect(localTime(new Date('2024-02-29T18:30:00Z'), 'Asia/Almaty')).toBe('2024-02-29T23:30:00+05:00');
    expect(localTime(new Date('2024-07-01T12:00:00Z'), 'UTC')).toBe('2024-07-01T12:00:00+00:00');
  });
});
