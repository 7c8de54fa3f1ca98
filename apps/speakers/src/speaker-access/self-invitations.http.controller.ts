import { SelfServiceRoute } from '@jiyn/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@jiyn/problems';
import { RedeemedInvitationResponse } from './invitation.response';
import { RedeemInvitationDto } from './redeem-invitation.dto';
import { SpeakerAccessService } from './speaker-access.service';

/** Reached without an API key through `/api/v1/self/speakers/…`: the invitation token is the credential. */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/invitations')
export class SelfInvitationsHttpController {
  constructor(private readonly access: SpeakerAccessService) {}

  @Post('redeem')
  @ApiOperation({
    operationId: 'selfRedeemSpeakersInvitation',
    summary: 'Exchange an invitation link’s token for an access token',
    description:
      'Once per link, before it expires: 409 (with `reason`) for a link already used, replaced or ' +
      'expired; 401 for a token that was never issued.',
  })
  @ApiOkResponse({ type: RedeemedInvitationResponse })
  @ProblemResponses(409)
  @HttpCode(200)
  async redeem(@Body() dto: RedeemInvitationDto): Promise<RedeemedInvitationResponse> {
    const redeemed = await this.access.redeem(dto.token);
    return { ...redeemed, expiresAt: redeemed.expiresAt.toISOString() };
  }
}
