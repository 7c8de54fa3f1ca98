import { Module, type DynamicModule } from '@nestjs/common';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { AccessModule } from './access/access.module';
import { AnonymisationModule } from './anonymisation/anonymisation.module';
import { registrationsDatabase } from './database/database';
import { CheckInModule } from './check-in/check-in.module';
import { EventSettingsModule } from './event-settings/event-settings.module';
import { RegistrationChangesModule } from './registration-changes/registration-changes.module';
import { ImportExportModule } from './import-export/import-export.module';
import { OfferLinksModule } from './offer-links/offer-links.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { SelfSessionSignUpsModule } from './session-sign-ups/self-session-sign-ups.module';
import { SessionSignUpsModule } from './session-sign-ups/session-sign-ups.module';
import { SelfTokensModule } from './self-tokens/self-tokens.module';
import type { RegistrationsEnvironment } from './registrations.environment';

@Module({})
export class RegistrationsAppModule {
  static register(env: RegistrationsEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'registrations',
      env,
      runtime,
      database: registrationsDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
    });
    return {
      module: RegistrationsAppModule,
      imports: [
        ...shared.imports,
        AccessModule,
        RegistrationsModule,
        EventSettingsModule,
        SessionSignUpsModule,
        SelfSessionSignUpsModule,
        CheckInModule,
        RegistrationChangesModule,
        AnonymisationModule,
        ImportExportModule,
        OfferLinksModule,
        SelfTokensModule,
      ],
      providers: shared.providers,
    };
  }
}
