import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { RegistrationFormsModule } from '../registration-forms/registration-forms.module';
import { RegistrationsHttpController } from './registrations.http.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [EventProjectionModule, RegistrationFormsModule],
  controllers: [RegistrationsHttpController],
  providers: [RegistrationsService, RegistrationsRepository],
})
export class RegistrationsModule {}
