import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppSecrets } from './apps';

/**
 * Local secrets: taken from the environment when set, else generated once and kept (mode 600) in
 * the local data folder, so the admin key printed by `npm start` stays the same across restarts.
 */
export function localSecrets(file: string): AppSecrets {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<AppSecrets>) : {};
  const secrets: AppSecrets = {
    adminApiKey: process.env['ADMIN_API_KEY'] ?? stored.adminApiKey ?? generate('jiyn_admin_'),
    internalToken: process.env['INTERNAL_TOKEN'] ?? stored.internalToken ?? generate(''),
    participantKeySecret:
      process.env['PARTICIPANT_KEY_SECRET'] ?? stored.participantKeySecret ?? generate(''),
    offerLinkSecret: process.env['OFFER_LINK_SECRET'] ?? stored.offerLinkSecret ?? generate(''),
    checkInSigningKey:
      process.env['CHECK_IN_SIGNING_KEY'] ?? stored.checkInSigningKey ?? generateCheckInSigningKey(),
    accessEncryptionKey:
      process.env['ACCESS_ENCRYPTION_KEY'] ?? stored.accessEncryptionKey ?? randomBytes(32).toString('hex'),
    webhookEncryptionKey:
      process.env['WEBHOOK_SECRET_ENCRYPTION_KEY'] ??
      stored.webhookEncryptionKey ??
      randomBytes(32).toString('hex'),
    ownerPassword: stored.ownerPassword ?? generate('jiyn-'),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2));
  chmodSync(file, 0o600);
  return secrets;
}

export function generateSecrets(): AppSecrets {
  return {
    adminApiKey: generate('jiyn_admin_'),
    internalToken: generate(''),
    participantKeySecret: generate(''),
    offerLinkSecret: generate(''),
    checkInSigningKey: generateCheckInSigningKey(),
    accessEncryptionKey: randomBytes(32).toString('hex'),
    webhookEncryptionKey: randomBytes(32).toString('hex'),
    ownerPassword: generate('jiyn-'),
  };
}

/** A fresh Ed25519 private key as the registrations service reads it: base64 of PKCS#8 DER. */
export function generateCheckInSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}

function generate(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}
