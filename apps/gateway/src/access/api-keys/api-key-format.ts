import { createHash, randomBytes } from 'node:crypto';

/**
 * Jiyn API keys look like GitHub's tokens: `jiyn_` + 32 random base62 characters (190 bits) + a
 * 6-character base62 CRC32 of everything before it. Secret scanners find them by the prefix and can
 * check the checksum; the gateway refuses a mistyped or truncated key without a database lookup.
 */
export const API_KEY_PREFIX = 'jiyn_';
const RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${RANDOM_LENGTH + CHECKSUM_LENGTH}}$`);

export function generateApiKey(): string {
  let random = '';
  while (random.length < RANDOM_LENGTH) {
    for (const byte of randomBytes(48)) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (byte < 248 && random.length < RANDOM_LENGTH) random += BASE62[byte % 62];
    }
  }
  const body = API_KEY_PREFIX + random;
  return body + checksumOf(body);
}

/** Whether a presented value claims to be a Jiyn API key (then it is refused if anything is wrong). */
export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX);
}

/** Shape and checksum only: a key that passes may still be unknown, but one that fails is a typo. */
export function hasValidChecksum(key: string): boolean {
  if (!SHAPE.test(key)) return false;
  const body = key.slice(0, -CHECKSUM_LENGTH);
  return checksumOf(body) === key.slice(-CHECKSUM_LENGTH);
}

/**
 * SHA-256 of the key, the only form stored. A slow password hash (argon2id) protects guessable
 * secrets; a 190-bit random key cannot be guessed or brute-forced from its digest, and a fast hash
 * keeps lookups cheap enough to run per request.
 */
export function digestApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** What may be shown of a key after creation: its prefix and last four characters. */
export function hintOf(key: string): string {
  return `${API_KEY_PREFIX}…${key.slice(-4)}`;
}

function checksumOf(body: string): string {
  let value = crc32(Buffer.from(body, 'utf8'));
  let encoded = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i += 1) {
    encoded = BASE62[value % 62] + encoded;
    value = Math.floor(value / 62);
  }
  return encoded;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3), as zlib and GitHub's token checksum compute it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  // The index is masked to 0–255, so the table always has the entry; `?? 0` only satisfies the type.
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
