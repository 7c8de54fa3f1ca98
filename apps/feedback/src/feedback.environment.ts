import { IsOptional, IsUrl } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

const internalUrl = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class FeedbackEnvironment extends DataServiceEnvironment {
  /**
   * The registrations service, asked (with the internal token) which registration a participant's
   * self-service token manages: feedback never holds registrations' secrets or tokens.
   */
  @IsOptional()
  @IsUrl(internalUrl)
  REGISTRATIONS_URL: string = 'http://127.0.0.1:3002';
}
