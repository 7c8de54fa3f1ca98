import { Module, type DynamicModule } from '@nestjs/common';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { registrationsDatabase } from './database/database';
import { EventPublishedConsumer } from './event-projection/event-published.consumer';
import { ImportExportModule } from './import-export/import-export.module';
import { RegistrationsModule } from './registrations/registrations.module';
import type { RegistrationsEnvironment } from './registrations.environment';

@Module({})
export class RegistrationsAppModule {
  static register(env: RegistrationsEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'registrations',
      env,
      runtime,
      database: registrationsDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
      consumers: [EventPublishedConsumer],
    });
    return {
      module: RegistrationsAppModule,
      imports: [...shared.imports, RegistrationsModule, ImportExportModule],
      providers: shared.providers,
    };
  }
}
