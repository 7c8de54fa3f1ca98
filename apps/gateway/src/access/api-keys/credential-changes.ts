import type { EntityManager } from 'typeorm';

/** The PostgreSQL channel on which gateways hear that a cached credential changed. */
export const CREDENTIAL_CHANGES_CHANNEL = 'jiyn_credential_changes';

/**
 * Tells every gateway, inside the caller's transaction, that cached credentials must be read again:
 * a NOTIFY (delivered at commit, in milliseconds) and a bumped counter that gateways poll in case
 * their LISTEN connection was lost. The payload names what changed: `api-key:<id>` or `organisation:<id>`.
 */
export async function announceCredentialChange(manager: EntityManager, subject: string): Promise<void> {
  const [rows] = (await manager.query(
    'UPDATE access.credential_changes SET version = version + 1 RETURNING version',
  )) as [{ version: string }[], number];
  // The version rides along, so a gateway that heard the NOTIFY knows its next poll has nothing new.
  await manager.query('SELECT pg_notify($1, $2)', [
    CREDENTIAL_CHANGES_CHANNEL,
    `${rows[0]!.version} ${subject}`,
  ]);
}

/** Reads a NOTIFY payload: the change counter's new value and what changed. */
export function parseCredentialChange(
  payload: string | undefined,
): { version: bigint; subject: string } | undefined {
  const match = /^(\d+) (\S+)$/.exec(payload ?? '');
  return match ? { version: BigInt(match[1]!), subject: match[2]! } : undefined;
}
