import type { DataSource } from 'typeorm';

/** What one lease brought: requests this replica may accept, and what the shared window has left. */
export interface Lease {
  granted: number;
  quota: number;
  /** Still unleased in the window after this lease (other replicas may take it). */
  unleased: number;
  /** Milliseconds until the window ends, by the database's clock. */
  msLeft: number;
}

/** The organisation setting that overrides a policy's default quota. */
export type QuotaSetting = 'api_key_per_minute' | 'person_per_minute';

/**
 * A lease is taken in one statement: the window row is created or updated under its row lock, and
 * `granted` never passes `quota`, so all replicas together accept at most the quota. The lease
 * shrinks as the window runs low (a quarter of what is left), so a replica rarely sits on budget
 * another one needs. The window is the database's clock, shared by every replica.
 */
function leaseSql(setting: QuotaSetting | undefined): string {
  const quota = setting
    ? `COALESCE((SELECT ${setting} FROM access.rate_limit_settings WHERE organisation_id = $5::uuid), $3)`
    : '$3';
  const share = 'LEAST($4, GREATEST(1, (w.quota - w.granted) / 4), w.quota - w.granted)';
  return `
    WITH win AS (
      SELECT to_timestamp(floor(extract(epoch FROM clock_timestamp()) / $2) * $2) AS start, ${quota}::int AS quota
    )
    INSERT INTO access.rate_limit_windows AS w (bucket, window_start, quota, granted, last_lease)
    SELECT $1, win.start, win.quota, LEAST($4, GREATEST(1, win.quota / 4), win.quota),
           LEAST($4, GREATEST(1, win.quota / 4), win.quota)
      FROM win
    ON CONFLICT (bucket, window_start) DO UPDATE SET last_lease = ${share}, granted = w.granted + ${share}
    RETURNING last_lease, quota, granted,
      ((extract(epoch FROM window_start) + $2 - extract(epoch FROM clock_timestamp())) * 1000)::int AS ms_left`;
}

export class LeaseStore {
  constructor(private readonly dataSource: DataSource) {}

  async lease(
    bucket: string,
    windowSeconds: number,
    defaultQuota: number,
    chunk: number,
    override?: { setting: QuotaSetting; organisationId: string },
  ): Promise<Lease> {
    const params: unknown[] = [bucket, windowSeconds, defaultQuota, chunk];
    if (override) params.push(override.organisationId);
    const [row] = (await this.dataSource.query(leaseSql(override?.setting), params)) as {
      last_lease: number;
      quota: number;
      granted: number;
      ms_left: number;
    }[];
    if (!row) throw new Error('rate-limit lease returned no row');
    return {
      granted: row.last_lease,
      quota: row.quota,
      unleased: row.quota - row.granted,
      msLeft: Math.max(0, row.ms_left),
    };
  }

  /** Windows that ended long ago: nobody asks for them again. */
  async forgetEnded(olderThanSeconds: number): Promise<number> {
    const result = (await this.dataSource.query(
      `DELETE FROM access.rate_limit_windows WHERE window_start < now() - make_interval(secs => $1)`,
      [olderThanSeconds],
    )) as [unknown, number];
    return result[1] ?? 0;
  }
}
