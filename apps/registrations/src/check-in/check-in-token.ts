import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { isStoredConfirmationCode } from './confirmation-code';

/**
 * The QR payload of a registration: a token anyone holding the published public key can verify
 * offline (a scanner at the door without network), and only this service can make.
 *
 *   c1.<payload>.<signature>                 (both parts base64url, no padding)
 *
 * payload (46 bytes): registration id (16 bytes, the UUID's bytes) · event id (16) · confirmation
 * code (10 ASCII characters) · issued-at (uint32 big-endian, seconds since the Unix epoch).
 * signature (64 bytes): Ed25519 (RFC 8032, pure) over the ASCII bytes of `c1.<payload>`.
 * The prefix names the version, so a later layout can be told apart; the key is published as a JWK
 * (with its RFC 7638 thumbprint as `kid`) at GET /api/v1/public/registrations/check-in-key.
 */
export const CHECK_IN_TOKEN_VERSION = 'c1';

export interface CheckInClaims {
  registrationId: string;
  eventId: string;
  /** The confirmation code as stored (10 characters, no dash). */
  code: string;
  /** Whole seconds. */
  issuedAt: Date;
}

export type CheckInTokenRejection = 'malformed' | 'unknown-version' | 'bad-signature';
export type CheckInTokenResult =
  { ok: true; claims: CheckInClaims } | { ok: false; reason: CheckInTokenRejection };

const PAYLOAD_BYTES = 46;
const SIGNATURE_BYTES = 64;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function signCheckInToken(claims: CheckInClaims, privateKey: KeyObject): string {
  if (!UUID.test(claims.registrationId) || !UUID.test(claims.eventId))
    throw new Error('check-in token: ids must be UUIDs');
  if (!isStoredConfirmationCode(claims.code)) throw new Error('check-in token: not a confirmation code');
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  uuidBytes(claims.registrationId).copy(payload, 0);
  uuidBytes(claims.eventId).copy(payload, 16);
  payload.write(claims.code, 32, 'ascii');
  payload.writeUInt32BE(Math.floor(claims.issuedAt.getTime() / 1000), 42);
  const signed = `${CHECK_IN_TOKEN_VERSION}.${payload.toString('base64url')}`;
  const signature = sign(null, Buffer.from(signed, 'ascii'), privateKey);
  return `${signed}.${signature.toString('base64url')}`;
}

/**
 * Checks a presented token against the given public key(s) and reads its claims. Anything that is
 * not exactly a token we could have issued (other version, extra characters, non-canonical
 * base64url, wrong lengths, a signature by another key) is refused; it never throws.
 */
export function verifyCheckInToken(token: string, publicKeys: KeyObject | KeyObject[]): CheckInTokenResult {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [version, payloadPart, signaturePart] = parts as [string, string, string];
  if (version !== CHECK_IN_TOKEN_VERSION)
    return { ok: false, reason: /^c\d+$/.test(version) ? 'unknown-version' : 'malformed' };
  const payload = strictBase64url(payloadPart, PAYLOAD_BYTES);
  const signature = strictBase64url(signaturePart, SIGNATURE_BYTES);
  if (!payload || !signature) return { ok: false, reason: 'malformed' };
  const signed = Buffer.from(`${version}.${payloadPart}`, 'ascii');
  const keys = Array.isArray(publicKeys) ? publicKeys : [publicKeys];
  if (!keys.some((key) => verifySignature(signed, key, signature)))
    return { ok: false, reason: 'bad-signature' };
  const code = payload.toString('ascii', 32, 42);
  // Signed by us, so well-formed; checked anyway so a key leak cannot smuggle odd text into queries.
  if (!isStoredConfirmationCode(code)) return { ok: false, reason: 'malformed' };
  return {
    ok: true,
    claims: {
      registrationId: uuidString(payload.subarray(0, 16)),
      eventId: uuidString(payload.subarray(16, 32)),
      code,
      issuedAt: new Date(payload.readUInt32BE(42) * 1000),
    },
  };
}

/** An Ed25519 private key from base64 of its PKCS#8 DER encoding (CHECK_IN_SIGNING_KEY); throws otherwise. */
export function parseSigningKey(base64Der: string): KeyObject {
  return ed25519Key(base64Der, (der) => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
}

/** A retired signing key's public half (base64 of its SPKI DER), still trusted for tokens it signed. */
export function parseVerificationKey(base64Der: string): KeyObject {
  return ed25519Key(base64Der, (der) => createPublicKey({ key: der, format: 'der', type: 'spki' }));
}

function ed25519Key(base64Der: string, read: (der: Buffer) => KeyObject): KeyObject {
  const text = base64Der.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new Error('not base64');
  const key = read(Buffer.from(text, 'base64'));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

/** The list form of retired keys: comma-separated, blanks ignored. */
export function parseVerificationKeys(list: string): KeyObject[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseVerificationKey);
}

export interface CheckInPublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** The public half as a JWK whose `kid` is its RFC 7638 thumbprint (SHA-256, base64url). */
export function publicJwk(key: KeyObject): CheckInPublicJwk {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  const thumbprint = createHash('sha256')
    .update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x }))
    .digest('base64url');
  return { kty: 'OKP', crv: 'Ed25519', x, kid: thumbprint, alg: 'EdDSA', use: 'sig' };
}

function verifySignature(signed: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify(null, signed, key, signature);
  } catch {
    return false;
  }
}

/** Decodes base64url only if it is the canonical encoding of exactly `length` bytes. */
function strictBase64url(text: string, length: number): Buffer | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.length === length && bytes.toString('base64url') === text ? bytes : undefined;
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

function uuidString(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
