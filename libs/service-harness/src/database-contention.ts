import pg from 'pg';
import { eventually } from '@jiyn/testing';

/** SQL, with its parameters if it has any. */
type Statement = string | { text: string; values: unknown[] };

/**
 * Puts a service's database in the states its requests must survive — deadlocked, locked out,
 * disconnected — from test connections of its own, on the real PostgreSQL.
 */
export class DatabaseContention {
  /** Takes the locks, in transactions of its own. */
  private readonly locker: pg.Client;
  /**
   * Watches the service's backends. Outside the locker's transactions: pg_stat_activity is read
   * once per transaction, and a snapshot taken before a request would never show it waiting.
   */
  private readonly observer: pg.Client;
  private lockerPid = 0;

  private constructor(
    databaseUrl: string,
    /** The service pool's application_name, e.g. `jiyn-registrations`. */
    private readonly application: string,
  ) {
    this.locker = new pg.Client({ connectionString: databaseUrl });
    this.observer = new pg.Client({ connectionString: databaseUrl });
  }

  static async open(databaseUrl: string, application: string): Promise<DatabaseContention> {
    const contention = new DatabaseContention(databaseUrl, application);
    for (const client of [contention.locker, contention.observer]) {
      // Cut off by the test database's forced drop if the test bed stops first: not a test failure.
      client.on('error', () => undefined);
      await client.connect();
    }
    const { rows } = await contention.locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    contention.lockerPid = rows[0]?.pid ?? 0;
    return contention;
  }

  async close(): Promise<void> {
    await Promise.all([this.locker.end(), this.observer.end()]).catch(() => undefined);
  }

  /**
   * Deadlocks the service's unit of work `rounds` times (Infinity: every run until `request`
   * settles). The test holds `holdLate`, a lock the service's work takes late; once the service
   * waits for it, the test asks for `takeEarly`, a lock the service already holds. PostgreSQL finds
   * the cycle and aborts the service's side: the test raises its own deadlock_timeout, so the
   * service's check (1 s) runs first. Returns the answer and how
   * many runs were aborted so. Row locks serve best: a statement takes its table locks at start.
   */
  async deadlock<T>(
    plan: { holdLate: Statement; takeEarly: Statement; rounds: number },
    request: () => Promise<T>,
  ): Promise<{ answer: T; deadlocks: number }> {
    await this.locker.query('BEGIN');
    let settled = false;
    let answer: Promise<T> | undefined;
    let rounds = 0;
    try {
      await this.locker.query(`SET LOCAL deadlock_timeout = '60s'`);
      await this.locker.query(plan.holdLate);
      answer = request().finally(() => (settled = true));
      while (rounds < plan.rounds && (await this.untilWaitingOrSettled(() => settled))) {
        await this.locker.query('SAVEPOINT early');
        await this.takeWaiting(plan.takeEarly);
        await this.locker.query('ROLLBACK TO SAVEPOINT early');
        rounds += 1;
      }
    } finally {
      await this.locker.query('ROLLBACK');
    }
    return { answer: (await answer) as T, deadlocks: rounds };
  }

  /**
   * Runs `request` while the test holds `lock` (e.g. `LOCK TABLE … IN ACCESS EXCLUSIVE MODE`) for
   * at most `holdMs`, or, with `terminate`, until every backend of the service that waits for it
   * has been terminated (a connection lost mid-request).
   */
  async whileLocked<T>(
    lock: string,
    request: () => Promise<T>,
    options: { holdMs?: number; terminate?: boolean } = {},
  ): Promise<T> {
    await this.locker.query('BEGIN');
    let settled = false;
    try {
      await this.locker.query(lock);
      const answer = request().finally(() => (settled = true));
      const deadline = Date.now() + (options.holdMs ?? 30_000);
      while (!settled && Date.now() < deadline) {
        if (options.terminate) await this.terminate(`AND wait_event_type = 'Lock'`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await this.locker.query('ROLLBACK');
      return await answer;
    } catch (error) {
      await this.locker.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Runs `sql` on the locker, which must wait for it: if it got its lock at once the service held
   * nothing it wanted and no deadlock happened — a broken plan, not a passed test. It returns only
   * once the service's transaction released its locks, which, waiting for ours, only an abort does
   * (a statement timeout would too: keep the service's above deadlock_timeout).
   */
  private async takeWaiting(statement: Statement): Promise<void> {
    let done = false;
    const taken = this.locker.query(statement).finally(() => (done = true));
    let waited = false;
    while (!done && !waited) {
      const { rows } = await this.observer.query<{ waiting: boolean }>(
        `SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1`,
        [this.lockerPid],
      );
      waited = rows[0]?.waiting === true;
      if (!waited) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await taken;
    if (!waited) {
      const sql = typeof statement === 'string' ? statement : statement.text;
      throw new Error(`the test took "${sql}" at once: the service held none of it, no deadlock`);
    }
  }

  /** Terminates the service's idle pooled connections (the database restarted between requests). */
  async terminateIdle(): Promise<number> {
    const terminated = await this.terminate(`AND state = 'idle'`);
    await eventually(async () => {
      const { rows } = await this.observer.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = $1 AND state = 'idle'`,
        [this.application],
      );
      if (rows[0]?.n !== 0) throw new Error('idle connections remain');
    });
    return terminated;
  }

  private async terminate(condition: string): Promise<number> {
    const { rowCount } = await this.observer.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1 ${condition}`,
      [this.application],
    );
    return rowCount ?? 0;
  }

  /** True once one of the service's backends waits for a lock; false if the request settled first. */
  private async untilWaitingOrSettled(settled: () => boolean): Promise<boolean> {
    return eventually(
      async () => {
        if (settled()) return false;
        const { rows } = await this.observer.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = $1 AND wait_event_type = 'Lock'`,
          [this.application],
        );
        if (!rows[0]?.n) throw new Error(`no backend of ${this.application} waits for a lock`);
        return true;
      },
      { timeoutMs: 20_000, intervalMs: 20 },
    );
  }
}
