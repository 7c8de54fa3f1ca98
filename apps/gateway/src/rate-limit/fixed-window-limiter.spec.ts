import { describe, expect, it } from '@jest/globals';
import { FixedWindowLimiter } from './fixed-window-limiter';

describe(FixedWindowLimiter.name, () => {
  it('should let the limit through per client and window, then say when to come back', () => {
    const limiter = new FixedWindowLimiter(3, 60_000);
    const start = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1', start).allowed)).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1', start + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('10.0.0.2', start + 15_000).allowed).toBe(true);
    expect(limiter.take('10.0.0.1', start + 60_000).allowed).toBe(true);
  });

  it('should stay bounded under a flood from many addresses', () => {
    const limiter = new FixedWindowLimiter(1, 60_000, 10);
    for (let n = 0; n < 1_000; n += 1) expect(limiter.take(`client-${n}`, 5_000).allowed).toBe(true);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(10);
  });
});
