import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { SpeakerAccessModule } from '../speaker-access';
import { SpeakersModule } from '../speakers/speakers.module';
import { CallsHttpController, PublicCallsHttpController } from './call/calls.http.controller';
import { CallsRepository } from './call/calls.repository';
import { CallsService } from './call/calls.service';
import { ProposalsHttpController } from './proposals.http.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';
import { ReviewersHttpController, SelfReviewsHttpController } from './reviews/reviews.http.controller';
import { ReviewsRepository } from './reviews/reviews.repository';
import { ReviewsService } from './reviews/reviews.service';
import { SelfProposalsHttpController } from './self-proposals.http.controller';

/** Calls for proposals, proposals with their co-speakers, reviewers and reviews, decisions. */
@Module({
  imports: [EventProjectionModule, SpeakerAccessModule, SpeakersModule],
  controllers: [
    CallsHttpController,
    PublicCallsHttpController,
    ProposalsHttpController,
    SelfProposalsHttpController,
    ReviewersHttpController,
    SelfReviewsHttpController,
  ],
  providers: [
    CallsRepository,
    CallsService,
    ProposalsRepository,
    ProposalsService,
    ReviewsRepository,
    ReviewsService,
  ],
  exports: [ProposalsService],
})
export class ProposalsModule {}
