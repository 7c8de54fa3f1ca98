import { describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { randomInt } from 'node:crypto';
import { call, platform } from './gateway-client';

/**
 * The keyless self-service routes are limited per client address (120 requests a minute here).
 * The test platform trusts 127.0.0.1 as a proxy, the way a deployment trusts its load balancer.
 */
const LIMIT = 120;

function selfRequest(options: {
  localAddress?: string;
  forwardedFor?: string;
  language?: string;
}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL('/api/v1/self/registrations/me', platform().baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        localAddress: options.localAddress,
        headers: {
          ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
          ...(options.language ? { 'accept-language': options.language } : {}),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function statuses(count: number, next: () => Promise<{ status: number }>): Promise<number[]> {
  const seen: number[] = [];
  for (let sent = 0; sent < count; sent += 10)
    seen.push(
      ...(await Promise.all(Array.from({ length: Math.min(10, count - sent) }, next))).map((r) => r.status),
    );
  return seen;
}

/**
 * Budgets are per 60-second window of the clock (shared by every gateway through PostgreSQL, on this
 * machine's clock): a burst that straddled a window's end would start afresh. Waits for a window with
 * time enough for the burst.
 */
async function freshWindow(burstSeconds = 20): Promise<void> {
  const intoWindow = (Date.now() / 1000) % 60;
  if (intoWindow > 60 - burstSeconds)
    await new Promise((resolve) => setTimeout(resolve, (61 - intoWindow) * 1000));
}

const documentationAddress = () => `198.51.100.${randomInt(1, 255)}`;

describe('self-service rate limit through the gateway', () => {
  it('should limit each client behind a trusted proxy by its forwarded address, not the proxy’s', async () => {
    const client = documentationAddress();
    const neighbour = `203.0.113.${randomInt(1, 255)}`;
    await freshWindow();
    const answers = await statuses(LIMIT, () => selfRequest({ forwardedFor: client }));
    expect(answers.filter((status) => status === 429)).toEqual([]);
    expect(new Set(answers)).toEqual(new Set([401])); // no token: the registrations service says so

    const over = await selfRequest({ forwardedFor: client, language: 'ru' });
    expect(over.status).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(JSON.parse(over.body)).toMatchObject({
      type: 'https://jiyn.kz/problems/rate-limited',
      status: 429,
      detail: expect.stringContaining('Слишком много запросов'),
    });

    // Others behind the same proxy, and keyed callers, go on.
    expect((await selfRequest({ forwardedFor: neighbour })).status).toBe(401);
    expect((await call('GET', '/api/v1/registrations?limit=1')).status).toBe(200);
  }, 60_000);

  it('should not let a client that talks to the gateway directly choose its address', async () => {
    // 127.0.0.2 is no trusted proxy: whatever it puts in X-Forwarded-For, it is 127.0.0.2.
    await freshWindow();
    const answers = await statuses(LIMIT + 1, () =>
      selfRequest({ localAddress: '127.0.0.2', forwardedFor: documentationAddress() }),
    );
    expect(answers.slice(0, LIMIT).filter((status) => status === 429)).toEqual([]);
    expect(answers[LIMIT]).toBe(429);
  }, 60_000);
});
