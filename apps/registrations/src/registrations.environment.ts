import { IsString, MinLength } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

export class RegistrationsEnvironment extends DataServiceEnvironment {
  /**
   * Key of the HMAC that turns an IIN or e-mail into the pseudonymous participant key analytics
   * sees. Rotating it breaks linkage across events on purpose, so keep it stable per deployment.
   */
  @IsString()
  @MinLength(32, { message: 'PARTICIPANT_KEY_SECRET must be at least 32 characters' })
  PARTICIPANT_KEY_SECRET!: string;
}
