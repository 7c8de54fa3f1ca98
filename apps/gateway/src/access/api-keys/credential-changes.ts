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
  const [row] = rows;
  if (!row) throw new Error('access.credential_changes has no counter row (its migration inserts one)');
  // The version rides along, so a gateway that heard the NOTIFY knows its next poll has nothing new.
  await manager.query('SELECT pg_notify($1, $2)', [CREDENTIAL_CHANGES_CHANNEL, `${row.version} ${subject}`]);
}

/** Reads a NOTIFY payload: the change counter's new value and what changed. */
export function parseCredentialChange(
  payload: string | undefined,
): { version: bigint; subject: string } | undefined {
  const [, version, subject] = /^(\d+) (\S+)$/.exec(payload ?? '') ?? [];
  return version !== undefined && subject !== undefined ? { version: BigInt(version), subject } : undefined;
}
