import { Module } from '@nestjs/common';
import { OrganiserOnlyGuard } from './organiser-only.guard';
import { SelfServiceAccessGuard } from './self-service-access';
import { SelfInvitationsHttpController } from './self-invitations.http.controller';
import { SpeakerAccessService } from './speaker-access.service';

/** Invitations and access tokens for speakers and reviewers; import it to authenticate `/self/…` callers. */
@Module({
  controllers: [SelfInvitationsHttpController],
  providers: [SpeakerAccessService, OrganiserOnlyGuard, SelfServiceAccessGuard],
  exports: [SpeakerAccessService, OrganiserOnlyGuard, SelfServiceAccessGuard],
})
export class SpeakerAccessModule {}
