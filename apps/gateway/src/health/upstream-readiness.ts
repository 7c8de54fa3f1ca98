import type { ReadinessCheck } from '@jiyn/observability';
import { UPSTREAMS } from '../proxy/route-table';
import type { Upstreams } from '../proxy/upstreams';

/**
 * Longer than a service's own checks take to give up (2 s), so a service waiting on a paused broker
 * is heard saying "degraded" instead of being counted down itself.
 */
const UPSTREAM_TIMEOUT_MS = 4_000;

/**
 * One check per service behind the gateway: up when its /health/ready says ok, degraded when it still
 * serves with a dependency away (its Kafka), down when it answers 503 or not at all. None is required
 * on its own — each serves its own routes — so the gateway stays ready while any of them can serve (and its own database answers).
 */
export function upstreamReadinessChecks(upstreams: Upstreams): ReadinessCheck[] {
  return UPSTREAMS.map((name) => ({
    name,
    required: false,
    anyOf: 'services',
    timeoutMs: UPSTREAM_TIMEOUT_MS,
    check: async () => {
      const response = await upstreams.request(name, {
        method: 'GET',
        path: '/health/ready',
        headersTimeout: UPSTREAM_TIMEOUT_MS,
        bodyTimeout: UPSTREAM_TIMEOUT_MS,
      });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new Error(`${name} answered ${response.statusCode}`);
      }
      const body = (await response.body.json().catch(() => undefined)) as { status?: unknown } | undefined;
      return body?.status === 'degraded' ? 'degraded' : undefined;
    },
  }));
}
