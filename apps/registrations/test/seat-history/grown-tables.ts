import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { RECORDED_TABLES, type Query } from './commit-log';

/**
 * Grows the service's tables to what a database that has run for a while looks like — thousands
 * of small past events with one seat bucket each, a few hundred with sixteen, tens of thousands of
 * registrations in every status, region counters and session sign-ups — and ANALYZEs them, so the
 * planner chooses the plans it would choose in production (a fresh, empty table gets other ones).
 * The rows are consistent (counters equal their counts) and are kept out of the commit log.
 */
export async function growTables(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'seat-history-grow' });
  await client.connect();
  try {
    // Whatever the planner settings the service runs under, filling in is done with every plan allowed.
    await client.query(
      `SET enable_indexscan = on; SET enable_bitmapscan = on; SET enable_indexonlyscan = on;
       SET enable_hashjoin = on; SET enable_mergejoin = on; SET enable_nestloop = on; SET plan_cache_mode = auto`,
    );
    await grow((sql, params) => client.query(sql, params).then((result) => result.rows));
  } finally {
    await client.end();
  }
}

async function grow(query: Query): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  for (const table of RECORDED_TABLES)
    await query(`ALTER TABLE registrations.${table} DISABLE TRIGGER seat_history`);
  try {
    await query(
      `INSERT INTO registrations.event_projections
         (event_id, version, slug, time_zone, starts_at, ends_at, capacity, requires_approval, waitlist_enabled, status)
       SELECT gen_random_uuid(), 1, format('grown-%s-%s', $1::text, g), 'Asia/Almaty',
              '2029-01-01T04:00:00Z', '2029-01-01T13:00:00Z', CASE WHEN g <= 300 THEN 48 ELSE 1 END,
              g % 7 = 0, true, CASE WHEN g % 11 = 0 THEN 'archived' ELSE 'published' END
         FROM generate_series(1, 9000) g`,
      [tag],
    );
    // Each grown event's seats: 48 seats in 16 buckets of 3, or 1 seat in one bucket; registrations
    // in every status, the holders matching the buckets and the region counters.
    await query(
      `WITH grown AS (
         SELECT event_id, capacity, row_number() OVER (ORDER BY event_id) AS g
           FROM registrations.event_projections WHERE slug LIKE format('grown-%s-%%', $1::text)
       ), people AS (
         SELECT e.event_id, e.g, p,
                CASE WHEN p <= CASE WHEN e.capacity = 1 THEN e.g % 2 ELSE 40 END THEN 'confirmed'
                     WHEN p % 5 = 0 THEN 'cancelled' WHEN p % 5 = 1 THEN 'rejected'
                     WHEN p % 5 = 2 THEN 'pending' ELSE 'waitlisted' END AS status,
                (ARRAY['KZ-71','KZ-75','KZ-79','KZ-11','KZ-55'])[1 + p % 5] AS region_code
           FROM grown e, generate_series(1, CASE WHEN e.capacity = 1 THEN 3 ELSE 60 END) p
       )
       INSERT INTO registrations.registrations
         (id, event_id, status, full_name, email, region_code, channel, participant_key, version,
          waitlisted_at, created_at, updated_at)
       SELECT gen_random_uuid(), event_id, status, 'Grown Participant', format('grown-%s-%s-%s@example.kz', $1::text, g, p),
              region_code, 'import', repeat('0', 64), 1,
              CASE WHEN status = 'waitlisted' THEN now() - make_interval(secs => p) END, now(), now()
         FROM people`,
      [tag],
    );
    await query(
      `INSERT INTO registrations.seat_buckets (event_id, bucket, capacity, taken)
       SELECT e.event_id, b, CASE WHEN e.capacity = 1 THEN 1 ELSE 3 END,
              CASE WHEN e.capacity = 1 THEN h.n ELSE least(3, greatest(0, h.n - 3 * b)) END
         FROM registrations.event_projections e
         LEFT JOIN (SELECT event_id, count(*)::int AS n FROM registrations.registrations
                     WHERE status = 'confirmed' AND email LIKE format('grown-%s-%%', $1::text)
                     GROUP BY event_id) c ON c.event_id = e.event_id
         CROSS JOIN LATERAL (SELECT COALESCE(c.n, 0) AS n) h
         CROSS JOIN LATERAL generate_series(0, CASE WHEN e.capacity = 1 THEN 0 ELSE 15 END) b
        WHERE e.slug LIKE format('grown-%s-%%', $1::text)`,
      [tag],
    );
    await query(
      `INSERT INTO registrations.region_seats (event_id, region_code, taken)
       SELECT event_id, region_code, count(*)::int FROM registrations.registrations r
        WHERE r.status = 'confirmed' AND r.email LIKE format('grown-%s-%%', $1::text)
        GROUP BY event_id, region_code`,
      [tag],
    );
    await query(
      `INSERT INTO registrations.session_projections
         (session_id, event_id, version, title, starts_at, ends_at, capacity, status, signed_up_count, updated_at)
       SELECT gen_random_uuid(), event_id, 1, '{"en":"Grown"}', starts_at, ends_at, 50, 'confirmed', 0, now()
         FROM registrations.event_projections WHERE slug LIKE format('grown-%s-%%', $1::text) AND capacity > 1`,
      [tag],
    );
    await query(
      `WITH signed AS (
         INSERT INTO registrations.session_sign_ups (id, registration_id, session_id, created_at)
         SELECT gen_random_uuid(), r.id, s.session_id, now()
           FROM registrations.registrations r JOIN registrations.session_projections s ON s.event_id = r.event_id
          WHERE r.status = 'confirmed' AND r.email LIKE format('grown-%s-%%', $1::text)
         RETURNING session_id
       )
       UPDATE registrations.session_projections p SET signed_up_count = c.n
         FROM (SELECT session_id, count(*)::int AS n FROM signed GROUP BY session_id) c
        WHERE p.session_id = c.session_id`,
      [tag],
    );
  } finally {
    for (const table of RECORDED_TABLES)
      await query(`ALTER TABLE registrations.${table} ENABLE TRIGGER seat_history`);
  }
  await query(`ANALYZE`);
}
