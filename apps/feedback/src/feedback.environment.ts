import { IsInt, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

const internalUrl = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

export class FeedbackEnvironment extends DataServiceEnvironment {
  /** How often published surveys whose opening or closing time has come are announced (and closed). */
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  SURVEY_WINDOW_SWEEP_INTERVAL_MS: number = 15_000;

  /**
   * How often anonymous surveys' waiting answers are announced, once at least k of a survey wait
   * (or it closed): an hour by default, so an announcement's time says little about when, and so by
   * whom, an answer was given.
   */
  @IsInt()
  @Min(50)
  @Max(86_400_000)
  ANONYMOUS_RELEASE_INTERVAL_MS: number = 3_600_000;

  /** A survey opens no earlier than this many days before its event starts (invitations to a pre-course test). */
  @IsInt()
  @Min(0)
  @Max(3650)
  SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT: number = 90;

  /**
   * A survey closes no later than this many days after its event ends. Generous by default (three
   * years) so follow-up surveys (Kirkpatrick level 3) and the demo event of February 2024 fit.
   */
  @IsInt()
  @Min(1)
  @Max(3650)
  SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT: number = 1095;

  /**
   * The registrations service, asked (with the internal token) which registration a participant's
   * self-service token manages: feedback never holds registrations' secrets or tokens.
   */
  @IsOptional()
  @IsUrl(internalUrl)
  REGISTRATIONS_URL: string = 'http://127.0.0.1:3002';

  /**
   * The smallest breakdown cell results show (k-anonymity) where no survey sets its own (per
   * session, per speaker results); never below 3. A survey's own `min_cell_size` wins for its results.
   */
  @IsInt()
  @Min(3)
  @Max(1000)
  FEEDBACK_MIN_CELL_SIZE: number = 5;

  /** The speakers service, asked (with the internal token) whose a speaker's self-service token is. */
  @IsUrl(internalUrl)
  SPEAKERS_URL: string = 'http://127.0.0.1:3003';
}
