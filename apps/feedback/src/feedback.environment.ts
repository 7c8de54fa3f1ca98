import { IsInt, IsUrl, Max, Min } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';

export class FeedbackEnvironment extends DataServiceEnvironment {
  /**
   * The smallest breakdown cell results show (k-anonymity) where no survey sets its own (per
   * session, per speaker results); never below 3. A survey's own `min_cell_size` wins for its results.
   */
  @IsInt()
  @Min(3)
  @Max(1000)
  FEEDBACK_MIN_CELL_SIZE: number = 5;

  /** The speakers service, asked (with the internal token) whose a speaker's self-service token is. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  SPEAKERS_URL: string = 'http://127.0.0.1:3003';
}
