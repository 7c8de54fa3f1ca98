import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Webhook secrets must be read back to sign every delivery, so they cannot be stored as a one-way
 * hash: they are sealed with AES-256-GCM under `WEBHOOK_SECRET_ENCRYPTION_KEY` (32 bytes, hex or
 * base64, from the environment), so a copy of the database alone reveals none of them. The endpoint
 * id is bound in as associated data: a sealed secret copied onto another endpoint does not open.
 * Sealed form: `v1.<iv | tag | ciphertext, base64url>`.
 */
export class SecretCipher {
  private readonly key: Buffer;

  constructor(encodedKey: string) {
    this.key = parseEncryptionKey(encodedKey);
  }

  seal(plain: string, endpointId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(endpointId, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string, endpointId: string): string {
    const [version, payload] = sealed.split('.');
    if (version !== VERSION || !payload) throw new Error('unknown sealed webhook secret format');
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(endpointId, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** 32 bytes as 64 hex characters or base64 (standard or URL-safe). */
export function parseEncryptionKey(encoded: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(encoded)
    ? Buffer.from(encoded, 'hex')
    : Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== 32) throw new Error('WEBHOOK_SECRET_ENCRYPTION_KEY must be 32 bytes (hex or base64)');
  return key;
}
