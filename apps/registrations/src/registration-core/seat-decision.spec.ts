import { describe, expect, it } from '@jest/globals';
import { asksForSeat, decideSeat } from './seat-decision';

describe(decideSeat.name, () => {
  it('should hold a registration for approval without asking for a seat', () => {
    expect(asksForSeat({ requiresApproval: true })).toBe(false);
    expect(decideSeat({ requiresApproval: true, waitlistEnabled: false })).toBe('pending');
  });

  it('should confirm a taken seat, waitlist without one, and refuse naming what is full', () => {
    expect(decideSeat({ requiresApproval: false, waitlistEnabled: false, seat: 'taken' })).toBe('confirmed');
    expect(decideSeat({ requiresApproval: false, waitlistEnabled: true, seat: 'region-full' })).toBe(
      'waitlisted',
    );
    expect(decideSeat({ requiresApproval: false, waitlistEnabled: false, seat: 'region-full' })).toBe(
      'region-full',
    );
    expect(decideSeat({ requiresApproval: false, waitlistEnabled: false, seat: 'event-full' })).toBe(
      'event-full',
    );
  });

  it('should refuse to decide without the seat when one had to be asked for', () => {
    expect(() => decideSeat({ requiresApproval: false, waitlistEnabled: true })).toThrow(/seat outcome/);
  });
});
