import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { InternalRoute } from '@jiyn/auth';
import { ManagementTokenAuth } from '../registrations/management-token';

export class SelfTokenQuery {
  @IsString() @MaxLength(200) token!: string;
}

/** Whose a participant's self-service token is: ids only, nothing personal. */
export interface SelfTokenOwner {
  registrationId: string;
  eventId: string;
}

/**
 * Asked by the feedback service, with the internal token, when a participant answers a survey with
 * the management token they hold: which registration (and event) it manages, or the same 401 as on
 * the participant's own routes. The token travels in the body, never in a path or query (logs);
 * the other service never learns the digest or anything to check tokens itself. Never forwarded
 * by the gateway.
 */
@Controller('internal/registrations')
export class SelfTokenController {
  constructor(private readonly tokens: ManagementTokenAuth) {}

  @Post('self-token')
  @HttpCode(200)
  @InternalRoute()
  async resolve(@Body() query: SelfTokenQuery): Promise<SelfTokenOwner> {
    const registration = await this.tokens.registrationFor(query.token);
    return { registrationId: registration.id, eventId: registration.eventId };
  }
}
