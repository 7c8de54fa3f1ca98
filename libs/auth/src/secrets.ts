import { createHash, timingSafeEqual } from 'node:crypto';

/** Secrets are compared as SHA-256 digests in constant time; only digests are kept in memory. */
export function digestSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(candidate: string | undefined, expectedDigest: Buffer): boolean {
  if (!candidate) return false;
  return timingSafeEqual(digestSecret(candidate), expectedDigest);
}
