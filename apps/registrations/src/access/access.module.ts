import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EVENT_OWNERS, EventAccessInterceptor } from '@jiyn/auth';
import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { RegistrationAccess } from './registration-access';
import { RegistrationAccessInterceptor } from './registration-access.interceptor';
import { RegistrationViews } from './registration-views';
import { RegistrationsEventOwners } from './registrations-event-owners';

/**
 * Who may touch which event's registrations: every `:eventId`, registration `:id` and `:checkInId`
 * route is checked against the owning organisation before its handler runs; the rest (body event
 * ids, lists, views) use RegistrationAccess, `reachedEvents` and RegistrationViews. Global: every
 * feature module needs it.
 */
@Global()
@Module({
  imports: [CheckInKeysModule],
  providers: [
    RegistrationsEventOwners,
    RegistrationAccess,
    RegistrationViews,
    { provide: EVENT_OWNERS, useExisting: RegistrationsEventOwners },
    { provide: APP_INTERCEPTOR, useClass: EventAccessInterceptor },
    { provide: APP_INTERCEPTOR, useClass: RegistrationAccessInterceptor },
  ],
  exports: [RegistrationsEventOwners, RegistrationAccess, RegistrationViews],
})
export class AccessModule {}
