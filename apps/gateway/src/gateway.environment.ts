import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
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
  @IsUrl(internalUrl) NOTIFICATIONS_URL!: string;

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
   * Hours an Idempotency-Key is remembered per caller (the IETF draft asks servers to publish it).
   * A day covers a client's retries across an outage; a retry later than that runs the request again.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(168)
  IDEMPOTENCY_KEY_TTL_HOURS: number = 24;

  /**
   * Load balancers or ingress in front of the gateway (addresses or CIDR ranges, comma-separated)
   * whose `X-Forwarded-For` names the client. Empty: the socket's peer is the client.
   */
  @IsTrustedProxyList()
  TRUSTED_PROXIES: string = '';

  /**
   * Encrypts the secrets the gateway must read back (TOTP secrets, OIDC client secrets) with
   * AES-256-GCM: 32 bytes as 64 hex characters or base64. Unset: TOTP and OIDC set-up are refused.
   */
  @IsOptional()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, {
    message: 'ACCESS_ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64',
  })
  ACCESS_ENCRYPTION_KEY?: string;

  /** A sign-in session ends after this long without a request… */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_TIMEOUT_MINUTES: number = 30;

  /** …and this long after sign-in whatever happens (a working day and some). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_ABSOLUTE_TIMEOUT_HOURS: number = 12;

  /**
   * Origins (comma-separated, e.g. https://console.jiyn.kz) besides the gateway's own from which
   * cookie-authenticated writes are accepted.
   */
  @IsOptional()
  @IsString()
  CONSOLE_ORIGINS: string = '';
}
