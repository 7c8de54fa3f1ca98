/** How long a sign-in session lives; from the environment (SESSION_IDLE_TIMEOUT_MINUTES, SESSION_ABSOLUTE_TIMEOUT_HOURS). */
export class SessionSettings {
  constructor(
    readonly idleTimeoutMs: number,
    readonly absoluteTimeoutMs: number,
    /** Origins besides the gateway's own that may send cookie-authenticated writes. */
    readonly consoleOrigins: readonly string[],
  ) {}

  /** last_seen_at is written at most this often, so a busy console does not write on every request. */
  get touchIntervalMs(): number {
    return Math.min(60_000, Math.floor(this.idleTimeoutMs / 4));
  }
}
