import { IsInt, IsUrl, Max, Min } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

export class SpeakersEnvironment extends DataServiceEnvironment {
  /** Where people open Jiyn (the gateway or the web app), for the links in invitations. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL: string = 'http://127.0.0.1:3000';

  /** How long an invitation link can be redeemed, unless the caller says otherwise. */
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  INVITATION_TTL_HOURS: number = 72;

  /** How long the access token a redeemed invitation gives stays valid; then a new link is needed. */
  @IsInt()
  @Min(1)
  @Max(3650)
  ACCESS_TOKEN_TTL_DAYS: number = 180;
}
