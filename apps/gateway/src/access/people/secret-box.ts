import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ProblemException } from '@jiyn/problems';

const VERSION = 'v1';

/**
 * AES-256-GCM for the few secrets the gateway must read back (TOTP seeds, OIDC client secrets):
 * a copy of the database alone does not reveal them. Sealed form: `v1.<iv|tag|ciphertext, base64url>`.
 */
export class SecretBox {
  private readonly key: Buffer | undefined;

  constructor(encodedKey: string | undefined) {
    this.key = encodedKey ? parseKey(encodedKey) : undefined;
  }

  seal(plain: string): string {
    const key = this.requireKey();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  open(sealed: string): string {
    const key = this.requireKey();
    const [version, payload] = sealed.split('.');
    if (version !== VERSION || !payload) throw new Error('Unknown sealed secret format');
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  private requireKey(): Buffer {
    if (this.key) return this.key;
    throw new ProblemException('service-unavailable', {
      detail: {
        en: 'This gateway has no ACCESS_ENCRYPTION_KEY, so it cannot keep TOTP or OIDC secrets',
        ru: 'У этого шлюза не задан ACCESS_ENCRYPTION_KEY, поэтому он не может хранить секреты TOTP и OIDC',
        kk: 'Бұл шлюзде ACCESS_ENCRYPTION_KEY берілмеген, сондықтан ол TOTP және OIDC құпияларын сақтай алмайды',
      },
    });
  }
}

function parseKey(encoded: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(encoded)
    ? Buffer.from(encoded, 'hex')
    : Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== 32) throw new Error('ACCESS_ENCRYPTION_KEY must be 32 bytes');
  return key;
}
