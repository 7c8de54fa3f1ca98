import { Pool, type Dispatcher } from 'undici';
import type { GatewayEnvironment } from '../gateway.environment';
import { UPSTREAMS, type UpstreamName } from './route-table';

/** One keep-alive connection pool per service. */
export class Upstreams {
  private readonly pools: Record<UpstreamName, Pool>;

  constructor(env: GatewayEnvironment) {
    const urls: Record<UpstreamName, string> = {
      sessions: env.SESSIONS_URL,
      registrations: env.REGISTRATIONS_URL,
      speakers: env.SPEAKERS_URL,
      feedback: env.FEEDBACK_URL,
      notifications: env.NOTIFICATIONS_URL,
    };
    this.pools = Object.fromEntries(
      UPSTREAMS.map((name) => [
        name,
        new Pool(urls[name], { connections: 64, keepAliveTimeout: 30_000, pipelining: 1 }),
      ]),
    ) as Record<UpstreamName, Pool>;
  }

  request(upstream: UpstreamName, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData> {
    return this.pools[upstream].request(options);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.pools).map((pool) => pool.close()));
  }
}
