import { Module } from '@nestjs/common';
import { EventProjectionRepository } from './event-projection.repository';
import { EventPublishedConsumer } from './event-published.consumer';

@Module({
  providers: [EventProjectionRepository, EventPublishedConsumer],
  exports: [EventProjectionRepository],
})
export class EventProjectionModule {}
