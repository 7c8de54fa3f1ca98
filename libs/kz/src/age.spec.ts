import { describe, expect, it } from '@jest/globals';
import { ageAt, ageBand } from './age';

const at = new Date('2026-03-10T12:00:00Z');

describe('ageBand', () => {
  it.each([
    ['2008-03-11', '<18'], // 17, birthday tomorrow
    ['2008-03-10', '18-24'],
    ['2001-03-11', '18-24'], // 24
    ['2001-03-10', '25-34'],
    ['1991-03-10', '35-44'],
    ['1981-03-10', '45-54'],
    ['1971-03-10', '55-64'],
    ['1961-03-11', '55-64'], // 64
    ['1961-03-10', '65+'],
    ['1875-01-01', '65+'],
    ['2026-03-10', '<18'], // born today
  ])('%s → %s', (birthDate, band) => {
    expect(ageBand(birthDate, at)).toBe(band);
  });
});

describe('ageAt', () => {
  it('turns over at midnight in Kazakhstan (UTC+5), not UTC', () => {
    // 2026-03-09T20:00Z is already 10 March 01:00 in Asia/Almaty.
    expect(ageAt('2008-03-10', new Date('2026-03-09T20:00:00Z'))).toBe(18);
    expect(ageAt('2008-03-10', new Date('2026-03-09T20:00:00Z'), 'UTC')).toBe(17);
  });

  it('counts a 29 February birthday from 1 March in common years', () => {
    expect(ageAt('2008-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(17);
    expect(ageAt('2008-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(18);
  });

  it('rejects malformed or future birth dates and invalid instants', () => {
    expect(() => ageAt('2008-02-30', at)).toThrow(RangeError);
    expect(() => ageAt('10.03.2008', at)).toThrow(RangeError);
    expect(() => ageAt('2026-03-11', at)).toThrow(RangeError);
    expect(() => ageAt('2000-01-01', new Date('nope'))).toThrow(RangeError);
  });
});
