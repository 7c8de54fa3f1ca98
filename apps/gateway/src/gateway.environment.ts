import { IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';
import { DatabaseServiceEnvironment } from '@jiyn/config';
import { IsTrustedProxyList } from './client-address/trusted-proxies';

const internalUrl = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** The gateway's database holds its access schema: organisations, people, keys, audit, rate limits. */
export class GatewayEnvironment extends DatabaseServiceEnvironment {
  /** Until per-organisation keys land, one admin key from the environment guards every non-public route. */
  @IsString()
  @MinLength(32, { message: 'ADMIN_API_KEY must be at least 32 characters' })
  ADMIN_API_KEY!: string;

  @IsUrl(internalUrl) SESSIONS_URL!: string;
  @IsUrl(internalUrl) REGISTRATIONS_URL!: string;
  @IsUrl(internalUrl) SPEAKERS_URL!: string;
  @IsUrl(internalUrl) FEEDBACK_URL!: string;

  /** Requests per minute and client address on the keyless self-service routes (/api/v1/self/…). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  SELF_SERVICE_REQUESTS_PER_MINUTE: number = 120;

  /**
   * Load balancers or ingress in front of the gateway (addresses or CIDR ranges, comma-separated)
   * whose `X-Forwarded-For` names the client. Empty: the socket's peer is the client.
   */
  @IsTrustedProxyList()
  TRUSTED_PROXIES: string = '';
}
