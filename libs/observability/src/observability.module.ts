import {
  Controller,
  Get,
  Header,
  Inject,
  Module,
  Res,
  UnauthorizedException,
  Req,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { Unguarded } from '@jiyn/auth';
import { ReadinessRegistry } from './health';
import { ServiceMetrics } from './metrics';

export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
const METRICS_ACCESS = Symbol('METRICS_ACCESS');

/** Decides whether a scrape may read /metrics (services: the internal token; gateway: an admin key too). */
export type MetricsAccess = (request: FastifyRequest) => boolean;

/** How often readiness is checked when nobody probes, so the metric and the log stay current. */
const READINESS_WATCH_INTERVAL_MS = 10_000;

/** Probes answer without credentials; they reveal only a state per dependency, never its error. */
@ApiExcludeController()
@Unguarded()
@Controller('health')
class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * 200 while the service can serve its API (status ok, or degraded with a dependency such as Kafka
   * away), 503 when it cannot. Changes of state are logged by the registry, not per probe.
   */
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const report = await this.readiness.report();
    const checks = Object.fromEntries(Object.entries(report.checks).map(([name, r]) => [name, r.status]));
    await reply.status(report.status === 'unavailable' ? 503 : 200).send({ status: report.status, checks });
  }
}

/** Watches readiness from boot (every check registered by then) until shutdown begins. */
class ReadinessWatch implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(private readonly readiness: ReadinessRegistry) {}

  onApplicationBootstrap(): void {
    this.readiness.watch(READINESS_WATCH_INTERVAL_MS);
  }

  /** Before the database and Kafka clients close, so closing them is not logged as an outage. */
  onModuleDestroy(): void {
    this.readiness.stop();
  }
}

/** Checks its own credentials (MetricsAccess), since services and the gateway accept different ones. */
@ApiExcludeController()
@Unguarded()
@Controller('metrics')
class MetricsController {
  constructor(
    private readonly metrics: ServiceMetrics,
    @Inject(METRICS_ACCESS) private readonly mayRead: MetricsAccess,
  ) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Req() request: FastifyRequest): Promise<string> {
    if (!this.mayRead(request)) throw new UnauthorizedException();
    return this.metrics.registry.metrics();
  }
}

export interface ObservabilityOptions {
  logger: Logger;
  metrics: ServiceMetrics;
  metricsAccess: MetricsAccess;
}

/** Health (/health/live, /health/ready) and Prometheus metrics (/metrics) for one service. */
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_LOGGER, useValue: options.logger },
        { provide: ServiceMetrics, useValue: options.metrics },
        { provide: METRICS_ACCESS, useValue: options.metricsAccess },
        {
          provide: ReadinessRegistry,
          useValue: new ReadinessRegistry({ logger: options.logger, metrics: options.metrics }),
        },
        { provide: ReadinessWatch, inject: [ReadinessRegistry], useFactory: (r) => new ReadinessWatch(r) },
      ],
      exports: [SERVICE_LOGGER, ServiceMetrics, ReadinessRegistry],
    };
  }
}
