import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { InternalAuthGuard, ScopeDeclarationsModule } from '@jiyn/auth';
import { internalTokenAccess } from './internal-token-access';
import { ConfigModule, type DataServiceEnvironment, type ServiceEnvironment } from '@jiyn/config';
import { MessagingModule } from '@jiyn/messaging';
import { ObservabilityModule } from '@jiyn/observability';
import { PersistenceModule, type ServiceDatabaseOptions } from '@jiyn/persistence';
import type { ServiceRuntime } from './service-app';

/** Every service route needs the gateway's internal token unless marked @Unguarded(). */
export function internalAuthGuard(env: ServiceEnvironment): Provider {
  return {
    provide: APP_GUARD,
    inject: [Reflector],
    useFactory: (reflector: Reflector) => new InternalAuthGuard(reflector, env.INTERNAL_TOKEN),
  };
}

export interface DataServiceModuleOptions {
  service: string;
  env: DataServiceEnvironment;
  runtime: ServiceRuntime;
  database: ServiceDatabaseOptions;
}

/**
 * The plumbing every data service shares: typed config, health and metrics, its database,
 * the outbox relay and the Kafka transport for its `@EventPattern` handlers, the internal-token
 * and scope guard, and the check that every route declares its scope. Apps add their features.
 */
export function dataServiceModules(options: DataServiceModuleOptions): {
  imports: (DynamicModule | typeof ScopeDeclarationsModule)[];
  providers: Provider[];
} {
  const { env, runtime } = options;
  return {
    imports: [
      ConfigModule.forRoot(env),
      ObservabilityModule.forRoot({
        logger: runtime.logger,
        metrics: runtime.metrics,
        metricsAccess: internalTokenAccess(env.INTERNAL_TOKEN),
      }),
      PersistenceModule.forRoot({
        ...options.database,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
        connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      }),
      MessagingModule.forRoot({
        service: options.service,
        schema: options.database.schema,
        databaseUrl: env.DATABASE_URL,
        brokers: env.KAFKA_BROKERS,
        groupPrefix: env.KAFKA_GROUP_PREFIX,
        newGroupStart: env.KAFKA_NEW_GROUP_START,
        pollIntervalMs: env.OUTBOX_POLL_INTERVAL_MS,
        retentionHours: env.OUTBOX_RETENTION_HOURS,
        inboxRetentionHours: env.INBOX_RETENTION_HOURS,
      }),
      // Refuses to boot while a route declares neither a scope nor why it needs none.
      ScopeDeclarationsModule,
    ],
    providers: [internalAuthGuard(env)],
  };
}
