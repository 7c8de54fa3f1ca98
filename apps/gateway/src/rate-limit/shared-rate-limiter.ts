import type { Logger } from 'pino';
import { FixedWindowLimiter } from './fixed-window-limiter';
import type { LeaseStore } from './lease-store';
import type { RateLimitPolicy } from './rate-limit-policy';

export type Verdict =
  | { allowed: true; quota: number; remaining: number; resetSeconds: number }
  | { allowed: false; quota: number; remaining: 0; resetSeconds: number; retryAfterSeconds: number };

interface Budget {
  /** Local clock (ms) when the window ends, from the database's answer. */
  endsAt: number;
  quota: number;
  /** Leased to this replica and not yet spent. */
  local: number;
  /** Not yet leased by any replica, as of the last lease. */
  unleased: number;
}

const MAX_BUDGETS = 100_000;
const MAX_LEASES_PER_REQUEST = 1_000;

/** Largest lease: a tenth of the quota, at most 100 — about ten round trips per busy window. */
export function chunkOf(quota: number): number {
  return Math.max(1, Math.min(100, Math.ceil(quota / 10)));
}

/** The next lease is asked for once fewer than half a lease is left. */
function refillBelow(quota: number): number {
  return Math.ceil(chunkOf(quota) / 2);
}

/**
 * Rate limits shared by every gateway replica. Each replica leases part of a window's budget from
 * PostgreSQL and spends it in memory, leasing the next part before it runs out, so requests neither
 * pay nor wait for a round trip, and the replicas together never accept more than the quota (they
 * may accept slightly fewer: budget leased by one replica and not spent there is not available to
 * another). If the database cannot be asked, each
 * replica limits on its own (N replicas: at most N times the quota) rather than refusing everyone.
 */
export class SharedRateLimiter {
  private readonly budgets = new Map<string, Budget>();
  private readonly leasing = new Map<string, Promise<void>>();
  private readonly fallbacks = new Map<number, FixedWindowLimiter>();
  private lastFallbackLog = 0;

  constructor(
    private readonly store: LeaseStore,
    private readonly logger: Logger,
    readonly windowSeconds = 60,
  ) {}

  async take(policy: RateLimitPolicy): Promise<Verdict> {
    // Each lease grants at least one request or finds the window spent, so this ends; the cap only
    // guards against a store that misbehaves. Waiters who lost the race for a lease ask again.
    for (let attempt = 0; attempt < MAX_LEASES_PER_REQUEST; attempt++) {
      const now = Date.now();
      const budget = this.budgets.get(policy.bucket);
      if (budget && now < budget.endsAt) {
        const resetSeconds = Math.max(1, Math.ceil((budget.endsAt - now) / 1000));
        if (budget.local > 0) {
          budget.local -= 1;
          if (budget.local < refillBelow(policy.defaultQuota) && budget.unleased > 0) this.leaseAhead(policy);
          return {
            allowed: true,
            quota: budget.quota,
            remaining: budget.local + budget.unleased,
            resetSeconds,
          };
        }
        if (budget.unleased <= 0)
          return {
            allowed: false,
            quota: budget.quota,
            remaining: 0,
            resetSeconds,
            retryAfterSeconds: resetSeconds,
          };
      }
      try {
        await this.lease(policy);
      } catch (error) {
        return this.fallback(policy, error);
      }
    }
    const resetSeconds = this.windowSeconds;
    return { allowed: false, quota: policy.defaultQuota, remaining: 0, resetSeconds, retryAfterSeconds: 1 };
  }

  /**
   * Leases the next part while the last one lasts, so a busy caller's requests do not stop for the
   * round trip. A failure here is left to the next request that finds nothing left, which falls back.
   */
  private leaseAhead(policy: RateLimitPolicy): void {
    if (this.leasing.has(policy.bucket)) return;
    this.lease(policy).catch(() => undefined);
  }

  /** One lease at a time per budget: concurrent requests wait for it instead of each asking. */
  private lease(policy: RateLimitPolicy): Promise<void> {
    let pending = this.leasing.get(policy.bucket);
    if (!pending) {
      pending = (async () => {
        const lease = await this.store.lease(
          policy.bucket,
          this.windowSeconds,
          policy.defaultQuota,
          chunkOf(policy.defaultQuota),
          policy.override,
        );
        const now = Date.now();
        const current = this.budgets.get(policy.bucket);
        const sameWindow = current && now < current.endsAt;
        if (!current && this.budgets.size >= MAX_BUDGETS) this.forgetEnded(now);
        this.budgets.set(policy.bucket, {
          endsAt: now + lease.msLeft,
          quota: lease.quota,
          local: (sameWindow ? current.local : 0) + lease.granted,
          unleased: lease.unleased,
        });
      })().finally(() => this.leasing.delete(policy.bucket));
      this.leasing.set(policy.bucket, pending);
    }
    return pending;
  }

  private fallback(policy: RateLimitPolicy, error: unknown): Verdict {
    const now = Date.now();
    if (now - this.lastFallbackLog > 10_000) {
      this.lastFallbackLog = now;
      this.logger.warn(
        { err: error },
        'rate limits fall back to this replica alone: the database did not lease',
      );
    }
    let limiter = this.fallbacks.get(policy.defaultQuota);
    if (!limiter) {
      limiter = new FixedWindowLimiter(policy.defaultQuota, this.windowSeconds * 1000);
      this.fallbacks.set(policy.defaultQuota, limiter);
    }
    const verdict = limiter.take(policy.bucket, now);
    const resetSeconds = this.windowSeconds;
    return verdict.allowed
      ? { allowed: true, quota: policy.defaultQuota, remaining: 0, resetSeconds }
      : {
          allowed: false,
          quota: policy.defaultQuota,
          remaining: 0,
          resetSeconds: verdict.retryAfterSeconds,
          retryAfterSeconds: verdict.retryAfterSeconds,
        };
  }

  private forgetEnded(now: number): void {
    for (const [bucket, budget] of this.budgets) if (now >= budget.endsAt) this.budgets.delete(bucket);
    if (this.budgets.size >= MAX_BUDGETS) this.budgets.clear();
  }
}
