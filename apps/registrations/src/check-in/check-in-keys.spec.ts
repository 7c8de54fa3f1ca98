import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { RegistrationsEnvironment } from '../registrations.environment';
import { CheckInKeys } from './check-in-keys';
import { parseVerificationKeys, publicJwk } from './check-in-token';

const privateDer = (key: KeyObject) => key.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const publicDer = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).toString('base64');

const retired = generateKeyPairSync('ed25519');
const current = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');

function keys(signing: KeyObject, previous = ''): CheckInKeys {
  return new CheckInKeys({
    CHECK_IN_SIGNING_KEY: privateDer(signing),
    CHECK_IN_PREVIOUS_PUBLIC_KEYS: previous,
  } as RegistrationsEnvironment);
}

const REGISTRATION = {
  id: '0190a1b2-0000-7000-8000-000000000002',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  confirmationCode: 'ABCDE23456',
  createdAt: new Date('2024-01-21T10:00:00.000Z'),
};

describe('check-in key rotation', () => {
  it('should keep honouring badges signed with a retired key, and sign new views with the current one', () => {
    const printedBadge = keys(retired.privateKey).tokenFor(REGISTRATION);
    const rotated = keys(current.privateKey, publicDer(retired.publicKey));

    expect(rotated.verify(printedBadge)).toMatchObject({ ok: true, claims: { code: 'ABCDE23456' } });
    const shownNow = rotated.tokenFor(REGISTRATION);
    expect(shownNow).not.toBe(printedBadge);
    expect(rotated.verify(shownNow).ok).toBe(true);
    expect(rotated.verify(keys(stranger.privateKey).tokenFor(REGISTRATION))).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    // Without the retired key listed, the old badge is refused.
    expect(keys(current.privateKey).verify(printedBadge)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('should publish the current key first, then the retired ones, each once', () => {
    const rotated = keys(
      current.privateKey,
      ` ${publicDer(retired.publicKey)} ,, ${publicDer(current.publicKey)}`,
    );
    expect(rotated.publishedKeys.map((jwk) => jwk.kid)).toEqual([
      publicJwk(current.publicKey).kid,
      publicJwk(retired.publicKey).kid,
    ]);
    expect(rotated.jwk.kid).toBe(publicJwk(current.publicKey).kid);
  });

  it('should read retired keys as base64 SPKI DER and refuse anything else', () => {
    expect(parseVerificationKeys('')).toEqual([]);
    expect(parseVerificationKeys(publicDer(retired.publicKey))).toHaveLength(1);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(() => parseVerificationKeys(publicDer(rsa))).toThrow(/not Ed25519/);
    expect(() => parseVerificationKeys(privateDer(retired.privateKey))).toThrow();
    expect(() => parseVerificationKeys('not a key')).toThrow();
  });
});
