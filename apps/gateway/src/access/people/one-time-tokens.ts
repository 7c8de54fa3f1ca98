import { createHash, randomBytes } from 'node:crypto';

/** A random token shown once; only its SHA-256 is stored (it is high-entropy, so no slow hash is needed). */
export function newToken(prefix = ''): { token: string; hash: Buffer } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
