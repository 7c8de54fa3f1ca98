import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A kept answer may hold what was meant to be shown once (a registration's management token) and
 * personal data, so it is stored encrypted under a key derived from the caller and their
 * Idempotency-Key, which the table holds only as a digest: reading the table alone reveals nothing,
 * and only the caller presenting the key again can have the answer back.
 */
export function keyDigestOf(key: string): Buffer {
  return createHash('sha256').update('jiyn-idempotency-key\0').update(key).digest();
}

export function sealAnswer(caller: string, key: string, body: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', bodyKeyOf(caller, key), iv);
  const sealed = Buffer.concat([cipher.update(body), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

export function openAnswer(caller: string, key: string, stored: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', bodyKeyOf(caller, key), stored.subarray(0, 12));
  decipher.setAuthTag(stored.subarray(12, 28));
  return Buffer.concat([decipher.update(stored.subarray(28)), decipher.final()]);
}

function bodyKeyOf(caller: string, key: string): Buffer {
  return createHash('sha256')
    .update('jiyn-idempotency-body\0')
    .update(caller)
    .update('\0')
    .update(key)
    .digest();
}
