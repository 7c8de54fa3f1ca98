import { IsUrl } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

export class SessionsEnvironment extends DataServiceEnvironment {
  /** Where the public API is reached (the gateway), for links inside exports (frab, iCalendar). */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL: string = 'http://127.0.0.1:3000';
}
