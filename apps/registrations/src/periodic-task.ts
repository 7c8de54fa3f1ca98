/**
 * Runs a piece of background work (expiring offers, anonymising after retention) every so often,
 * one run at a time per process: a tick or call while a run is in progress gets that run.
 */
export class PeriodicTask<T> {
  private timer?: NodeJS.Timeout;
  private running?: Promise<T>;

  constructor(private readonly work: () => Promise<T>) {}

  /** Every `intervalMs`; 0 never. The timer does not keep the process alive. */
  start(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
  }

  run(): Promise<T> {
    this.running ??= this.work().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
