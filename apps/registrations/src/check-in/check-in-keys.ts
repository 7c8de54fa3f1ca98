import { Injectable } from '@nestjs/common';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { RegistrationsEnvironment } from '../registrations.environment';
import {
  parseSigningKey,
  parseVerificationKeys,
  publicJwk,
  signCheckInToken,
  verifyCheckInToken,
  type CheckInPublicJwk,
  type CheckInTokenResult,
} from './check-in-token';

/** What a token is made of: the registration's ids, its code and its creation time. */
export interface TokenSubject {
  id: string;
  eventId: string;
  confirmationCode: string;
  createdAt: Date;
}

/**
 * The service's check-in signing key (CHECK_IN_SIGNING_KEY, validated at boot) and its published
 * public half. Tokens are deterministic (Ed25519, issued-at = the registration's creation), so a
 * participant's QR code stays the same however often it is shown. Retired keys
 * (CHECK_IN_PREVIOUS_PUBLIC_KEYS) still verify the tokens they signed and stay published, so a key
 * can be replaced while printed badges keep working; views show tokens signed with the current key.
 */
@Injectable()
export class CheckInKeys {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly jwk: CheckInPublicJwk;
  readonly pem: string;
  /** Current key first, then the retired ones. */
  readonly verificationKeys: KeyObject[];
  readonly publishedKeys: CheckInPublicJwk[];

  constructor(env: RegistrationsEnvironment) {
    this.privateKey = parseSigningKey(env.CHECK_IN_SIGNING_KEY);
    this.publicKey = createPublicKey(this.privateKey);
    this.jwk = publicJwk(this.publicKey);
    this.pem = this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const retired = parseVerificationKeys(env.CHECK_IN_PREVIOUS_PUBLIC_KEYS ?? '').filter(
      (key) => publicJwk(key).kid !== this.jwk.kid,
    );
    this.verificationKeys = [this.publicKey, ...retired];
    this.publishedKeys = this.verificationKeys.map((key) => publicJwk(key));
  }

  tokenFor(registration: TokenSubject): string {
    return signCheckInToken(
      {
        registrationId: registration.id,
        eventId: registration.eventId,
        code: registration.confirmationCode,
        issuedAt: registration.createdAt,
      },
      this.privateKey,
    );
  }

  verify(token: string): CheckInTokenResult {
    return verifyCheckInToken(token, this.verificationKeys);
  }
}
