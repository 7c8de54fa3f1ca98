/**
 * The service's committed changes in commit order, as PostgreSQL itself saw them: a trigger copies
 * every row written to the seat-relevant tables (after-images, with the writing transaction's id
 * and start time) into `seat_history.changes`, and PostgreSQL's commit timestamps
 * (`track_commit_timestamp`) order the transactions. Rows of transactions that rolled back vanish
 * with them. Replaying the after-images in commit order gives every state the database committed.
 */

export type Query = <R extends Record<string, unknown> = Record<string, unknown>>(
  sql: string,
  params?: unknown[],
) => Promise<R[]>;

/** The tables whose rows decide seats: registrations, the counters, and what bounds them. */
export const RECORDED_TABLES = [
  'registrations',
  'seat_buckets',
  'region_seats',
  'session_projections',
  'session_sign_ups',
  'event_projections',
  'event_settings',
] as const;
export type RecordedTable = (typeof RECORDED_TABLES)[number];

export interface RowChange {
  table: RecordedTable;
  op: 'INSERT' | 'UPDATE' | 'DELETE';
  row: Record<string, unknown>;
}

export interface CommittedTransaction {
  xid: string;
  startedAt: Date;
  committedAt: Date;
  changes: RowChange[];
}

/** Installs the recording triggers (idempotent); refuses a server that does not keep commit timestamps. */
export async function installCommitLog(query: Query): Promise<void> {
  const [setting] = await query<{ on: string }>(`SELECT current_setting('track_commit_timestamp') AS on`);
  if (setting?.on !== 'on') {
    throw new Error(
      'the history checker orders transactions by commit timestamp: start PostgreSQL with track_commit_timestamp=on',
    );
  }
  await query(`CREATE SCHEMA IF NOT EXISTS seat_history`);
  await query(`
    CREATE TABLE IF NOT EXISTS seat_history.changes (
      seq bigserial PRIMARY KEY,
      xid bigint NOT NULL DEFAULT txid_current(),
      started_at timestamptz NOT NULL DEFAULT transaction_timestamp(),
      tbl text NOT NULL,
      op text NOT NULL,
      row jsonb NOT NULL
    )`);
  // Personal data and bulky columns are left out: the checker needs ids, statuses and counts.
  await query(`
    CREATE OR REPLACE FUNCTION seat_history.record() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO seat_history.changes (tbl, op, row)
      VALUES (TG_TABLE_NAME, TG_OP,
              to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END)
                - 'full_name' - 'email' - 'phone' - 'iin' - 'answers' - 'consent' - 'title'
                - 'management_token_digest' - 'participant_key');
      RETURN NULL;
    END $$`);
  for (const table of RECORDED_TABLES) {
    await query(`DROP TRIGGER IF EXISTS seat_history ON registrations.${table}`);
    await query(`
      CREATE TRIGGER seat_history AFTER INSERT OR UPDATE OR DELETE ON registrations.${table}
      FOR EACH ROW EXECUTE FUNCTION seat_history.record()`);
  }
}

/** Every committed transaction recorded since `afterSeq`, in commit order (ties: by transaction id). */
export async function readCommitLog(query: Query): Promise<CommittedTransaction[]> {
  const rows = await query<{
    xid: string;
    started_at: Date;
    committed_at: Date;
    tbl: RecordedTable;
    op: RowChange['op'];
    row: Record<string, unknown>;
  }>(
    `SELECT c.xid::text AS xid, c.started_at, pg_xact_commit_timestamp(c.xid::text::xid) AS committed_at,
            c.tbl, c.op, c.row
       FROM seat_history.changes c
      ORDER BY committed_at, c.xid, c.seq`,
  );
  const transactions: CommittedTransaction[] = [];
  for (const row of rows) {
    let last = transactions[transactions.length - 1];
    if (!last || last.xid !== row.xid) {
      last = { xid: row.xid, startedAt: row.started_at, committedAt: row.committed_at, changes: [] };
      transactions.push(last);
    }
    last.changes.push({ table: row.tbl, op: row.op, row: row.row });
  }
  return transactions;
}
