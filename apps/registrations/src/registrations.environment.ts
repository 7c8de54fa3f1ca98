import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';
import { IsBin } from '@jiyn/kz';

export class RegistrationsEnvironment extends DataServiceEnvironment {
  /**
   * Key of the HMAC that turns an IIN or e-mail into the pseudonymous participant key analytics
   * sees. Rotating it breaks linkage across events on purpose, so keep it stable per deployment.
   */
  @IsString()
  @MinLength(32, { message: 'PARTICIPANT_KEY_SECRET must be at least 32 characters' })
  PARTICIPANT_KEY_SECRET!: string;

  /**
   * The personal-data operator named in the built-in consent (text version `default-1`) that
   * applies to events whose organiser has set no registration form. Set it, and its BIN, in production.
   */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  DEFAULT_CONSENT_OPERATOR_NAME?: string;

  @IsOptional()
  @IsBin({ message: 'DEFAULT_CONSENT_OPERATOR_BIN must be a valid BIN' })
  DEFAULT_CONSENT_OPERATOR_BIN?: string;

  /** How often the retention sweeper anonymises events whose retention period has passed; 0 turns it off. */
  @IsInt()
  @Min(0)
  ANONYMISE_SWEEP_INTERVAL_MS: number = 3_600_000;

  /** Registrations anonymised per transaction by the sweeper and the event-wide anonymisation. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  ANONYMISE_BATCH_SIZE: number = 200;
}
