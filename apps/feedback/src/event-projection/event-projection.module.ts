import { Module } from '@nestjs/common';
import { EventProjectionHandler } from './event-projection.handler';
import { EventProjectionRepository } from './event-projection.repository';

@Module({
  controllers: [EventProjectionHandler],
  providers: [EventProjectionRepository],
  exports: [EventProjectionRepository],
})
export class EventProjectionModule {}
