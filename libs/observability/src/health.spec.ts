import { describe, expect, it } from '@jest/globals';
import { ReadinessRegistry } from './health';

describe(ReadinessRegistry.name, () => {
  it('should be ready only when every check answers', async () => {
    const registry = new ReadinessRegistry();
    registry.register({ name: 'database', check: async () => undefined });
    expect((await registry.report()).status).toBe('ok');

    registry.register({ name: 'kafka', check: async () => Promise.reject(new Error('connection refused')) });
    const report = await registry.report();
    expect(report.status).toBe('unavailable');
    expect(report.checks['database']).toEqual({ status: 'up' });
    expect(report.checks['kafka']).toEqual({ status: 'down', error: 'connection refused' });
  });

  it('should treat a check that hangs as down after the timeout', async () => {
    const registry = new ReadinessRegistry();
    registry.register({ name: 'slow', check: () => new Promise(() => undefined) });
    const report = await registry.report(50);
    expect(report.checks['slow']?.status).toBe('down');
    expect(report.checks['slow']?.error).toMatch(/did not answer within 50 ms/);
  });
});
