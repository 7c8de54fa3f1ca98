/**
 * When a failed delivery is tried again: the Standard Webhooks example schedule — at once, then
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later (8 attempts over about 27.6 hours; with the
 * +20 % jitter up to a day and a half) — then the delivery is given up. Jitter spreads the retries
 * of many deliveries that failed together (an endpoint that was down) so they do not all return at
 * once.
 */
export const STANDARD_RETRY_DELAYS_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** Up to this share of a delay is added at random. */
export const RETRY_JITTER = 0.2;

export class RetrySchedule {
  constructor(
    readonly delaysMs: readonly number[] = STANDARD_RETRY_DELAYS_MS,
    private readonly jitter: number = RETRY_JITTER,
    private readonly random: () => number = Math.random,
  ) {
    if (delaysMs.some((delay) => !Number.isFinite(delay) || delay < 0)) {
      throw new Error('retry delays are non-negative numbers of milliseconds');
    }
  }

  /** Attempts a delivery gets in all: the first and one per delay. */
  get maxAttempts(): number {
    return this.delaysMs.length + 1;
  }

  /**
   * When to try again after the `attemptsMade`-th attempt failed at `failedAt`, or undefined when
   * that was the last attempt.
   */
  nextAttemptAt(attemptsMade: number, failedAt: Date): Date | undefined {
    const delay = this.delaysMs[attemptsMade - 1];
    if (delay === undefined) return undefined;
    return new Date(failedAt.getTime() + Math.round(delay * (1 + this.jitter * this.random())));
  }
}

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Reads `5s,5m,30m,2h` (units ms, s, m, h, d) into milliseconds; throws naming the bad entry. */
export function parseDurations(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(part);
      if (!match) throw new Error(`${part} is not a duration such as 500ms, 5s, 5m, 2h or 5d`);
      return Math.round(Number(match[1]) * (UNITS[match[2] as string] as number));
    });
}
