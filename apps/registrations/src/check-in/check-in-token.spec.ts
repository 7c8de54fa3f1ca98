import { describe, expect, it } from '@jest/globals';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import {
  CHECK_IN_TOKEN_VERSION,
  parseSigningKey,
  publicJwk,
  signCheckInToken,
  verifyCheckInToken,
} from './check-in-token';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const CLAIMS = {
  registrationId: '0190a1b2-0000-7000-8000-000000000002',
  eventId: '0190a1b2-0000-7000-8000-000000000001',
  code: 'ABCDE23456',
  issuedAt: new Date('2024-01-21T10:00:00.000Z'),
};

function flipCharacter(token: string, index: number): string {
  const replacement = token[index] === 'A' ? 'B' : 'A';
  return `${token.slice(0, index)}${replacement}${token.slice(index + 1)}`;
}

describe('check-in tokens', () => {
  it('should be short enough for a small QR code and carry what the door needs', () => {
    const token = signCheckInToken(CLAIMS, privateKey);
    expect(token).toMatch(/^c1\.[A-Za-z0-9_-]{62}\.[A-Za-z0-9_-]{86}$/);
    expect(verifyCheckInToken(token, publicKey)).toEqual({ ok: true, claims: CLAIMS });
  });

  it('should be the same token each time for the same registration', () => {
    expect(signCheckInToken(CLAIMS, privateKey)).toBe(signCheckInToken(CLAIMS, privateKey));
  });

  it('should verify offline with nothing but the published JWK, as a scanner app would', () => {
    const token = signCheckInToken(CLAIMS, privateKey);
    // What GET /public/registrations/check-in-key publishes, through JSON and back.
    const published = JSON.parse(JSON.stringify(publicJwk(publicKey))) as Record<string, string>;
    expect(published).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(published['kid']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(published)).not.toContain(
      (privateKey.export({ format: 'jwk' }) as { d: string }).d,
    );

    // A scanner's own verification: WebCrypto-style steps with only the JWK and the documented layout.
    const scannerKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: published['x'] },
      format: 'jwk',
    });
    const [version, payload, signature] = token.split('.') as [string, string, string];
    expect(version).toBe(CHECK_IN_TOKEN_VERSION);
    expect(
      verify(
        null,
        Buffer.from(`${version}.${payload}`, 'ascii'),
        scannerKey,
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(true);
    const bytes = Buffer.from(payload, 'base64url');
    expect(bytes.subarray(0, 16).toString('hex')).toBe(CLAIMS.registrationId.replace(/-/g, ''));
    expect(bytes.subarray(16, 32).toString('hex')).toBe(CLAIMS.eventId.replace(/-/g, ''));
    expect(bytes.toString('ascii', 32, 42)).toBe(CLAIMS.code);
    expect(bytes.readUInt32BE(42)).toBe(CLAIMS.issuedAt.getTime() / 1000);
    expect(verifyCheckInToken(token, scannerKey)).toEqual({ ok: true, claims: CLAIMS });
  });

  it('should refuse a token signed with another key, even with the right layout', () => {
    const forged = signCheckInToken(CLAIMS, other.privateKey);
    expect(verifyCheckInToken(forged, publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
    // and a token of ours does not pass under somebody else's key
    expect(verifyCheckInToken(signCheckInToken(CLAIMS, privateKey), other.publicKey)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('should refuse a tampered payload: another registration, another event, another code', () => {
    const token = signCheckInToken(CLAIMS, privateKey);
    const [, , signature] = token.split('.') as [string, string, string];
    for (const changed of [
      { ...CLAIMS, registrationId: '0190a1b2-0000-7000-8000-000000000003' },
      { ...CLAIMS, eventId: '0190a1b2-0000-7000-8000-000000000009' },
      { ...CLAIMS, code: 'ZZZZZ23456' },
    ]) {
      const [version, payload] = signCheckInToken(changed, other.privateKey).split('.') as [string, string];
      expect(verifyCheckInToken(`${version}.${payload}.${signature}`, publicKey)).toEqual({
        ok: false,
        reason: 'bad-signature',
      });
    }
    for (const index of [5, 40, 70, 140]) {
      expect(verifyCheckInToken(flipCharacter(token, index), publicKey).ok).toBe(false);
    }
  });

  it('should refuse malformed and other-version tokens without throwing', () => {
    const token = signCheckInToken(CLAIMS, privateKey);
    const [, payload, signature] = token.split('.') as [string, string, string];
    const cases: [string, string][] = [
      ['', 'malformed'],
      ['garbage', 'malformed'],
      ['ABCDE-23456', 'malformed'],
      [`${token}.`, 'malformed'],
      [`${token}A`, 'malformed'],
      [`c2.${payload}.${signature}`, 'unknown-version'],
      [`C1.${payload}.${signature}`, 'malformed'],
      [`c1.${payload}=.${signature}`, 'malformed'],
      [`c1.${payload.slice(0, -1)}.${signature}`, 'malformed'],
      [`c1.${payload}.${signature.slice(0, -2)}`, 'malformed'],
      [`c1.${payload}.${'A'.repeat(86)}`, 'bad-signature'],
    ];
    for (const [presented, reason] of cases) {
      expect(verifyCheckInToken(presented, publicKey)).toEqual({ ok: false, reason });
    }
  });

  it('should refuse a non-canonical base64url encoding of the same bytes', () => {
    const token = signCheckInToken(CLAIMS, privateKey);
    const [version, payload, signature] = token.split('.') as [string, string, string];
    // 46 bytes end in a 2-character group whose last character holds 4 unused bits: set one of them.
    const last = payload[payload.length - 1] as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) + 1] as string;
    const variant = `${payload.slice(0, -1)}${sibling}`;
    expect(Buffer.from(variant, 'base64url').equals(Buffer.from(payload, 'base64url'))).toBe(true);
    expect(verifyCheckInToken(`${version}.${variant}.${signature}`, publicKey)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('should read the signing key from base64 PKCS#8 DER and refuse other keys', () => {
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(parseSigningKey(der).asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'der',
      type: 'pkcs8',
    });
    expect(() => parseSigningKey(rsa.toString('base64'))).toThrow(/not Ed25519/);
    expect(() => parseSigningKey('not a key')).toThrow();
    expect(() => parseSigningKey(Buffer.from('short').toString('base64'))).toThrow();
    expect(() => parseSigningKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString())).toThrow();
  });
});
