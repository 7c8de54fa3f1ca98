/**
 * Remembers a loaded value for a short time (per key), so a burst of registrations for one event
 * reads its event, settings and form once a second instead of once each. Only for reads whose
 * staleness is harmless or re-checked where it matters (the one-statement registration re-reads
 * the event's status, window and flags itself). Concurrent misses share one load; null (e.g. an
 * event not known yet) is never remembered, and failures are not either.
 */
export class BriefCache<T> {
  private readonly entries = new Map<string, { value: Promise<T | null>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
  ) {}

  get(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.expires > now) return entry.value;
    const value = load().then(
      (loaded) => {
        if (loaded === null) this.entries.delete(key);
        return loaded;
      },
      (error: unknown) => {
        this.entries.delete(key);
        throw error;
      },
    );
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  /** Forgets a key at once: this process just changed what it holds. */
  forget(key: string): void {
    this.entries.delete(key);
  }
}
