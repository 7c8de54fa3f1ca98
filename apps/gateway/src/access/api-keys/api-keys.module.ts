import {
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { GatewayEnvironment } from '../../gateway.environment';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PartnerGrants } from '../organisations/partner-grants';
import type { Upstreams } from '../../proxy/upstreams';
import { ApiKeyResolver } from './api-key-resolver';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { CredentialChangeFeed } from './credential-change-feed';
import { LocalCredentialChanges } from './local-credential-changes';

/** Starts the change feed once the database is up; flushes recorded uses before it closes. */
class ApiKeyCacheLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly resolver: ApiKeyResolver,
    private readonly feed: CredentialChangeFeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.resolver.start();
    await this.feed.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.feed.stop();
    await this.resolver.stop();
  }
}

/** API keys: management routes and the credential resolver the authentication guard asks. */
@Module({})
export class ApiKeysModule {
  static register(upstreams: Upstreams): DynamicModule {
    return {
      module: ApiKeysModule,
      imports: [OrganisationsModule.register(upstreams)],
      controllers: [ApiKeysController],
      providers: [
        ApiKeysRepository,
        {
          provide: ApiKeyResolver,
          inject: [ApiKeysRepository, PartnerGrants, LocalCredentialChanges],
          useFactory: (keys: ApiKeysRepository, partners: PartnerGrants, local: LocalCredentialChanges) => {
            const resolver = new ApiKeyResolver(keys, partners);
            // This gateway's own changes reach its cache before the answer; others' via the feed.
            local.subscribe((subject) => resolver.invalidate(subject));
            return resolver;
          },
        },
        {
          provide: CredentialChangeFeed,
          inject: [DataSource, GatewayEnvironment, ApiKeyResolver, SERVICE_LOGGER],
          useFactory: (
            dataSource: DataSource,
            env: GatewayEnvironment,
            resolver: ApiKeyResolver,
            logger: Logger,
          ) =>
            new CredentialChangeFeed(
              dataSource,
              { databaseUrl: env.DATABASE_URL },
              (subject) => resolver.invalidate(subject),
              logger,
            ),
        },
        {
          provide: ApiKeyCacheLifecycle,
          inject: [ApiKeyResolver, CredentialChangeFeed],
          useFactory: (resolver: ApiKeyResolver, feed: CredentialChangeFeed) =>
            new ApiKeyCacheLifecycle(resolver, feed),
        },
      ],
      exports: [ApiKeyResolver, CredentialChangeFeed],
    };
  }
}
