import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

export class RegistrationsEnvironment extends DataServiceEnvironment {
  /**
   * Key of the HMAC that turns an IIN or e-mail into the pseudonymous participant key analytics
   * sees. Rotating it breaks linkage across events on purpose, so keep it stable per deployment.
   */
  @IsString()
  @MinLength(32, { message: 'PARTICIPANT_KEY_SECRET must be at least 32 characters' })
  PARTICIPANT_KEY_SECRET!: string;

  /** How often lapsed seat offers are expired and their seats passed on to the next in line. */
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  OFFER_SWEEP_INTERVAL_MS: number = 30_000;
}
