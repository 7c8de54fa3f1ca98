import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { ReadinessRegistry, readinessStatus, type CheckResult } from './health';
import { createLogger } from './logger';
import { ServiceMetrics } from './metrics';

function registry(timeoutMs = 2_000) {
  const lines: string[] = [];
  const logger = createLogger(
    'test',
    'info',
    new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }),
  );
  const metrics = new ServiceMetrics('test');
  const logged = () => lines.map((line) => JSON.parse(line) as { level: string; message: string });
  const metric = async (dependency: string) => {
    const { values } = await metrics.dependencyState.get();
    return Object.fromEntries(
      values.filter((v) => v.labels.dependency === dependency).map((v) => [v.labels.state, v.value]),
    );
  };
  return { registry: new ReadinessRegistry({ logger, metrics, timeoutMs }), logged, metric };
}

/** A dependency whose answer the test switches. */
function switchable(initially: 'up' | 'degraded' | 'down') {
  let state = initially;
  return {
    set: (next: typeof state) => void (state = next),
    check: async () => {
      if (state === 'down') throw new Error('connect ECONNREFUSED 127.0.0.1:9092');
      return state === 'degraded' ? ('degraded' as const) : undefined;
    },
  };
}

describe(readinessStatus.name, () => {
  const up = (required: boolean): CheckResult => ({ status: 'up', required });
  const down = (required: boolean): CheckResult => ({ status: 'down', required });
  const degraded = (required: boolean): CheckResult => ({ status: 'degraded', required });

  it('should be ok only when every dependency is up', () => {
    expect(readinessStatus([up(true), up(false)])).toBe('ok');
    expect(readinessStatus([])).toBe('ok');
  });

  it('should keep serving, degraded, when a dependency that is not required is down (a service without Kafka)', () => {
    expect(readinessStatus([up(true), down(false)])).toBe('degraded');
  });

  it('should not serve when a required dependency is down (a service without its database)', () => {
    expect(readinessStatus([down(true), up(false)])).toBe('unavailable');
    expect(readinessStatus([degraded(true), up(false)])).toBe('degraded');
  });

  it('should serve while any of a group of alternatives can (the gateway with some services away)', () => {
    const service = (result: CheckResult): CheckResult => ({ ...result, anyOf: 'services' });
    const db = up(true);
    expect(readinessStatus([db, service(down(false)), service(degraded(false))])).toBe('degraded');
    expect(readinessStatus([db, service(degraded(false)), service(degraded(false))])).toBe('degraded');
    expect(readinessStatus([db, service(down(false)), service(down(false))])).toBe('unavailable');
    expect(readinessStatus([down(true), service(up(false))])).toBe('unavailable');
    // Alone, an optional dependency down leaves the service serving.
    expect(readinessStatus([down(false), down(false)])).toBe('degraded');
  });
});

describe(ReadinessRegistry.name, () => {
  it('should report each dependency and whether the service serves', async () => {
    const { registry: readiness } = registry();
    readiness.register({ name: 'database', required: true, check: async () => undefined });
    readiness.register({
      name: 'kafka',
      required: false,
      check: async () => Promise.reject(new Error('connection refused')),
    });
    expect(await readiness.report()).toEqual({
      status: 'degraded',
      checks: {
        database: { status: 'up', required: true },
        kafka: { status: 'down', required: false, error: 'connection refused' },
      },
    });
  });

  it('should log when a dependency goes down and when it is back, not on every report', async () => {
    const { registry: readiness, logged } = registry();
    const kafka = switchable('up');
    readiness.register({ name: 'kafka', required: false, ...kafka });
    await readiness.report();
    expect(logged()).toEqual([]); // a healthy start says nothing

    kafka.set('down');
    for (let i = 0; i < 5; i += 1) await readiness.report();
    kafka.set('up');
    for (let i = 0; i < 5; i += 1) await readiness.report();

    expect(logged()).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'kafka is down: still serving, readiness unaffected',
        dependency: 'kafka',
        state: 'down',
        error: 'connect ECONNREFUSED 127.0.0.1:9092',
      }),
      expect.objectContaining({
        level: 'info',
        message: 'kafka is up again',
        dependency: 'kafka',
        state: 'up',
      }),
    ]);
  });

  it('should say a required dependency being down makes the service unready', async () => {
    const { registry: readiness, logged } = registry();
    readiness.register({ name: 'database', required: true, ...switchable('down') });
    expect((await readiness.report()).status).toBe('unavailable');
    expect(logged()).toEqual([
      expect.objectContaining({ level: 'warn', message: 'database is down: not ready until it answers' }),
    ]);
  });

  it('should log a degraded upstream once, and its fall from degraded to down', async () => {
    const { registry: readiness, logged } = registry();
    const sessions = switchable('degraded');
    readiness.register({ name: 'sessions', required: false, ...sessions });
    await readiness.report();
    await readiness.report();
    sessions.set('down');
    await readiness.report();
    expect(logged().map((line) => line.message)).toEqual([
      'sessions is degraded: it answers but reports trouble of its own',
      'sessions is down: still serving, readiness unaffected',
    ]);
  });

  it('should keep the current state of each dependency in the readiness_dependency_state metric', async () => {
    const { registry: readiness, metric } = registry();
    const kafka = switchable('up');
    readiness.register({ name: 'kafka', required: false, ...kafka });
    await readiness.report();
    expect(await metric('kafka')).toEqual({ up: 1, degraded: 0, down: 0 });
    kafka.set('down');
    await readiness.report();
    expect(await metric('kafka')).toEqual({ up: 0, degraded: 0, down: 1 });
  });

  it('should treat a check that hangs as down after its timeout, and not call it again while it hangs', async () => {
    const { registry: readiness } = registry(50);
    let calls = 0;
    readiness.register({
      name: 'slow',
      required: false,
      check: () => {
        calls += 1;
        return new Promise(() => undefined);
      },
    });
    const first = await readiness.report();
    expect(first.checks['slow']).toEqual({
      status: 'down',
      required: false,
      error: 'slow did not answer within 50 ms',
    });
    const second = await readiness.report();
    expect(second.checks['slow']?.error).toMatch(/^slow has not answered for \d+ s$/);
    expect(calls).toBe(1);
  });

  it('should call a check that failed fast again on the next report', async () => {
    const { registry: readiness } = registry();
    let calls = 0;
    readiness.register({
      name: 'database',
      required: true,
      check: async () => {
        calls += 1;
        if (calls === 1) throw new Error('connection terminated');
      },
    });
    expect((await readiness.report()).status).toBe('unavailable');
    expect((await readiness.report()).status).toBe('ok');
  });

  it('should share one run between probes that arrive together', async () => {
    const { registry: readiness } = registry();
    let calls = 0;
    readiness.register({ name: 'database', required: true, check: async () => void (calls += 1) });
    const reports = await Promise.all([readiness.report(), readiness.report(), readiness.report()]);
    expect(reports.every((report) => report.status === 'ok')).toBe(true);
    expect(calls).toBe(1);
  });

  it('should stop logging once stopped, since dependencies closing at shutdown are no outage', async () => {
    const { registry: readiness, logged } = registry();
    const database = switchable('up');
    readiness.register({ name: 'database', required: true, ...database });
    await readiness.report();
    readiness.stop();
    database.set('down');
    expect((await readiness.report()).status).toBe('unavailable');
    expect(logged()).toEqual([]);
  });
});
