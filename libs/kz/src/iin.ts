import { dateInZone, isRealDate, formatIsoDate, pad, parseIsoDate } from './calendar';
import { checkDigit, hasValidCheckDigit, stripSpaces } from './check-digit';
import { KZ_DEFAULT_TIME_ZONE } from './locales';

export type Sex = 'male' | 'female';

export type IinRejection = 'format' | 'date' | 'century' | 'checksum' | 'implausibleBirthDate';

export type IinParseResult =
  | { ok: true; iin: string; birthDate: string; sex: Sex }
  | { ok: false; reason: Exclude<IinRejection, 'implausibleBirthDate'> }
  /** A well-formed number whose birth date is before 1900 or after `today` (both `YYYY-MM-DD`). */
  | { ok: false; reason: 'implausibleBirthDate'; birthDate: string; today: string };

/**
 * The earliest birth date accepted. The century digit can say 1800s (1 or 2), but nobody born
 * then is alive: such a number is a typo or made up, and would be stored as a person born in 1800.
 */
export const EARLIEST_IIN_BIRTH_DATE = '1900-01-01';

/** Digit 7 of an IIN: century of birth and sex (odd = male, even = female). */
const CENTURY_START: Readonly<Partial<Record<string, number>>> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

/**
 * Parses an individual identification number (ИИН / ЖСН): `YYMMDD`, century-and-sex digit,
 * 4-digit serial, check digit. Only spaces are stripped, so `900101-300012` is a format error.
 * Checks run in order format → century → date → checksum → plausible birth date; the century is
 * needed to tell whether 29 February existed, and a wrong check digit means a mistyped number,
 * whose birth date means nothing. The birth date must be from 1900-01-01 to the calendar day `at`
 * falls on in Kazakhstan (a baby born today in Almaty is born today even while it is yesterday in UTC).
 */
export function parseIin(value: string, at: Date = new Date()): IinParseResult {
  const iin = stripSpaces(value);
  if (!/^\d{12}$/.test(iin)) return { ok: false, reason: 'format' };

  const centuryStart = CENTURY_START[iin[6]];
  if (centuryStart === undefined) return { ok: false, reason: 'century' };

  const birth = {
    year: centuryStart + Number(iin.slice(0, 2)),
    month: Number(iin.slice(2, 4)),
    day: Number(iin.slice(4, 6)),
  };
  if (!isRealDate(birth)) return { ok: false, reason: 'date' };
  if (!hasValidCheckDigit(iin)) return { ok: false, reason: 'checksum' };

  const birthDate = formatIsoDate(birth);
  const today = formatIsoDate(dateInZone(at, KZ_DEFAULT_TIME_ZONE));
  // Zero-padded YYYY-MM-DD strings order as the dates do.
  if (birthDate < EARLIEST_IIN_BIRTH_DATE || birthDate > today)
    return { ok: false, reason: 'implausibleBirthDate', birthDate, today };

  const sex: Sex = Number(iin[6]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, iin, birthDate, sex };
}

/** True when `parseIin` accepts the value at instant `at` (now by default). */
export function isValidIin(value: string, at: Date = new Date()): boolean {
  return parseIin(value, at).ok;
}

export interface GenerateIinOptions {
  /** `YYYY-MM-DD`, years 1800–2099 (the range the century digit can express). */
  birthDate: string;
  sex: Sex;
  /**
   * Starting serial, 0–9999. Serials whose prefix has no check digit are skipped upwards.
   * Use 9000–9999 for fixtures: real serials are issued from low numbers per birth date,
   * so high ones are far less likely to belong to a living person (not impossible, though).
   */
  serial: number;
}

/**
 * Builds a checksum-valid IIN for test and demo data. Any year the century digit can express is
 * built (tests need implausible ones too); `parseIin` refuses those before 1900 or in the future.
 * @throws RangeError on a bad date, a year outside 1800–2099, a serial outside 0–9999,
 *   or when no serial from `serial` up to 9999 admits a check digit.
 */
export function generateIin({ birthDate, sex, serial }: GenerateIinOptions): string {
  const birth = parseIsoDate(birthDate);
  if (!birth) throw new RangeError(`birthDate must be a real YYYY-MM-DD date: ${birthDate}`);
  if (birth.year < 1800 || birth.year > 2099) throw new RangeError('IIN years run from 1800 to 2099');
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) {
    throw new RangeError('serial must be an integer from 0 to 9999');
  }

  const centuryDigit = 2 * Math.floor((birth.year - 1800) / 100) + (sex === 'male' ? 1 : 2);
  const head = pad(birth.year % 100, 2) + pad(birth.month, 2) + pad(birth.day, 2) + centuryDigit;
  for (let s = serial; s <= 9999; s++) {
    const first11 = head + pad(s, 4);
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new RangeError(`no valid IIN serial from ${serial} to 9999 for ${birthDate}`);
}

/**
 * Masks an IIN for logs and screens: keeps the `YYMMDD` birth date, hides the century/sex
 * digit, serial and check digit (`900101******`). Anything that is not 12 digits after
 * stripping spaces is masked entirely, so a typo never leaks a full number.
 */
export function maskIin(iin: string): string {
  const digits = stripSpaces(iin);
  if (!/^\d{12}$/.test(digits)) return '*'.repeat(digits.length);
  return digits.slice(0, 6) + '*'.repeat(6);
}
