import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { call } from './gateway-client';

const COMMITTED = new URL('../../../contracts/asyncapi/jiyn-events.json', import.meta.url);

describe('the event stream’s AsyncAPI document, served by the gateway', () => {
  it('should serve the committed document as JSON and YAML, to anyone', async () => {
    const json = await call('GET', '/asyncapi.json', { key: null });
    expect(json.status).toBe(200);
    expect(json.body).toEqual(JSON.parse(await readFile(COMMITTED, 'utf8')));
    const yaml = await call('GET', '/asyncapi.yaml', { key: null });
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(yaml.body).toBe(await readFile(new URL('jiyn-events.yaml', COMMITTED), 'utf8'));
  });

  it('should render it with AsyncAPI’s component, and serve only the bundle and styles the page loads', async () => {
    const page = await call('GET', '/docs/events', { key: null });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const assets = [...String(page.body).matchAll(/(?:src|href)="(\/docs\/events\/assets\/[^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets).toHaveLength(2);
    for (const asset of assets) {
      const served = await call('GET', asset, { key: null });
      expect(served.status).toBe(200);
      expect(String(served.body).length).toBeGreaterThan(10_000);
    }
    expect((await call('GET', '/docs/events/assets/package.json', { key: null })).status).toBe(404);
  });
});
