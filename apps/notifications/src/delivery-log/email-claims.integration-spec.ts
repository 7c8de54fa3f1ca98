import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { migrateServiceDatabase } from '@jiyn/persistence';
import { createTestDatabase } from '@jiyn/testing';
import { notificationsDatabase } from '../database/database';
import { EmailDeliveriesRepository, type EmailDelivery } from './email-deliveries.repository';

/**
 * The e-mail queue's claim and outcome statements, as several senders of several replicas run them
 * at once: random claim sizes, outcomes that send, fail for now (back to the queue at once), or never
 * come (a sender that died: its lease runs out and another sender takes the row), and late outcomes
 * of such dead claims arriving after the row was taken again. A monitor checks every claim: never
 * more rows than asked, never a row whose live lease another sender holds; at the end every message
 * is sent exactly once. Each history runs under planner settings that force different plans, since
 * a statement must mean the same whatever plan PostgreSQL picks.
 */
const PLANNER_SETTINGS: Record<string, string> = {
  'default plans': '',
  'nested loops, generic plans':
    '-c enable_hashjoin=off -c enable_mergejoin=off -c plan_cache_mode=force_generic_plan',
  'hash joins': '-c enable_nestloop=off -c enable_mergejoin=off',
  'sequential scans': '-c enable_indexscan=off -c enable_bitmapscan=off -c enable_indexonlyscan=off',
};
const MESSAGES = 300;
const SENDERS = 6;
const LEASE_MS = 500;
/** The lease is the server's clock, the check this process's, which reads it before the query. */
const CLOCK_SLACK_MS = 200;

let database: { url: string; drop(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase('notifications_claims');
  await migrateServiceDatabase(notificationsDatabase(database.url));
}, 60_000);
afterAll(async () => {
  await database?.drop();
});

/** A small deterministic generator, so a failing seed can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(
  Object.entries(PLANNER_SETTINGS).flatMap(([planner, options], i) => [
    { planner, options, seed: 11 + i },
    { planner, options, seed: 23 + i },
  ]),
)('e-mail claims under $planner (seed $seed)', ({ options, seed }) => {
  it('should give each message to one live claim at a time, never more than asked, and send each once', async () => {
    const dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      extra: { max: SENDERS + 2, ...(options ? { options } : {}) },
    });
    await dataSource.initialize();
    try {
      await dataSource.query('TRUNCATE notifications.email_deliveries CASCADE');
      const repository = new EmailDeliveriesRepository(dataSource);
      await dataSource.transaction((manager) =>
        repository.enqueue(
          manager,
          Array.from({ length: MESSAGES }, () => ({
            sourceEventId: randomUUID(),
            template: 'registration-confirmed' as const,
            recipientKind: 'participant' as const,
            recipientRef: randomUUID(),
            eventId: randomUUID(),
          })),
        ),
      );
      await dataSource.query('ANALYZE notifications.email_deliveries');

      const next = random(seed);
      /** Who holds each row now, until when (by this process's clock, with a margin for the server's). */
      const leases = new Map<string, { sender: number; until: number }>();
      const violations: string[] = [];
      const sentBy = new Map<string, number>();
      /** Claims whose sender 'died', with when their outcome turns up anyway (after the lease ran out). */
      const abandoned: { delivery: EmailDelivery; at: number }[] = [];
      let claims = 0;

      const sender = async (id: number) => {
        for (let round = 0; round < 400 && sentBy.size < MESSAGES; round++) {
          const limit = 1 + Math.floor(next() * 8);
          const claimedAt = Date.now();
          const claimed = await repository.claimDue(limit, LEASE_MS);
          claims++;
          if (claimed.length > limit) violations.push(`claim of ${limit} got ${claimed.length}`);
          for (const delivery of claimed) {
            const held = leases.get(delivery.id);
            if (held && held.sender !== id && held.until > claimedAt + CLOCK_SLACK_MS)
              violations.push(`${delivery.id} claimed by ${id} while ${held.sender} held it`);
            leases.set(delivery.id, { sender: id, until: claimedAt + LEASE_MS });
          }
          // A late outcome of a claim whose lease ran out meanwhile: it must not touch the row if
          // another sender claimed it since; it counts only if nobody did.
          const lateIndex = abandoned.findIndex((entry) => entry.at <= Date.now());
          const late = lateIndex >= 0 ? abandoned.splice(lateIndex, 1)[0]?.delivery : undefined;
          if (late) {
            const current = await repository.recordOutcome(late, {
              kind: 'sent',
              reply: '250 late',
              language: 'ru',
            });
            if (current) {
              sentBy.set(late.id, (sentBy.get(late.id) ?? 0) + 1);
              leases.delete(late.id);
            }
          }
          for (const delivery of claimed) {
            const roll = next();
            if (roll < 0.1) {
              // The sender hangs: its outcome (half of them) comes after the lease, or never.
              if (next() < 0.5) abandoned.push({ delivery, at: Date.now() + LEASE_MS + next() * LEASE_MS });
            } else if (roll < 0.35) {
              // Released first: the row may be claimed again the moment the outcome commits.
              leases.delete(delivery.id);
              const current = await repository.recordOutcome(delivery, {
                kind: 'temporary-failure',
                reply: '451 try again',
                retryAt: new Date(),
              });
              if (!current) violations.push(`${delivery.id}: a live claim's outcome was not recorded`);
            } else {
              leases.delete(delivery.id);
              const current = await repository.recordOutcome(delivery, {
                kind: 'sent',
                reply: '250 ok',
                language: 'kk',
              });
              if (!current) violations.push(`${delivery.id}: a live claim's outcome was not recorded`);
              sentBy.set(delivery.id, (sentBy.get(delivery.id) ?? 0) + 1);
            }
          }
          if (claimed.length === 0) await new Promise((resolve) => setTimeout(resolve, 20 + next() * 30));
        }
      };
      await Promise.all(Array.from({ length: SENDERS }, (_, id) => sender(id)));

      expect(violations).toEqual([]);
      expect(claims).toBeGreaterThan(MESSAGES / 8);
      const rows = (await dataSource.query(
        `SELECT status, count(*)::int AS n, min(attempts)::int AS min_attempts
           FROM notifications.email_deliveries GROUP BY status`,
      )) as { status: string; n: number; min_attempts: number }[];
      expect(rows.map(({ status, n }) => ({ status, n }))).toEqual([{ status: 'sent', n: MESSAGES }]);
      // Sent exactly once each: a late outcome of an abandoned claim neither re-sent nor closed a row.
      expect([...sentBy.values()].every((times) => times === 1)).toBe(true);
      expect(sentBy.size).toBe(MESSAGES);
    } finally {
      await dataSource.destroy();
    }
  }, 120_000);
});
