import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import {
  PublicRegistrationFormsHttpController,
  RegistrationFormsHttpController,
} from './registration-forms.http.controller';
import { RegistrationFormsRepository } from './registration-forms.repository';
import { RegistrationFormsService } from './registration-forms.service';

@Module({
  imports: [EventProjectionModule],
  controllers: [RegistrationFormsHttpController, PublicRegistrationFormsHttpController],
  providers: [RegistrationFormsService, RegistrationFormsRepository],
  exports: [RegistrationFormsService],
})
export class RegistrationFormsModule {}
