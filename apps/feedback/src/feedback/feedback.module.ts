import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { SessionProjectionModule } from '../session-projection/session-projection.module';
import { FeedbackHttpController } from './feedback.http.controller';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';

@Module({
  imports: [EventProjectionModule, SessionProjectionModule],
  controllers: [FeedbackHttpController],
  providers: [FeedbackService, FeedbackRepository],
})
export class FeedbackModule {}
