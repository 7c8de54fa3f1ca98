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

  /** Requests per minute and client address on the keyless public reads (/api/v1/public/…). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PUBLIC_REQUESTS_PER_MINUTE: number = 600;

  /** Requests per minute per API key, unless its organisation set its own. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  API_KEY_REQUESTS_PER_MINUTE: number = 600;

  /** Requests per minute per signed-in person, unless their organisation set its own. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PERSON_REQUESTS_PER_MINUTE: number = 300;

  /**
   * Days an audit entry is kept. Three years: Kazakhstan's general limitation period for claims
   * (Civil Code art. 178), within which a data subject or the authorised body may ask who saw or
   * changed their data. Entries hold ids only, so keeping them costs little privacy.
   */
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(3650)
  AUDIT_RETENTION_DAYS: number = 1095;

  /** How often each replica purges audit entries past their retention. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_080)
  AUDIT_PURGE_INTERVAL_MINUTES: number = 60;

  /**
   * Load balancers or ingress in front of the gateway (addresses or CIDR ranges, comma-separated)
   * whose `X-Forwarded-For` names the client. Empty: the socket's peer is the client.
   */
  @IsTrustedProxyList()
  TRUSTED_PROXIES: string = '';
}
