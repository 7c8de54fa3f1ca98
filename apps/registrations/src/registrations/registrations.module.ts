import { Module } from '@nestjs/common';
import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { EventProjectionHandler } from '../event-projection/event-projection.handler';
import { EventSettingsHttpController } from '../event-settings/event-settings.http.controller';
import { EventSettingsService } from '../event-settings/event-settings.service';
import { SessionSignUpsModule } from '../session-sign-ups/session-sign-ups.module';
import { ManagementTokenAuth } from './management-token';
import { OfferSweeper } from './offer-sweeper';
import { OneStatementRegistration } from './one-statement-registration';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationTransitions } from './registration-transitions';
import { RegistrationFormsModule } from '../registration-forms/registration-forms.module';
import { RegistrationsHttpController } from './registrations.http.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { SeatLedger } from './seat-ledger';
import { SeatsHttpController } from './seats.http.controller';
import { SelfRegistrationsHttpController } from './self-registrations.http.controller';

@Module({
  imports: [EventProjectionModule, CheckInKeysModule, SessionSignUpsModule, RegistrationFormsModule],
  controllers: [
    RegistrationsHttpController,
    SelfRegistrationsHttpController,
    EventSettingsHttpController,
    SeatsHttpController,
    // Here rather than in EventProjectionModule: a raised capacity passes seats to the waitlist.
    EventProjectionHandler,
  ],
  providers: [
    RegistrationsService,
    RegistrationsRepository,
    RegistrationLifecycleService,
    RegistrationTransitions,
    SeatLedger,
    OneStatementRegistration,
    ManagementTokenAuth,
    OfferSweeper,
    EventSettingsService,
  ],
  // ManagementTokenAuth: other self-service features (session sign-ups) resolve the same token;
  // RegistrationsService.upsertParticipant: the importer, row by row; the repository: list exports.
  exports: [
    RegistrationsService,
    RegistrationsRepository,
    RegistrationLifecycleService,
    ManagementTokenAuth,
    // The importer's dry run forecasts seats from the ledger's counts.
    SeatLedger,
  ],
})
export class RegistrationsModule {}
