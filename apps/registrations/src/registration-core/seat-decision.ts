import type { SeatOutcome } from './seat-ledger';

/**
 * THE seat decision: where a registration that asks to take part goes. It is made in three places
 * — the careful path (a new registration, an approval), the one-statement registration (in SQL)
 * and the importer's forecast — and all three take it from here: `decideSeat` in TypeScript and
 * `seatDecisionSql` for the one statement, tested against each other on PostgreSQL over every input.
 *
 * Approval comes first (no seat is taken for a pending registration); then a seat, when one was
 * taken (within the region's quota); else the waitlist when the event keeps one; else a refusal
 * naming what is full.
 */
export type SeatDecision = 'pending' | 'confirmed' | 'waitlisted' | 'event-full' | 'region-full';

export interface SeatDecisionInput {
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  /** What asking for a seat gave; not read when the event requires approval (no seat is asked for). */
  seat?: SeatOutcome;
}

/** Whether the decision needs a seat asked for at all (the caller takes one only then). */
export function asksForSeat(event: Pick<SeatDecisionInput, 'requiresApproval'>): boolean {
  return !event.requiresApproval;
}

export function decideSeat({ requiresApproval, waitlistEnabled, seat }: SeatDecisionInput): SeatDecision {
  if (requiresApproval) return 'pending';
  if (seat === undefined)
    throw new Error('the seat decision needs the seat outcome unless approval is required');
  if (seat === 'taken') return 'confirmed';
  return waitlistEnabled ? 'waitlisted' : seat;
}

/**
 * The same decision as a SQL `CASE` over SQL expressions (booleans unless said otherwise), for a
 * statement that decides and writes in one go. Such a statement may find that it cannot decide
 * alone; it then answers `'careful-path'` and the caller decides with `decideSeat`:
 * - `seatUnknown`: no seat was taken, but one may be free (in a bucket someone else is working on);
 * - `mayWaitlist`: false when joining the waitlist is not safe here (see OneStatementRegistration).
 * `confirmed` is the text value for a taken seat (an expression may check more and raise instead);
 * `noSeat` the text value naming what is full.
 */
export function seatDecisionSql(p: {
  requiresApproval: string;
  seatTaken: string;
  confirmed?: string;
  seatUnknown?: string;
  waitlistEnabled: string;
  mayWaitlist?: string;
  noSeat: string;
}): string {
  return `CASE
             WHEN ${p.requiresApproval} THEN 'pending'
             WHEN ${p.seatTaken} THEN ${p.confirmed ?? `'confirmed'`}
             WHEN ${p.seatUnknown ?? 'false'} THEN 'careful-path'
             WHEN NOT ${p.waitlistEnabled} THEN ${p.noSeat}
             WHEN ${p.mayWaitlist ?? 'true'} THEN 'waitlisted'
             ELSE 'careful-path'
           END`;
}
