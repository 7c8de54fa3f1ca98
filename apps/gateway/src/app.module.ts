import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { internalTokenAccess, type ServiceRuntime } from '@jiyn/bootstrap';
import { ConfigModule } from '@jiyn/config';
import { ObservabilityModule, ReadinessRegistry } from '@jiyn/observability';
import { PersistenceModule } from '@jiyn/persistence';
import { GatewayScopeGuard, SCOPE_FROM_CATALOGUE } from './authorisation/gateway-scope.guard';
import { ScopeDeclarationsModule } from '@jiyn/auth';
import { RouteAuthorisation } from './authorisation/route-authorisation';
import { gatewayDatabase } from './database/database';
import { runtimeDatabaseUrl } from './database/runtime-role';
import { AgendaController } from './agenda/agenda.controller';
import { AccessTiming, AccessTimingModule } from './access/access-timing';
import { ApiKeyResolver } from './access/api-keys/api-key-resolver';
import { ApiKeysModule } from './access/api-keys/api-keys.module';
import { AuditModule } from './access/audit/audit.module';
import { AuthenticationGuard } from './access/authentication/authentication.guard';
import { BreakGlassKey } from './access/authentication/break-glass-key';
import { CREDENTIAL_RESOLVERS, type CredentialResolver } from './access/authentication/credential-resolver';
import { PeopleAccessModule } from './access/people/people-access.module';
import { SessionCookieResolver } from './access/sign-in/session-cookie.resolver';
import type { GatewayEnvironment } from './gateway.environment';
import { upstreamReadinessChecks } from './health/upstream-readiness';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { OwnRouteIdempotencyInterceptor } from './idempotency/own-route-idempotency.interceptor';
import { AsyncApiDocsController } from './asyncapi/asyncapi-docs.controller';
import { DocsController } from './openapi/docs.controller';
import { OpenApiAggregator } from './openapi/openapi-aggregator';
import { ProxyController } from './proxy/proxy.controller';
import { UPSTREAMS } from './proxy/route-table';
import { Upstreams } from './proxy/upstreams';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';

class UpstreamReadiness implements OnModuleInit {
  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly upstreams: Upstreams,
  ) {}

  onModuleInit(): void {
    upstreamReadinessChecks(this.upstreams).forEach((check) => this.registry.register(check));
  }
}

/** Metrics may be scraped with the internal token or the break-glass key. */
function metricsAccess(
  env: GatewayEnvironment,
  breakGlass: BreakGlassKey,
): (request: FastifyRequest) => boolean {
  const internal = internalTokenAccess(env.INTERNAL_TOKEN);
  return (request) => internal(request) || breakGlass.matches(request);
}

@Module({})
export class GatewayAppModule {
  static register(env: GatewayEnvironment, runtime: ServiceRuntime): DynamicModule {
    const upstreams = new Upstreams(env);
    const breakGlass = new BreakGlassKey(env.ADMIN_API_KEY);
    return {
      module: GatewayAppModule,
      imports: [
        ConfigModule.forRoot(env),
        AccessTimingModule,
        ObservabilityModule.forRoot({
          logger: runtime.logger,
          metrics: runtime.metrics,
          metricsAccess: metricsAccess(env, breakGlass),
        }),
        // Like every service, the gateway refuses to boot with a route that declares no scope.
        ScopeDeclarationsModule.alsoAccepting([SCOPE_FROM_CATALOGUE]),
        PersistenceModule.forRoot({
          ...gatewayDatabase(runtimeDatabaseUrl(env.DATABASE_URL), env.DATABASE_POOL_SIZE),
          statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        }),
        ApiKeysModule.register(upstreams),
        AuditModule.register({
          retentionDays: env.AUDIT_RETENTION_DAYS,
          purgeIntervalMinutes: env.AUDIT_PURGE_INTERVAL_MINUTES,
        }),
        RateLimitModule.register({
          apiKeyPerMinute: env.API_KEY_REQUESTS_PER_MINUTE,
          personPerMinute: env.PERSON_REQUESTS_PER_MINUTE,
          selfServicePerMinute: env.SELF_SERVICE_REQUESTS_PER_MINUTE,
          publicPerMinute: env.PUBLIC_REQUESTS_PER_MINUTE,
        }),
        PeopleAccessModule.register(env),
        IdempotencyModule.register({ ttlHours: env.IDEMPOTENCY_KEY_TTL_HOURS }),
      ],
      controllers: [DocsController, AsyncApiDocsController, AgendaController, ProxyController],
      providers: [
        { provide: Upstreams, useValue: upstreams },
        {
          provide: OpenApiAggregator,
          useValue: new OpenApiAggregator(upstreams, env.INTERNAL_TOKEN, (message) =>
            runtime.logger.warn(message),
          ),
        },
        {
          provide: RouteAuthorisation,
          inject: [OpenApiAggregator],
          useFactory: (documents: OpenApiAggregator) => new RouteAuthorisation(documents, UPSTREAMS),
        },
        {
          provide: UpstreamReadiness,
          inject: [ReadinessRegistry],
          useFactory: (registry: ReadinessRegistry) => new UpstreamReadiness(registry, upstreams),
        },
        // Asked in order; each access feature adds its own (API keys, sign-in sessions).
        {
          provide: CREDENTIAL_RESOLVERS,
          inject: [ApiKeyResolver, SessionCookieResolver],
          useFactory: (apiKeys: ApiKeyResolver, sessionCookie: SessionCookieResolver) => [
            breakGlass,
            apiKeys,
            sessionCookie,
          ],
        },
        {
          provide: APP_GUARD,
          inject: [Reflector, CREDENTIAL_RESOLVERS, AccessTiming],
          useFactory: (reflector: Reflector, resolvers: CredentialResolver[], timing: AccessTiming) =>
            timing.guard('authentication', new AuthenticationGuard(reflector, resolvers)),
        },
        // After authentication: budgets are per key, per person, or per address for the keyless.
        {
          provide: APP_GUARD,
          inject: [RateLimitGuard, AccessTiming],
          useFactory: (guard: RateLimitGuard, timing: AccessTiming) => timing.guard('rate-limit', guard),
        },
        // After authentication: gateway-native routes by their @RequiresScope, the proxy by its catalogue.
        {
          provide: APP_GUARD,
          inject: [Reflector, AccessTiming],
          useFactory: (reflector: Reflector, timing: AccessTiming) =>
            timing.guard('authorisation', new GatewayScopeGuard(reflector)),
        },
        // After the guards (the caller is known): Idempotency-Key on the gateway's own POST and PATCH.
        { provide: APP_INTERCEPTOR, useClass: OwnRouteIdempotencyInterceptor },
      ],
    };
  }
}
