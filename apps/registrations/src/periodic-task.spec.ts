import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { PeriodicTask } from './periodic-task';

describe(PeriodicTask.name, () => {
  it('should run one at a time, hand a call during a run that run, and wait for it on stop', async () => {
    let runs = 0;
    const task = new PeriodicTask(async () => {
      runs += 1;
      await sleep(30);
      return runs;
    });
    const [first, second] = await Promise.all([task.run(), task.run()]);
    expect([first, second, runs]).toEqual([1, 1, 1]);
    expect(await task.run()).toBe(2);

    const running = task.run();
    await task.stop();
    expect(runs).toBe(3);
    expect(await running).toBe(3);
  });

  it('should run on its interval, and never with 0', async () => {
    let runs = 0;
    const ticking = new PeriodicTask(async () => ++runs);
    ticking.start(10);
    await sleep(60);
    await ticking.stop();
    expect(runs).toBeGreaterThanOrEqual(2);

    let never = 0;
    const idle = new PeriodicTask(async () => ++never);
    idle.start(0);
    await sleep(30);
    await idle.stop();
    expect(never).toBe(0);
  });
});
