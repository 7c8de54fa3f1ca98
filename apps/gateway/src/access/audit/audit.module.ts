import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { SERVICE_LOGGER } from '@jiyn/observability';
import { AuditController } from './audit.controller';
import { AuditRecorder } from './audit-recorder';
import { AuditRetention } from './audit-retention';
import { AuditWriter } from './audit-writer';

export interface AuditSettings {
  retentionDays: number;
  purgeIntervalMinutes: number;
}

/** The audit log: recorded at the gateway for every replica, read and exported per organisation. */
@Module({})
export class AuditModule {
  static register(settings: AuditSettings): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditController],
      providers: [
        AuditWriter,
        AuditRecorder,
        {
          provide: AuditRetention,
          inject: [DataSource, SERVICE_LOGGER],
          useFactory: (dataSource: DataSource, logger: Logger) =>
            new AuditRetention(
              dataSource,
              settings.retentionDays,
              settings.purgeIntervalMinutes * 60_000,
              logger,
            ),
        },
      ],
      exports: [AuditWriter, AuditRetention],
    };
  }
}
