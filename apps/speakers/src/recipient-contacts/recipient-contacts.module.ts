import { Module } from '@nestjs/common';
import { ProposalsModule } from '../proposals/proposals.module';
import { SpeakerAccessModule } from '../speaker-access';
import { SpeakersModule } from '../speakers/speakers.module';
import { InvitationLinkController } from './invitation-link.controller';
import { SpeakerContactController } from './recipient-contact.controller';
import { SelfTokenController } from './self-token.controller';

/**
 * What the notifications service asks when it writes to a speaker, with the internal token: whom to
 * write to, in which language, and an invitation's link; and feedback, whose a speaker's self-service
 * token is. Internal routes, never forwarded by the gateway.
 */
@Module({
  imports: [SpeakersModule, SpeakerAccessModule, ProposalsModule],
  controllers: [SpeakerContactController, InvitationLinkController, SelfTokenController],
})
export class RecipientContactsModule {}
