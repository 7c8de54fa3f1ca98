/** A dependency the service needs before it can take traffic (database, Kafka, downstream services). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'up' | 'down'; error?: string }>;
}

/**
 * Where modules register what readiness depends on (the persistence module adds the database,
 * the messaging module adds Kafka), so /health/ready needs no per-app wiring.
 */
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  report(timeoutMs = 2000): Promise<ReadinessReport> {
    return runReadinessChecks(this.checks, timeoutMs);
  }
}

export async function runReadinessChecks(
  checks: ReadinessCheck[],
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), timeoutMs, name);
        return [name, { status: 'up' as const }] as const;
      } catch (error) {
        return [name, { status: 'down' as const, error: (error as Error).message }] as const;
      }
    }),
  );
  const allUp = results.every(([, result]) => result.status === 'up');
  return { status: allUp ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
