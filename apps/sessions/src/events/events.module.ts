import { Module } from '@nestjs/common';
import { EventsHttpController, PublicEventsHttpController } from './events.http.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/** Events: the gatherings whose programme this service owns. */
@Module({
  controllers: [EventsHttpController, PublicEventsHttpController],
  providers: [EventsService, EventsRepository],
  exports: [EventsRepository],
})
export class EventsModule {}
