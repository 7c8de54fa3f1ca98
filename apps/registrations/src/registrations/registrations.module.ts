import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { ManagementTokenAuth } from './management-token';
import { RegistrationsHttpController } from './registrations.http.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { SelfRegistrationsHttpController } from './self-registrations.http.controller';

@Module({
  imports: [EventProjectionModule],
  controllers: [RegistrationsHttpController, SelfRegistrationsHttpController],
  providers: [RegistrationsService, RegistrationsRepository, ManagementTokenAuth],
  // ManagementTokenAuth: other self-service features (session sign-ups) resolve the same token.
  exports: [RegistrationsService, ManagementTokenAuth],
})
export class RegistrationsModule {}
