import { describe, expect, it } from '@jest/globals';
import { forecastSeats, type SeatsNow } from './seat-forecast';

const seats = (overrides: Partial<SeatsNow> = {}): SeatsNow => ({
  requiresApproval: false,
  waitlistEnabled: true,
  freeSeats: 2,
  regionFree: () => null,
  ...overrides,
});

describe(forecastSeats.name, () => {
  it('should confirm while seats last, then waitlist in file order', () => {
    expect(forecastSeats(seats(), ['KZ-71', null, 'KZ-75', null])).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
  });

  it('should refuse once the event is full when it keeps no waitlist', () => {
    expect(forecastSeats(seats({ waitlistEnabled: false, freeSeats: 1 }), [null, null])).toEqual([
      'confirmed',
      'event-full',
    ]);
    expect(forecastSeats(seats({ waitlistEnabled: false, freeSeats: 0 }), ['KZ-71'])).toEqual(['event-full']);
  });

  it('should count each region’s quota down separately, and let other regions through', () => {
    const quotas: Record<string, number> = { 'KZ-71': 1, 'KZ-75': 0 };
    const forecast = forecastSeats(
      seats({
        waitlistEnabled: false,
        freeSeats: 10,
        regionFree: (code) => (code ? (quotas[code] ?? null) : null),
      }),
      ['KZ-71', 'KZ-71', 'KZ-75', 'KZ-79', null],
    );
    expect(forecast).toEqual(['confirmed', 'region-full', 'region-full', 'confirmed', 'confirmed']);
  });

  it('should not let a region-full row use up an event seat', () => {
    const forecast = forecastSeats(
      seats({ waitlistEnabled: true, freeSeats: 1, regionFree: (code) => (code === 'KZ-71' ? 0 : null) }),
      ['KZ-71', 'KZ-75', 'KZ-79'],
    );
    expect(forecast).toEqual(['waitlisted', 'confirmed', 'waitlisted']);
  });

  it('should hold every row for approval when the event asks for it, whatever the seats', () => {
    expect(forecastSeats(seats({ requiresApproval: true, freeSeats: 0 }), [null, 'KZ-71'])).toEqual([
      'pending',
      'pending',
    ]);
  });
});
