import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { DataServiceEnvironment } from '@jiyn/config';
import { IsBin } from '@jiyn/kz';
import { parseSigningKey, parseVerificationKeys } from './check-in/check-in-token';

export class RegistrationsEnvironment extends DataServiceEnvironment {
  /**
   * Registrations arrive in bursts of short statements: with 10 connections requests queued for a
   * connection while PostgreSQL had room (bench:registrations, 64 connections: 10 → 668/s, p99
   * 158 ms; 20 → 749/s, p99 137 ms; 5 → 555/s).
   */
  override DATABASE_POOL_SIZE: number = 20;

  /**
   * Key of the HMAC that turns an IIN or e-mail into the pseudonymous participant key analytics
   * sees. Rotating it breaks linkage across events on purpose, so keep it stable per deployment.
   */
  @IsString()
  @MinLength(32, { message: 'PARTICIPANT_KEY_SECRET must be at least 32 characters' })
  PARTICIPANT_KEY_SECRET!: string;

  /**
   * Key of the HMAC that makes the accept link of a seat offer's e-mail (see
   * offer-links/offer-link-tokens.ts). Changing it retires the links of offers still open; their
   * participants can still accept with their management token.
   */
  @IsString()
  @MinLength(32, { message: 'OFFER_LINK_SECRET must be at least 32 characters' })
  OFFER_LINK_SECRET!: string;

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

  /** How often lapsed seat offers are expired and their seats passed on to the next in line. */
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  OFFER_SWEEP_INTERVAL_MS: number = 30_000;

  /**
   * Ed25519 private key that signs the check-in QR tokens: base64 of its PKCS#8 DER encoding, e.g.
   * `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`. Its public half is published
   * for offline scanners. To replace it without invalidating the QR codes handed out, move its
   * public half to CHECK_IN_PREVIOUS_PUBLIC_KEYS.
   */
  @ValidateBy({
    name: 'isEd25519SigningKey',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parses(parseSigningKey, value),
      defaultMessage: () =>
        'CHECK_IN_SIGNING_KEY must be an Ed25519 private key, base64 of its PKCS#8 DER encoding',
    },
  })
  CHECK_IN_SIGNING_KEY!: string;

  /**
   * Public halves of retired check-in signing keys (base64 SPKI DER, comma-separated, e.g.
   * `openssl pkey -in old.der -inform DER -pubout -outform DER | base64 -w0`): tokens they signed
   * still check in, and they stay published, until removed from here.
   */
  @ValidateBy({
    name: 'isEd25519PublicKeyList',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parses(parseVerificationKeys, value),
      defaultMessage: () =>
        'CHECK_IN_PREVIOUS_PUBLIC_KEYS must list Ed25519 public keys, base64 of their SPKI DER encoding, comma-separated',
    },
  })
  CHECK_IN_PREVIOUS_PUBLIC_KEYS: string = '';
}

/** Whether the parser takes the value (it throws on anything else). */
function parses(parse: (value: string) => unknown, value: string): boolean {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}
