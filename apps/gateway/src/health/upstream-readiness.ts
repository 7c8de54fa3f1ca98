import type { ReadinessCheck } from '@jiyn/observability';
import { UPSTREAMS } from '../proxy/route-table';
import type { Upstreams } from '../proxy/upstreams';

/** The gateway is ready when every service behind it says it is. */
export function upstreamReadinessChecks(upstreams: Upstreams): ReadinessCheck[] {
  return UPSTREAMS.map((name) => ({
    name,
    check: async () => {
      const response = await upstreams.request(name, {
        method: 'GET',
        path: '/health/ready',
        headersTimeout: 2_000,
      });
      await response.body.dump();
      if (response.statusCode !== 200) throw new Error(`${name} answered ${response.statusCode}`);
    },
  }));
}
