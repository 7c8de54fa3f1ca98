import { dateInZone, parseIsoDate } from './calendar';
import { KZ_DEFAULT_TIME_ZONE } from './locales';

/** Analytics age bands; coarse on purpose so reports never reveal an exact birth date. */
export const AGE_BANDS = ['<18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** Lower bound (inclusive) of each band after the first. */
const BAND_FLOORS: ReadonlyArray<readonly [number, AgeBand]> = [
  [65, '65+'],
  [55, '55-64'],
  [45, '45-54'],
  [35, '35-44'],
  [25, '25-34'],
  [18, '18-24'],
];

/**
 * Completed years of age at instant `at`, judged on the calendar date in `timeZone`
 * (a birthday starts at local midnight, not UTC midnight). Someone born on 29 February
 * turns a year older on 1 March in common years.
 * @throws RangeError on a malformed birth date, an invalid `at`, or a birth date after `at`.
 */
export function ageAt(birthDate: string, at: Date, timeZone: string = KZ_DEFAULT_TIME_ZONE): number {
  const birth = parseIsoDate(birthDate);
  if (!birth) throw new RangeError(`birthDate must be a real YYYY-MM-DD date: ${birthDate}`);
  const today = dateInZone(at, timeZone);
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  const age = today.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError(`birthDate ${birthDate} is after the reference date`);
  return age;
}

/** Analytics band ('<18' … '65+') for a `YYYY-MM-DD` birth date at instant `at`. */
export function ageBand(birthDate: string, at: Date, timeZone: string = KZ_DEFAULT_TIME_ZONE): AgeBand {
  const age = ageAt(birthDate, at, timeZone);
  return BAND_FLOORS.find(([floor]) => age >= floor)?.[1] ?? '<18';
}
