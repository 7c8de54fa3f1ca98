import { Module } from '@nestjs/common';
import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { RegistrationFormsModule } from '../registration-forms/registration-forms.module';
import { ManagementTokenAuth } from './management-token';
import { RecipientContactController } from '../recipient-contacts/recipient-contact.controller';
import { OfferSweeper } from './offer-sweeper';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationsHttpController } from './registrations.http.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { SeatsHttpController } from './seats.http.controller';
import { SelfRegistrationsHttpController } from './self-registrations.http.controller';

/** Registering (by the participant, an organiser or a system), the lifecycle moves, and the seats view. */
@Module({
  imports: [RegistrationCoreModule, CheckInKeysModule, RegistrationFormsModule],
  controllers: [
    RegistrationsHttpController,
    SelfRegistrationsHttpController,
    SeatsHttpController,
    // the notifications service's question: whom to write to, in which language
    RecipientContactController,
  ],
  providers: [
    RegistrationsService,
    RegistrationsRepository,
    RegistrationLifecycleService,
    ManagementTokenAuth,
    OfferSweeper,
  ],
  // ManagementTokenAuth: other self-service features (session sign-ups) resolve the same token;
  // RegistrationsService.upsertParticipant: the importer, row by row; the repository: list exports.
  exports: [RegistrationsService, RegistrationsRepository, RegistrationLifecycleService, ManagementTokenAuth],
})
export class RegistrationsModule {}
