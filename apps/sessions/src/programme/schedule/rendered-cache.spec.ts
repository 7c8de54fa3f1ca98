import { describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { RenderedCache } from './rendered-cache';

describe(RenderedCache.name, () => {
  it('should render once per key and serve the same bytes, plain and gzipped', async () => {
    const cache = new RenderedCache();
    let renders = 0;
    const render = async () => ({
      contentType: 'application/json',
      body: JSON.stringify({ n: ++renders, text: 'Шығармашылық' }),
    });
    const first = await cache.getOrRender('e.1.kk.json', render);
    const second = await cache.getOrRender('e.1.kk.json', render);
    expect(renders).toBe(1);
    expect(second).toBe(first);
    expect(gunzipSync(first.gzipped).toString('utf8')).toBe(first.body.toString('utf8'));
  });

  it('should drop the least recently used entries beyond its byte budget', async () => {
    const cache = new RenderedCache(2_000);
    let renders = 0;
    const big = async () => ({ contentType: 'text/plain', body: `${++renders}`.padEnd(700, 'x') });
    await cache.getOrRender('a', big);
    await cache.getOrRender('b', big);
    await cache.getOrRender('a', big); // a is now the most recent
    await cache.getOrRender('c', big); // over budget: b goes
    expect(renders).toBe(3);
    await cache.getOrRender('a', big);
    expect(renders).toBe(3);
    await cache.getOrRender('b', big);
    expect(renders).toBe(4);
  });
});
