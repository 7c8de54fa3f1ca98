import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EVENT_OWNERS, EventAccessInterceptor } from '@jiyn/auth';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { sessionsDatabase } from './database/database';
import { SessionsEventOwners } from './events/event-owners';
import { EventsModule } from './events/events.module';
import { ProgrammeModule } from './programme/programme.module';
import type { SessionsEnvironment } from './sessions.environment';

@Module({})
export class SessionsAppModule {
  static register(env: SessionsEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'sessions',
      env,
      runtime,
      database: sessionsDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
    });
    return {
      module: SessionsAppModule,
      imports: [...shared.imports, EventsModule, ProgrammeModule],
      providers: [
        ...shared.providers,
        { provide: EVENT_OWNERS, useClass: SessionsEventOwners },
        { provide: APP_INTERCEPTOR, useClass: EventAccessInterceptor },
      ],
    };
  }
}
