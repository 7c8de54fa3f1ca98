import { Module } from '@nestjs/common';
import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { RegistrationsHttpController } from './registrations.http.controller';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [EventProjectionModule, CheckInKeysModule],
  controllers: [RegistrationsHttpController],
  providers: [RegistrationsService, RegistrationsRepository],
})
export class RegistrationsModule {}
