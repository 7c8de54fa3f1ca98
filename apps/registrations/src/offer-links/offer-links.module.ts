import { Module } from '@nestjs/common';
import { RegistrationCoreModule } from '../registration-core/registration-core.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { OfferLinkMintController } from './offer-link-mint.controller';
import { OfferLinkTokens } from './offer-link-tokens';
import { OfferLinkHttpController } from './offer-link.http.controller';
import { OfferLinks } from './offer-links.service';

/** The accept link of a seat offer's e-mail: its token, its page, and accepting through it. */
@Module({
  imports: [RegistrationCoreModule, RegistrationsModule],
  controllers: [OfferLinkHttpController, OfferLinkMintController],
  providers: [OfferLinkTokens, OfferLinks],
})
export class OfferLinksModule {}
