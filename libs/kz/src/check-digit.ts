/**
 * Check digit shared by the IIN (ЖСН/ИИН) and BIN (БСН/БИН), per the Law of 12 January 2007 No. 223
 * as implemented by valery1707/kaz-person-id and python-stdnum.
 */

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum % 11;
}

/**
 * Check digit for the first 11 digits, or null when both weight passes give 10: no valid
 * 12-digit number starts with such a prefix.
 * @throws RangeError when `first11` is not exactly 11 ASCII digits (a caller bug, not bad user input).
 */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('checkDigit expects exactly 11 digits');
  const first = weightedSumMod11(first11, FIRST_PASS_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
}

/** True when a 12-digit string ends with the check digit of its first 11 digits. */
export function hasValidCheckDigit(twelveDigits: string): boolean {
  return checkDigit(twelveDigits.slice(0, 11)) === Number(twelveDigits[11]);
}

/** Removes ordinary and no-break spaces (people paste numbers as `900101 300012`); nothing else. */
export function stripSpaces(value: string): string {
  return value.replace(/[ \u00A0]/g, '');
}
