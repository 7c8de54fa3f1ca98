import { Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReadinessRegistry } from '@jiyn/observability';
import { createServiceDataSource, type ServiceDatabaseOptions } from './data-source';

class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readiness: ReadinessRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
    this.readiness.register({
      name: 'database',
      required: true,
      check: async () => void (await this.dataSource.query('SELECT 1')),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Provides the service's DataSource (connected at boot, closed at shutdown) and its readiness check. */
@Module({})
export class PersistenceModule {
  static forRoot(options: ServiceDatabaseOptions): DynamicModule {
    return {
      module: PersistenceModule,
      global: true,
      providers: [
        { provide: DataSource, useFactory: () => createServiceDataSource(options) },
        {
          provide: DatabaseLifecycle,
          inject: [DataSource, ReadinessRegistry],
          useFactory: (dataSource: DataSource, readiness: ReadinessRegistry) =>
            new DatabaseLifecycle(dataSource, readiness),
        },
      ],
      exports: [DataSource],
    };
  }
}
