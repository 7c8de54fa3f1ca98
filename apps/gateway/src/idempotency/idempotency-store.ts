import { DataSource } from 'typeorm';

/** What the table says about a caller's key when the gateway tries to reserve it. */
export type Reservation =
  | { outcome: 'reserved' }
  /** Another request holds the key: still running (`status` null) or answered. */
  | {
      outcome: 'taken';
      fingerprint: Buffer;
      status: number | null;
      headers: Record<string, string | string[]> | null;
      body: Buffer | null;
      bodyKept: boolean | null;
    }
  /** A request reserved the key in the same instant and is running: not visible to this statement yet. */
  | { outcome: 'racing' };

interface TakenRow {
  reserved: boolean;
  fingerprint: Buffer | null;
  status: number | null;
  headers: Record<string, string | string[]> | null;
  body: Buffer | null;
  body_kept: boolean | null;
}

/**
 * Idempotency keys in PostgreSQL, shared by every gateway replica. Reserving is one statement that
 * either claims the key (new, expired, or abandoned by a replica that died mid-request) or reads
 * what holds it; finishing is one more (keep the answer, or let the key go).
 */
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  async reserve(
    caller: string,
    keyDigest: Buffer,
    fingerprint: Buffer,
    lease: string,
    leaseSeconds: number,
    ttlHours: number,
  ): Promise<Reservation> {
    const rows = (await this.dataSource.query(
      `WITH claimed AS (
         INSERT INTO access.idempotency_keys AS k
           (caller, key_digest, fingerprint, lease, locked_until, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), now() + make_interval(hours => $6))
         ON CONFLICT (caller, key_digest) DO UPDATE SET
           fingerprint = EXCLUDED.fingerprint, lease = EXCLUDED.lease, locked_until = EXCLUDED.locked_until,
           status = NULL, headers = NULL, body = NULL, body_kept = NULL,
           created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE k.expires_at <= now() OR (k.status IS NULL AND k.locked_until <= now())
         RETURNING 1
       )
       SELECT true AS reserved, NULL::bytea AS fingerprint, NULL::smallint AS status,
              NULL::jsonb AS headers, NULL::bytea AS body, NULL::boolean AS body_kept
         FROM claimed
       UNION ALL
       SELECT false, fingerprint, status, headers, body, body_kept
         FROM access.idempotency_keys
        WHERE caller = $1 AND key_digest = $2 AND NOT EXISTS (SELECT 1 FROM claimed)`,
      [caller, keyDigest, fingerprint, lease, leaseSeconds, ttlHours],
    )) as TakenRow[];
    const row = rows[0];
    // No row at all: the holder committed after this statement's snapshot, so it has only just begun.
    if (!row) return { outcome: 'racing' };
    if (row.reserved) return { outcome: 'reserved' };
    return {
      outcome: 'taken',
      fingerprint: row.fingerprint as Buffer,
      status: row.status,
      headers: row.headers,
      body: row.body,
      bodyKept: row.body_kept,
    };
  }

  /** Keeps the answer; a reservation taken over meanwhile (this one's lease ran out) is left alone. */
  async complete(
    caller: string,
    keyDigest: Buffer,
    lease: string,
    answer: { status: number; headers: Record<string, string | string[]>; body: Buffer | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE access.idempotency_keys
          SET lease = NULL, locked_until = NULL, status = $4, headers = $5, body = $6, body_kept = $7
        WHERE caller = $1 AND key_digest = $2 AND lease = $3`,
      [
        caller,
        keyDigest,
        lease,
        answer.status,
        JSON.stringify(answer.headers),
        answer.body,
        answer.body !== null,
      ],
    );
  }

  /** Lets the key go, so a retry runs the request again. */
  async release(caller: string, keyDigest: Buffer, lease: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM access.idempotency_keys WHERE caller = $1 AND key_digest = $2 AND lease = $3',
      [caller, keyDigest, lease],
    );
  }

  /** Removes expired keys; answers how many went. Expired keys are never replayed even before this. */
  async purgeExpired(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM access.idempotency_keys WHERE expires_at <= now() RETURNING 1)
       SELECT count(*)::int AS purged FROM gone`,
    )) as { purged: number }[];
    return row?.purged ?? 0;
  }
}
