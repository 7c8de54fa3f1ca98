import { describe, expect, it } from '@jest/globals';
import { retryDelayMs, retryOnConflict, type RetryPolicy } from './transaction-retry';

const pgError = (code: string) => Object.assign(new Error('db'), { code });
const quick: RetryPolicy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 4 };

/** `work` failing with `errors` in turn, then answering 'done'; counts its runs. */
function failing(...errors: Error[]) {
  let runs = 0;
  return {
    work: async () => {
      const error = errors[runs];
      runs += 1;
      if (error) throw error;
      return 'done';
    },
    runs: () => runs,
  };
}

describe(retryOnConflict.name, () => {
  it('should run the work again after a deadlock or a serialization failure', async () => {
    const flaky = failing(pgError('40P01'), pgError('40001'));
    await expect(retryOnConflict(flaky.work, quick)).resolves.toBe('done');
    expect(flaky.runs()).toBe(3);
  });

  it('should give up after the policy runs with the last conflict', async () => {
    const stuck = failing(...Array.from({ length: 10 }, () => pgError('40P01')));
    await expect(retryOnConflict(stuck.work, quick)).rejects.toMatchObject({ code: '40P01' });
    expect(stuck.runs()).toBe(4);
  });

  it('should never run again what failed for another reason', async () => {
    for (const error of [pgError('23505'), pgError('57014'), pgError('57P01'), new TypeError('bug')]) {
      const once = failing(error);
      await expect(retryOnConflict(once.work, quick)).rejects.toBe(error);
      expect(once.runs()).toBe(1);
    }
  });
});

describe(retryDelayMs.name, () => {
  const policy: RetryPolicy = { attempts: 5, baseDelayMs: 25, maxDelayMs: 500 };

  it('should double the wait per attempt, drawn from its upper half', () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(12.5);
    expect(retryDelayMs(1, policy, () => 0.999)).toBeCloseTo(25, 0);
    expect(retryDelayMs(3, policy, () => 0)).toBe(50);
    expect(retryDelayMs(3, policy, () => 0.999)).toBeCloseTo(100, 0);
  });

  it('should cap the wait', () => {
    expect(retryDelayMs(20, policy, () => 0.999)).toBeLessThanOrEqual(500);
    expect(retryDelayMs(20, policy, () => 0)).toBe(250);
  });
});
