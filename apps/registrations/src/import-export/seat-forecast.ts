import { asksForSeat, decideSeat, type SeatDecision } from '../registration-core/seat-decision';

/** What a new registration would become, as the seats stand: the seat decision, foreseen. */
export type SeatForecast = SeatDecision;

export interface SeatsNow {
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  /** Seats free in the whole event. */
  freeSeats: number;
  /** Seats free in a region's quota; null when the region has no quota (only the capacity limits it). */
  regionFree(regionCode: string | null): number | null;
}

/**
 * Plays new registrations through the seats one by one in file order, as a real import would take
 * them, each decided by the seat decision (seat-decision.ts) over the seats left. Nothing else
 * registering meanwhile is foreseen.
 */
export function forecastSeats(seats: SeatsNow, regionCodes: (string | null)[]): SeatForecast[] {
  let free = seats.freeSeats;
  const regionFree = new Map<string, number>();
  return regionCodes.map((regionCode) => {
    if (!asksForSeat(seats)) return decideSeat(seats);
    const quotaLeft =
      regionCode === null ? null : (regionFree.get(regionCode) ?? seats.regionFree(regionCode));
    // As SeatLedger.take answers: the event's seats first, then the region's quota.
    const seat = free <= 0 ? 'event-full' : quotaLeft !== null && quotaLeft <= 0 ? 'region-full' : 'taken';
    if (seat === 'taken') {
      free -= 1;
      if (regionCode !== null && quotaLeft !== null) regionFree.set(regionCode, quotaLeft - 1);
    }
    return decideSeat({ ...seats, seat });
  });
}
