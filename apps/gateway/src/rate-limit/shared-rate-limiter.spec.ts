import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import type { Lease, LeaseStore } from './lease-store';
import type { RateLimitPolicy } from './rate-limit-policy';
import { SharedRateLimiter } from './shared-rate-limiter';

/**
 * The lease statement's arithmetic (see lease-store.ts) over one window, in memory, answering only
 * when the test lets it: what a replica does while a lease is on its way can be observed.
 */
class WindowStore {
  granted = 0;
  leases = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly quota: number) {}

  lease(_bucket: string, _windowSeconds: number, _defaultQuota: number, chunk: number): Promise<Lease> {
    this.leases += 1;
    return new Promise((resolve) =>
      this.waiting.push(() => {
        const left = this.quota - this.granted;
        const share = Math.min(chunk, Math.max(1, Math.floor(left / 4)), left);
        this.granted += share;
        resolve({ granted: share, quota: this.quota, unleased: this.quota - this.granted, msLeft: 30_000 });
      }),
    );
  }

  /** Answers the leases asked so far. */
  async answer(): Promise<void> {
    this.waiting.splice(0).forEach((answer) => answer());
    await new Promise((resolve) => setImmediate(resolve));
  }

  get pending(): number {
    return this.waiting.length;
  }
}

const policy = (quota: number): RateLimitPolicy => ({
  name: 'api-key',
  bucket: 'api-key:k',
  defaultQuota: quota,
});
const limiterOn = (store: WindowStore) =>
  new SharedRateLimiter(store as unknown as LeaseStore, pino({ level: 'silent' }));

describe('SharedRateLimiter', () => {
  it('should ask for the next lease while half of the last is left, so requests never wait for it', async () => {
    const store = new WindowStore(1_000);
    const limiter = limiterOn(store);
    const first = limiter.take(policy(1_000));
    await store.answer();
    expect((await first).allowed).toBe(true);
    expect(store.granted).toBe(100);

    // Spend down to below half a lease: the next one is asked for, and spending goes on meanwhile.
    for (let i = 0; i < 60; i++) expect((await limiter.take(policy(1_000))).allowed).toBe(true);
    expect(store.leases).toBe(2);
    expect(store.pending).toBe(1);
    for (let i = 0; i < 39; i++) expect((await limiter.take(policy(1_000))).allowed).toBe(true);
    expect(store.leases).toBe(2);

    await store.answer();
    for (let i = 0; i < 50; i++) expect((await limiter.take(policy(1_000))).allowed).toBe(true);
    expect(store.granted).toBeGreaterThanOrEqual(150);
  });

  it('should never accept more than the quota, leasing ahead or not', async () => {
    const store = new WindowStore(7);
    const limiter = limiterOn(store);
    const verdicts = [];
    for (let i = 0; i < 12; i++) {
      const verdict = limiter.take(policy(7));
      while (store.pending > 0) await store.answer();
      verdicts.push(await verdict);
    }
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(7);
    expect(verdicts.slice(7).every((verdict) => !verdict.allowed)).toBe(true);
    expect(store.granted).toBe(7);
  });
});
