import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com), symmetric signatures: every delivery carries
 * `webhook-id` (the same on every retry and replay: receivers dedupe on it), `webhook-timestamp`
 * (Unix seconds of this attempt) and `webhook-signature`, a space-separated list of
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per secret in force (two while a rotated
 * secret overlaps its successor).
 */

export const SECRET_PREFIX = 'whsec_';
/** 32 random bytes: the spec allows 24–64. */
const SECRET_BYTES = 32;
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** A new secret, `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The HMAC key a `whsec_…` secret stands for; throws on anything else. */
export function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error(`a webhook secret starts with ${SECRET_PREFIX}`);
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) {
    throw new Error('a webhook secret is whsec_ followed by standard base64');
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
    throw new Error(`a webhook secret's key has ${MIN_KEY_BYTES}–${MAX_KEY_BYTES} bytes`);
  }
  return key;
}

/** `v1,<base64 HMAC-SHA256(key, "id.timestamp.body")>`. */
export function signatureOf(key: Buffer, id: string, timestamp: number, body: string | Buffer): string {
  const hmac = createHmac('sha256', key);
  hmac.update(`${id}.${timestamp}.`);
  hmac.update(body);
  return `v1,${hmac.digest('base64')}`;
}

/**
 * The three headers of one attempt. `keys` are the endpoint's keys in force, newest first; each
 * signs, so a receiver holding either the old or the new secret verifies during a rotation.
 */
export function signDelivery(
  keys: readonly Buffer[],
  id: string,
  body: string | Buffer,
  now: Date = new Date(),
): WebhookHeaders {
  if (keys.length === 0) throw new Error('a delivery needs at least one signing key');
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': keys.map((key) => signatureOf(key, id, timestamp, body)).join(' '),
  };
}
