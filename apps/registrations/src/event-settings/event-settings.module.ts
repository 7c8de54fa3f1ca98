import { Module } from '@nestjs/common';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { EventSettingsHttpController } from './event-settings.http.controller';
import { EventSettingsService } from './event-settings.service';

/** Per-event registration settings; a change re-applies quotas and passes freed seats on. */
@Module({
  imports: [RegistrationCoreModule],
  controllers: [EventSettingsHttpController],
  providers: [EventSettingsService],
})
export class EventSettingsModule {}
