import { SelfServiceRoute } from '@jiyn/auth';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RedeemInvitationDto } from './redeem-invitation.dto';
import { SpeakerAccessService, type RedeemedInvitation } from './speaker-access.service';

/** Reached without an API key through `/api/v1/self/speakers/…`: the invitation token is the credential. */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/invitations')
export class SelfInvitationsHttpController {
  constructor(private readonly access: SpeakerAccessService) {}

  @Post('redeem')
  @HttpCode(200)
  redeem(@Body() dto: RedeemInvitationDto): Promise<RedeemedInvitation> {
    return this.access.redeem(dto.token);
  }
}
