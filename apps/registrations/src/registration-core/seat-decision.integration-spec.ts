import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { testInfrastructure } from '@jiyn/testing';
import { decideSeat, seatDecisionSql, type SeatDecision } from './seat-decision';
import type { SeatOutcome } from './seat-ledger';

const BOOLEANS = [false, true] as const;
const SEATS: SeatOutcome[] = ['taken', 'event-full', 'region-full'];

/** Every input of the decision, with the two a one-statement caller adds (when it cannot decide alone). */
const CASES = BOOLEANS.flatMap((requiresApproval) =>
  BOOLEANS.flatMap((waitlistEnabled) =>
    SEATS.flatMap((seat) =>
      BOOLEANS.flatMap((seatUnknown) =>
        BOOLEANS.map((mayWaitlist) => ({
          requiresApproval,
          waitlistEnabled,
          seat,
          seatUnknown,
          mayWaitlist,
        })),
      ),
    ),
  ),
);

/** What the SQL must answer: the TypeScript decision, or `careful-path` where SQL may not decide. */
function expected(input: (typeof CASES)[number]): SeatDecision | 'careful-path' {
  const decided = decideSeat(input);
  if (decided === 'pending' || decided === 'confirmed') return decided;
  if (input.seatUnknown) return 'careful-path';
  if (decided === 'waitlisted' && !input.mayWaitlist) return 'careful-path';
  return decided;
}

describe('the seat decision in TypeScript and in SQL', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: testInfrastructure().databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
  });

  it(`should agree on PostgreSQL over all ${CASES.length} combinations of inputs`, async () => {
    const sql = seatDecisionSql({
      requiresApproval: 'c.requires_approval',
      seatTaken: `c.seat = 'taken'`,
      seatUnknown: 'c.seat_unknown',
      waitlistEnabled: 'c.waitlist_enabled',
      mayWaitlist: 'c.may_waitlist',
      noSeat: 'c.seat',
    });
    const { rows } = await client.query<{ i: number; decision: string }>(
      `SELECT c.i, ${sql} AS decision
         FROM jsonb_to_recordset($1::jsonb) AS c(i int, requires_approval boolean, waitlist_enabled boolean,
                                                 seat text, seat_unknown boolean, may_waitlist boolean)
        ORDER BY c.i`,
      [
        JSON.stringify(
          CASES.map((c, i) => ({
            i,
            requires_approval: c.requiresApproval,
            waitlist_enabled: c.waitlistEnabled,
            seat: c.seat,
            seat_unknown: c.seatUnknown,
            may_waitlist: c.mayWaitlist,
          })),
        ),
      ],
    );
    expect(rows.map((row) => ({ ...CASES[row.i], decision: row.decision }))).toEqual(
      CASES.map((c) => ({ ...c, decision: expected(c) })),
    );
  });

  it('should be able to fail: a decision that waitlists before it seats is caught', async () => {
    const wrong = `CASE WHEN c.requires_approval THEN 'pending' WHEN c.waitlist_enabled THEN 'waitlisted'
                        WHEN c.seat = 'taken' THEN 'confirmed' ELSE c.seat END`;
    const { rows } = await client.query<{ decision: string }>(
      `SELECT ${wrong} AS decision FROM (SELECT false AS requires_approval, true AS waitlist_enabled, 'taken' AS seat) c`,
    );
    expect(rows[0]?.decision).not.toBe(
      decideSeat({ requiresApproval: false, waitlistEnabled: true, seat: 'taken' }),
    );
  });
});
