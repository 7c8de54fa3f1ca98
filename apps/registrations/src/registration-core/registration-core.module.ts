import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { EventProjectionHandler } from './event-projection.handler';
import { OneStatementRegistration } from './one-statement-registration';
import { RegistrationChanges } from './registration-changes';
import { RegistrationEndings } from './registration-endings';
import { RegistrationTransitions } from './registration-transitions';
import { SeatLedger } from './seat-ledger';

/**
 * The core every registration feature builds on: the seat decision and the seat ledger, the lock
 * order, and the one way to change a registration together with its event. Features (sign-up,
 * lifecycle, check-in, session sign-ups, import, anonymisation, settings) import this module;
 * it imports none of them (RegistrationEndings lets them hook into a registration's end).
 * It also follows published events: a raised capacity passes seats to the waitlist here.
 */
@Module({
  imports: [EventProjectionModule],
  controllers: [EventProjectionHandler],
  providers: [
    RegistrationChanges,
    RegistrationTransitions,
    RegistrationEndings,
    SeatLedger,
    OneStatementRegistration,
  ],
  exports: [
    EventProjectionModule,
    RegistrationChanges,
    RegistrationTransitions,
    RegistrationEndings,
    SeatLedger,
    OneStatementRegistration,
  ],
})
export class RegistrationCoreModule {}
