/** What a new registration would become, as the seats stand: the outcomes of `initialStatus`. */
export type SeatForecast = 'confirmed' | 'pending' | 'waitlisted' | 'event-full' | 'region-full';

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
 * them: approval first (no seat yet), then a seat in the event and the region's quota, then the
 * waitlist, else a refusal naming what is full. Nothing else registering meanwhile is foreseen.
 */
export function forecastSeats(seats: SeatsNow, regionCodes: (string | null)[]): SeatForecast[] {
  let free = seats.freeSeats;
  const regionFree = new Map<string, number>();
  return regionCodes.map((regionCode) => {
    if (seats.requiresApproval) return 'pending';
    const quotaLeft =
      regionCode === null ? null : (regionFree.get(regionCode) ?? seats.regionFree(regionCode));
    const outcome = free <= 0 ? 'event-full' : quotaLeft !== null && quotaLeft <= 0 ? 'region-full' : 'taken';
    if (outcome === 'taken') {
      free -= 1;
      if (regionCode !== null && quotaLeft !== null) regionFree.set(regionCode, quotaLeft - 1);
      return 'confirmed';
    }
    return seats.waitlistEnabled ? 'waitlisted' : outcome;
  });
}
