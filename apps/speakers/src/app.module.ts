import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EVENT_OWNERS, EventAccessInterceptor } from '@jiyn/auth';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { SpeakerAccessInterceptor } from './access/speaker-access.interceptor';
import { SpeakersEventOwners } from './access/speakers-event-owners';
import { speakersDatabase } from './database/database';
import { AgendasModule } from './agendas/agendas.module';
import { ProposalsModule } from './proposals/proposals.module';
import { RecipientContactsModule } from './recipient-contacts/recipient-contacts.module';
import { SpeakersModule } from './speakers/speakers.module';
import type { SpeakersEnvironment } from './speakers.environment';

@Module({})
export class SpeakersAppModule {
  static register(env: SpeakersEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'speakers',
      env,
      runtime,
      database: speakersDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
    });
    return {
      module: SpeakersAppModule,
      imports: [...shared.imports, SpeakersModule, AgendasModule, ProposalsModule, RecipientContactsModule],
      providers: [
        ...shared.providers,
        { provide: EVENT_OWNERS, useClass: SpeakersEventOwners },
        { provide: APP_INTERCEPTOR, useClass: EventAccessInterceptor },
        { provide: APP_INTERCEPTOR, useClass: SpeakerAccessInterceptor },
      ],
    };
  }
}
