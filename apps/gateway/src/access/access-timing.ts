import {
  Global,
  Injectable,
  Module,
  type CanActivate,
  type ExecutionContext,
  type OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Histogram } from 'prom-client';
import { ServiceMetrics } from '@jiyn/observability';

/** What the gateway does for access on a request, beside routing it. */
export type AccessStep = 'authentication' | 'rate-limit' | 'authorisation' | 'audit';

declare module 'fastify' {
  interface FastifyRequest {
    /** Milliseconds this request spent in each access step (see AccessTiming). */
    accessMs?: Partial<Record<AccessStep, number>>;
  }
}

export const ACCESS_OVERHEAD_METRIC = 'gateway_access_overhead_seconds';

/** Fine around the target (0.3 ms at the median), coarse beyond. */
const BUCKETS_MS = [
  0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 25, 50, 100, 250,
  1000,
];

/**
 * What authentication, rate limiting, authorisation and the audit entry add to each authenticated
 * request: wall-clock time spent in each step, waits for the database included, observed per step,
 * as the checks before forwarding (`step="checks"`: authentication, rate limit and authorisation)
 * and as everything (`step="total"`, the audit entry's write too) once the answer is sent. The
 * registrations benchmark reads the medians from /metrics.
 */
@Injectable()
export class AccessTiming implements OnModuleInit {
  private readonly histogram: Histogram<'step'>;

  constructor(
    metrics: ServiceMetrics,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.histogram = new Histogram({
      name: ACCESS_OVERHEAD_METRIC,
      help: 'Time authenticated requests spent in access steps at the gateway (authentication, rate-limit, authorisation, audit; checks = the first three; total)',
      labelNames: ['step'] as const,
      buckets: BUCKETS_MS.map((ms) => ms / 1000),
      registers: [metrics.registry],
    });
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, _reply, done) => {
      const times = request.accessMs;
      // Only requests that authenticated: public reads and refused credentials are not the overhead asked about.
      if (times && request.principal) {
        let total = 0;
        for (const [step, ms] of Object.entries(times)) {
          this.histogram.observe({ step }, ms / 1000);
          total += ms;
        }
        const checks = total - (times.audit ?? 0);
        this.histogram.observe({ step: 'checks' }, checks / 1000);
        this.histogram.observe({ step: 'total' }, total / 1000);
      }
      done();
    });
  }

  /** Runs `work`, adding the time it takes to the request's step. */
  async time<T>(request: FastifyRequest, step: AccessStep, work: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      const times = (request.accessMs ??= {});
      times[step] = (times[step] ?? 0) + performance.now() - started;
    }
  }

  /** The guard, timed as one step. */
  guard(
    step: AccessStep,
    guard: { canActivate(context: ExecutionContext): boolean | Promise<boolean> },
  ): CanActivate {
    return {
      canActivate: (context) =>
        this.time(context.switchToHttp().getRequest<FastifyRequest>(), step, () =>
          guard.canActivate(context),
        ),
    };
  }
}

/** AccessTiming for the app's guards, the proxy and the audit recorder alike. */
@Global()
@Module({ providers: [AccessTiming], exports: [AccessTiming] })
export class AccessTimingModule {}
