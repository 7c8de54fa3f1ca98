import { describe, expect, it, jest } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { BriefCache } from './brief-cache';

describe(BriefCache.name, () => {
  it('should load once for concurrent and repeated reads within its lifetime, then again', async () => {
    const cache = new BriefCache<number>(50);
    const load = jest.fn(async () => 7);
    expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([7, 7]);
    expect(await cache.get('a', load)).toBe(7);
    expect(load).toHaveBeenCalledTimes(1);
    await sleep(60);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('should not remember null, failures, or a forgotten key', async () => {
    const cache = new BriefCache<number>(10_000);
    const missing = jest.fn(async () => null);
    await cache.get('gone', missing);
    await cache.get('gone', missing);
    expect(missing).toHaveBeenCalledTimes(2);

    const failing = jest.fn(async (): Promise<number> => {
      throw new Error('database away');
    });
    await expect(cache.get('x', failing)).rejects.toThrow('database away');
    await expect(cache.get('x', failing)).rejects.toThrow('database away');
    expect(failing).toHaveBeenCalledTimes(2);

    const load = jest.fn(async () => 1);
    await cache.get('k', load);
    cache.forget('k');
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
