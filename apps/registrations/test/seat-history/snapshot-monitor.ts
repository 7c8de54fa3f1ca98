import pg from 'pg';
import type { Violation } from './seat-model';

interface EventSnapshot {
  event_id: string;
  capacity: number;
  counter: number;
  holders: number;
  region_drift: string | null;
  session_drift: string | null;
}

/**
 * Reads the live tables in one consistent snapshot (REPEATABLE READ) every few milliseconds while
 * the clients run, independently of the commit log: seat counters against the registrations they
 * count, and holders against capacity (more holders than seats only after capacity came down).
 */
export class SnapshotMonitor {
  readonly violations: Violation[] = [];
  snapshots = 0;
  private readonly client: pg.Client;
  private readonly last = new Map<string, { holders: number; capacity: number }>();
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    databaseUrl: string,
    private readonly eventIds: string[],
    private readonly intervalMs = 25,
  ) {
    this.client = new pg.Client({ connectionString: databaseUrl, application_name: 'seat-history-monitor' });
  }

  async start(): Promise<void> {
    await this.client.connect();
    this.running = this.loop();
  }

  /** Takes one last snapshot and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    await this.snapshot();
    await this.client.end();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      await this.snapshot();
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }

  private async snapshot(): Promise<void> {
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const { rows } = await this.client.query<EventSnapshot>(
        `SELECT e.event_id, e.capacity,
                (SELECT COALESCE(sum(b.taken), 0)::int FROM registrations.seat_buckets b
                  WHERE b.event_id = e.event_id) AS counter,
                (SELECT count(*)::int FROM registrations.registrations r
                  WHERE r.event_id = e.event_id AND r.status IN ('confirmed', 'offered')) AS holders,
                (SELECT string_agg(format('%s counter %s holders %s', c.region_code, c.counter, c.holders), '; ')
                   FROM (SELECT COALESCE(s.region_code, h.region_code) AS region_code,
                                COALESCE(s.taken, 0) AS counter, COALESCE(h.n, 0) AS holders
                           FROM (SELECT region_code, taken FROM registrations.region_seats
                                  WHERE event_id = e.event_id) s
                           FULL JOIN (SELECT region_code, count(*) AS n FROM registrations.registrations
                                       WHERE event_id = e.event_id AND region_code IS NOT NULL
                                         AND status IN ('confirmed', 'offered')
                                       GROUP BY region_code) h ON h.region_code = s.region_code) c
                  WHERE c.counter <> c.holders) AS region_drift,
                (SELECT string_agg(format('%s counter %s sign-ups %s', p.session_id, p.signed_up_count, n.n), '; ')
                   FROM registrations.session_projections p
                   CROSS JOIN LATERAL (SELECT count(*) AS n FROM registrations.session_sign_ups u
                                        WHERE u.session_id = p.session_id AND u.cancelled_at IS NULL) n
                  WHERE p.event_id = e.event_id AND p.signed_up_count <> n.n) AS session_drift
           FROM registrations.event_projections e
          WHERE e.event_id = ANY($1::uuid[])`,
        [this.eventIds],
      );
      this.snapshots += 1;
      const at = new Date().toISOString();
      for (const event of rows) this.check(event, at);
    } finally {
      await this.client.query('COMMIT');
    }
  }

  private check(event: EventSnapshot, at: string): void {
    const seen = (invariant: string, detail: string) =>
      this.violations.push({
        invariant: `${invariant} (monitor)`,
        eventId: event.event_id,
        detail,
        committedAt: at,
      });
    if (event.counter !== event.holders) {
      seen('event seat counter = seat holders', `counter ${event.counter}, holders ${event.holders}`);
    }
    if (event.region_drift) seen('region seat counter = region seat holders', event.region_drift);
    if (event.session_drift) seen('session seat counter = active sign-ups', event.session_drift);
    // Between two snapshots with the same capacity, holders may exceed it only by going down.
    const last = this.last.get(event.event_id);
    if (
      last &&
      last.capacity === event.capacity &&
      event.holders > event.capacity &&
      event.holders > last.holders
    ) {
      seen(
        'seat holders ≤ capacity',
        `${last.holders} → ${event.holders} holders with capacity ${event.capacity}`,
      );
    }
    this.last.set(event.event_id, { holders: event.holders, capacity: event.capacity });
  }
}
