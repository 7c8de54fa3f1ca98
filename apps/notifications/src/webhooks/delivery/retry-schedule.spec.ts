import { describe, expect, it } from '@jest/globals';
import { RetrySchedule, STANDARD_RETRY_DELAYS_MS, parseDurations } from './retry-schedule';

const failedAt = new Date('2026-12-05T06:00:00Z');
const after = (date: Date | undefined) => (date ? date.getTime() - failedAt.getTime() : undefined);

describe('webhook retry schedule', () => {
  it('should follow the Standard Webhooks schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then stop', () => {
    const exact = new RetrySchedule(STANDARD_RETRY_DELAYS_MS, 0);
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => after(exact.nextAttemptAt(attempt, failedAt)));
    expect(delays).toEqual([
      5_000,
      300_000,
      1_800_000,
      7_200_000,
      18_000_000,
      36_000_000,
      36_000_000,
      undefined,
    ]);
    expect(exact.maxAttempts).toBe(8);
  });

  it('should span about a day and a half at most, and more than a day at least', () => {
    const total = (random: number) =>
      [1, 2, 3, 4, 5, 6, 7].reduce(
        (sum, attempt) =>
          sum +
          (after(new RetrySchedule(undefined, undefined, () => random).nextAttemptAt(attempt, failedAt)) ??
            0),
        0,
      );
    expect(total(0) / 3_600_000).toBeCloseTo(27.6, 1);
    expect(total(0.999999) / 3_600_000).toBeLessThanOrEqual(36);
    expect(total(0.999999) / 3_600_000).toBeGreaterThan(33);
  });

  it('should add up to 20 % jitter, never less than the delay', () => {
    const samples = Array.from(
      { length: 200 },
      () => after(new RetrySchedule().nextAttemptAt(2, failedAt)) as number,
    );
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(300_000);
    expect(Math.max(...samples)).toBeLessThanOrEqual(360_000);
    expect(new Set(samples).size).toBeGreaterThan(100);
  });

  it('should read schedules from the environment and refuse what it cannot read', () => {
    expect(parseDurations('500ms, 1s,2m,1.5h,5d')).toEqual([500, 1_000, 120_000, 5_400_000, 432_000_000]);
    expect(() => parseDurations('5 minutes')).toThrow('5 minutes is not a duration');
    expect(() => new RetrySchedule([-1])).toThrow('non-negative');
  });
});
