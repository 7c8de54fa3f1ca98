import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { SpeakerAccessModule } from '../speaker-access';
import { SpeakersModule } from '../speakers/speakers.module';
import { InvitationLinkController } from './invitation-link.controller';
import { SpeakerContactController } from './recipient-contact.controller';

/**
 * What the notifications service asks when it writes to a speaker, with the internal token: whom to
 * write to, in which language, and an invitation's link. Internal routes, never forwarded by the gateway.
 */
@Module({
  imports: [SpeakersModule, SpeakerAccessModule, ProposalsModule],
  controllers: [SpeakerContactController, InvitationLinkController],
})
export class RecipientContactsModule {}
