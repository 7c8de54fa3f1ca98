import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { InternalRoute } from '@jiyn/auth';
import { OfferLinks } from './offer-links.service';

/** The link's token for the notifications service, as it writes the `seat-offered` e-mail. */
export interface OfferLinkToken {
  token: string;
  offerExpiresAt: string;
}

/**
 * Asked by the notifications service, with the internal token, when it writes a seat offer's
 * e-mail: the token of the accept link of the registration's open offer (409 when none is open
 * any more: the message is then not worth sending). Never forwarded by the gateway.
 */
@Controller('internal/registrations')
export class OfferLinkMintController {
  constructor(private readonly offers: OfferLinks) {}

  @Post(':id/offer-link')
  @HttpCode(200)
  @InternalRoute()
  async mint(@Param('id', ParseUUIDPipe) id: string): Promise<OfferLinkToken> {
    const { token, offerExpiresAt } = await this.offers.mint(id);
    return { token, offerExpiresAt: offerExpiresAt.toISOString() };
  }
}
