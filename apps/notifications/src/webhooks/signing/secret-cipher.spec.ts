import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SecretCipher } from './secret-cipher';
import { generateWebhookSecret } from './standard-webhooks';

const cipher = new SecretCipher(randomBytes(32).toString('hex'));
const endpoint = '0190f000-0000-7000-8000-0000000000e1';

describe('webhook secret cipher', () => {
  it('should open what it sealed, and store nothing that shows the secret', () => {
    const secret = generateWebhookSecret();
    const sealed = cipher.seal(secret, endpoint);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(cipher.open(sealed, endpoint)).toBe(secret);
    expect(cipher.seal(secret, endpoint)).not.toBe(sealed); // a fresh IV each time
  });

  it('should refuse a sealed secret moved to another endpoint, changed, or under another key', () => {
    const sealed = cipher.seal(generateWebhookSecret(), endpoint);
    expect(() => cipher.open(sealed, '0190f000-0000-7000-8000-0000000000e2')).toThrow();
    // A character inside the ciphertext: every one of its bits is data.
    const at = sealed.length - 10;
    const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(() => cipher.open(flipped, endpoint)).toThrow();
    expect(() => new SecretCipher(randomBytes(32).toString('base64')).open(sealed, endpoint)).toThrow();
  });

  it('should take 32-byte keys only', () => {
    expect(() => new SecretCipher('short')).toThrow('32 bytes');
    expect(() => new SecretCipher(randomBytes(16).toString('hex'))).toThrow('32 bytes');
    expect(() => new SecretCipher(randomBytes(32).toString('base64url'))).not.toThrow();
  });
});
