import { CheckInKeysModule } from '../check-in/check-in-keys.module';
import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { AnonymisationHttpController } from './anonymisation.http.controller';
import { AnonymisationRepository } from './anonymisation.repository';
import { AnonymisationService } from './anonymisation.service';
import { RetentionSweeper } from './retention-sweeper';

@Module({
  imports: [EventProjectionModule, CheckInKeysModule],
  controllers: [AnonymisationHttpController],
  providers: [AnonymisationService, AnonymisationRepository, RetentionSweeper],
})
export class AnonymisationModule {}
