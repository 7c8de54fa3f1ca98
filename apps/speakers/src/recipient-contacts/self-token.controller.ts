import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { InternalRoute } from '@jiyn/auth';
import { SpeakerAccessService } from '../speaker-access';

export class SelfTokenDto {
  @IsString()
  @MaxLength(200)
  token!: string;
}

/**
 * Whose speaker self-service token this is, for another service that serves a speaker's own data
 * under `/api/v1/self/…` (feedback: a speaker's own ratings). Only this service holds the tokens'
 * digests; the caller gets the speaker id or a 401. Internal route, never forwarded by the gateway.
 */
@Controller('internal/speakers')
export class SelfTokenController {
  constructor(private readonly access: SpeakerAccessService) {}

  @Post('self-token')
  @HttpCode(200)
  @InternalRoute()
  async verify(@Body() dto: SelfTokenDto): Promise<{ speakerId: string }> {
    return { speakerId: await this.access.authenticate(dto.token, 'speaker') };
  }
}
