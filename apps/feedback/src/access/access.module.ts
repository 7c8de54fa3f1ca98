import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EVENT_OWNERS, EventAccessInterceptor } from '@jiyn/auth';
import { FeedbackEventOwners } from './feedback-event-owners';

/**
 * Who may touch which event's feedback: routes naming their event in the body or query use
 * FeedbackEventOwners; any `:eventId` route is checked by EventAccessInterceptor.
 */
@Global()
@Module({
  providers: [
    FeedbackEventOwners,
    { provide: EVENT_OWNERS, useExisting: FeedbackEventOwners },
    { provide: APP_INTERCEPTOR, useClass: EventAccessInterceptor },
  ],
  exports: [FeedbackEventOwners],
})
export class AccessModule {}
