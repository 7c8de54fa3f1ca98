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
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { Unguarded } from '@jiyn/auth';
import { ReadinessRegistry } from './health';
import { ServiceMetrics } from './metrics';

export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
const METRICS_ACCESS = Symbol('METRICS_ACCESS');

/** Decides whether a scrape may read /metrics (services: the internal token; gateway: an admin key too). */
export type MetricsAccess = (request: FastifyRequest) => boolean;

/** Probes answer without credentials; they reveal only up/down per dependency. */
@Unguarded()
@Controller('health')
class HealthController {
  constructor(
    private readonly readiness: ReadinessRegistry,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when every dependency answers, 503 otherwise; errors are logged, only names and states are shown. */
  @Get('ready')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const report = await this.readiness.report();
    const checks = Object.fromEntries(Object.entries(report.checks).map(([name, r]) => [name, r.status]));
    if (report.status !== 'ok') this.logger.warn({ checks: report.checks }, 'not ready');
    await reply.status(report.status === 'ok' ? 200 : 503).send({ status: report.status, checks });
  }
}

/** Checks its own credentials (MetricsAccess), since services and the gateway accept different ones. */
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
        { provide: ReadinessRegistry, useValue: new ReadinessRegistry() },
      ],
      exports: [SERVICE_LOGGER, ServiceMetrics, ReadinessRegistry],
    };
  }
}
