import type { Logger } from 'pino';
import type { ServiceMetrics } from './metrics';

/** up: answers; degraded: answers but reports trouble of its own (a service whose broker is away); down: no answer. */
export type DependencyState = 'up' | 'degraded' | 'down';

/** A dependency readiness looks at (database, Kafka, the services behind the gateway). */
export interface ReadinessCheck {
  name: string;
  /**
   * true: without it the service cannot serve its API (its database), so losing it makes the service unready.
   * false: losing it is reported (probe body, metric, log) but traffic keeps coming (Kafka: the outbox holds events).
   */
  required: boolean;
  /**
   * Checks sharing a group are alternatives: the service serves while any one of them answers (the
   * gateway's upstreams, each answering its own paths). Without a group, a check stands alone.
   */
  anyOf?: string;
  /** Resolves when the dependency answers, with 'degraded' when it answers with trouble of its own; rejects when down. */
  check(): Promise<void | 'degraded'>;
  /** How long to wait for an answer before counting it down (the registry's 2 s by default). */
  timeoutMs?: number;
}

export interface CheckResult {
  status: DependencyState;
  required: boolean;
  anyOf?: string;
  error?: string;
}

export interface ReadinessReport {
  /** ok: every dependency up; degraded: serving, with a dependency degraded or down; unavailable: cannot serve. */
  status: 'ok' | 'degraded' | 'unavailable';
  checks: Record<string, CheckResult>;
}

/**
 * Ready means able to serve: every required dependency answers, and in each group of alternatives at
 * least one does. The groups are the gateway's rule: no single service is required, since it routes
 * each path to its own, but with none of them answering it can serve nothing.
 */
export function readinessStatus(results: CheckResult[]): ReadinessReport['status'] {
  const groups = new Set(results.flatMap((result) => (result.anyOf === undefined ? [] : [result.anyOf])));
  const serving =
    results.every((result) => !result.required || result.status !== 'down') &&
    [...groups].every((group) =>
      results.some((result) => result.anyOf === group && result.status !== 'down'),
    );
  if (!serving) return 'unavailable';
  return results.every((result) => result.status === 'up') ? 'ok' : 'degraded';
}

export interface ReadinessRegistryOptions {
  logger: Logger;
  metrics: ServiceMetrics;
  /** A check that has not answered within this time counts as down. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 2_000;

/**
 * Where modules register what readiness looks at (the persistence module adds the database, the
 * messaging module Kafka), so /health/ready needs no per-app wiring. Every report updates the
 * `readiness_dependency_state` metric and logs a dependency's changes of state — when it goes down and
 * when it is back — not every probe that finds it down.
 */
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];
  /** Calls that outlived their timeout: a check that hangs (a paused broker) is not stacked up meanwhile. */
  private readonly pending = new Map<string, number>();
  private readonly lastState = new Map<string, { status: DependencyState; since: number }>();
  private running?: Promise<ReadinessReport>;
  private watcher?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly options: ReadinessRegistryOptions) {}

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  /** Runs every check (concurrent callers share one run). */
  report(): Promise<ReadinessReport> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Reports every `intervalMs` too, so the metric and the log follow a dependency even when nobody probes. */
  watch(intervalMs: number): void {
    clearInterval(this.watcher);
    this.watcher = setInterval(() => void this.report(), intervalMs);
    this.watcher.unref();
    void this.report();
  }

  /**
   * At shutdown: no more watching, and no more logging or metrics — dependencies closing now are the
   * shutdown, not an outage. Probes still answer (503 once the database is closed).
   */
  stop(): void {
    this.stopped = true;
    clearInterval(this.watcher);
  }

  private async run(): Promise<ReadinessReport> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const results = await Promise.all(
      this.checks.map(
        async ({ name, required, anyOf, check, timeoutMs: own }): Promise<[string, CheckResult]> => {
          const group = anyOf === undefined ? {} : { anyOf };
          const hangingSince = this.pending.get(name);
          if (hangingSince !== undefined) {
            const seconds = Math.round((Date.now() - hangingSince) / 1000);
            return [
              name,
              { status: 'down', required, ...group, error: `${name} has not answered for ${seconds} s` },
            ];
          }
          const startedAt = Date.now();
          const call = check();
          try {
            const answer = await withTimeout(call, own ?? timeoutMs, name);
            return [name, { status: answer === 'degraded' ? 'degraded' : 'up', required, ...group }];
          } catch (error) {
            this.pending.set(name, startedAt);
            void call.catch(() => undefined).finally(() => this.pending.delete(name));
            return [name, { status: 'down', required, ...group, error: (error as Error).message }];
          }
        },
      ),
    );
    for (const [name, result] of results) this.record(name, result);
    const checks = Object.fromEntries(results);
    return { status: readinessStatus(Object.values(checks)), checks };
  }

  private record(name: string, result: CheckResult): void {
    if (this.stopped) return;
    const { logger, metrics } = this.options;
    for (const status of ['up', 'degraded', 'down'] as const) {
      metrics.dependencyState.set(
        { dependency: name, required: String(result.required), state: status },
        status === result.status ? 1 : 0,
      );
    }
    // Before the first report a dependency counts as up, so a healthy boot logs nothing.
    const previous = this.lastState.get(name) ?? { status: 'up', since: Date.now() };
    if (previous.status === result.status) {
      this.lastState.set(name, previous);
      return;
    }
    this.lastState.set(name, { status: result.status, since: Date.now() });
    const details = { dependency: name, required: result.required, state: result.status };
    if (result.status === 'up') {
      const seconds = Math.round((Date.now() - previous.since) / 1000);
      logger.info({ ...details, afterSeconds: seconds }, `${name} is up again`);
    } else if (result.status === 'degraded') {
      logger.warn(details, `${name} is degraded: it answers but reports trouble of its own`);
    } else {
      logger.warn(
        { ...details, error: result.error },
        result.required
          ? `${name} is down: not ready until it answers`
          : `${name} is down: still serving, readiness unaffected`,
      );
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
