import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { internalTokenAccess, type ServiceRuntime } from '@jiyn/bootstrap';
import { ConfigModule } from '@jiyn/config';
import { ObservabilityModule, ReadinessRegistry } from '@jiyn/observability';
import { AgendaController } from './agenda/agenda.controller';
import { ApiKeyGuard, presentedKey } from './auth/api-key.guard';
import { digestSecret, secretMatches } from '@jiyn/auth';
import type { GatewayEnvironment } from './gateway.environment';
import { upstreamReadinessChecks } from './health/upstream-readiness';
import { DocsController } from './openapi/docs.controller';
import { OpenApiAggregator } from './openapi/openapi-aggregator';
import { ProxyController } from './proxy/proxy.controller';
import { Upstreams } from './proxy/upstreams';

class UpstreamReadiness implements OnModuleInit {
  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly upstreams: Upstreams,
  ) {}

  onModuleInit(): void {
    upstreamReadinessChecks(this.upstreams).forEach((check) => this.registry.register(check));
  }
}

/** Metrics may be scraped with the internal token or the admin key. */
function metricsAccess(env: GatewayEnvironment): (request: FastifyRequest) => boolean {
  const internal = internalTokenAccess(env.INTERNAL_TOKEN);
  const admin = digestSecret(env.ADMIN_API_KEY);
  return (request) => internal(request) || secretMatches(presentedKey(request), admin);
}

@Module({})
export class GatewayAppModule {
  static register(env: GatewayEnvironment, runtime: ServiceRuntime): DynamicModule {
    const upstreams = new Upstreams(env);
    return {
      module: GatewayAppModule,
      imports: [
        ConfigModule.forRoot(env),
        ObservabilityModule.forRoot({
          logger: runtime.logger,
          metrics: runtime.metrics,
          metricsAccess: metricsAccess(env),
        }),
      ],
      controllers: [DocsController, AgendaController, ProxyController],
      providers: [
        { provide: Upstreams, useValue: upstreams },
        { provide: OpenApiAggregator, useValue: new OpenApiAggregator(upstreams, env.INTERNAL_TOKEN) },
        {
          provide: UpstreamReadiness,
          inject: [ReadinessRegistry],
          useFactory: (registry: ReadinessRegistry) => new UpstreamReadiness(registry, upstreams),
        },
        {
          provide: APP_GUARD,
          inject: [Reflector],
          useFactory: (reflector: Reflector) => new ApiKeyGuard(reflector, env.ADMIN_API_KEY),
        },
      ],
    };
  }
}
