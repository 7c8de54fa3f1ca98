import { Module } from '@nestjs/common';
import { EventSettingsRepository } from './event-settings.repository';
import { EventProjectionRepository } from './event-projection.repository';

/** What registrations knows of each event: the sessions service's projection and its own settings. */
@Module({
  providers: [EventProjectionRepository, EventSettingsRepository],
  exports: [EventProjectionRepository, EventSettingsRepository],
})
export class EventProjectionModule {}
