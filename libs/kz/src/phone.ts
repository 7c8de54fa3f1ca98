// The 'max' metadata is needed: 'min' only knows leading digits, so it calls +7 799… a valid KZ
// number, while 'max' checks full national ranges (KZ mobile 70x/747/76x/77x/785, landlines 71x/72x).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type KzPhoneResult =
  { ok: true; e164: string; country: 'KZ' } | { ok: false; reason: 'format' | 'not_kazakhstan' };

/** Digits plus the punctuation people type (`+`, spaces, dashes, brackets, dots); no letters or extensions. */
const TYPED_PHONE = /^\+?[\d\s().\-\u00A0]+$/;

/**
 * Normalises a Kazakhstan phone number to E.164 (`+77012345678`).
 * Accepts `8 7xx xxx xx xx`, `+7 7xx…`, `7 7xx…` or 10 national digits, with spaces, dashes,
 * brackets or dots. Mobile and fixed-line KZ numbers are both accepted. "+7" is shared with
 * Russia, so the country comes from libphonenumber's number ranges: a valid number of any
 * other country (e.g. +7 916…, +1…) is `not_kazakhstan`; anything unparseable or outside all
 * assigned ranges is `format`.
 */
export function normalizeKzPhone(input: string): KzPhoneResult {
  const typed = input.trim();
  if (!TYPED_PHONE.test(typed)) return { ok: false, reason: 'format' };

  // Default country KZ makes the national prefix 8 and bare national digits parse as +7.
  const phone = parsePhoneNumberFromString(typed, 'KZ');
  if (!phone || !phone.isValid()) return { ok: false, reason: 'format' };
  if (phone.country !== 'KZ') return { ok: false, reason: 'not_kazakhstan' };
  return { ok: true, e164: phone.number, country: 'KZ' };
}

export function isKzPhone(input: string): boolean {
  return normalizeKzPhone(input).ok;
}

/**
 * Masks a phone for logs and screens. A KZ E.164 number keeps the country code, the first
 * national digit and the last two: `+77012345678` → `+7 7** *** ** 78`. Any other input keeps
 * only its last two digits (`+12025550123` → `+*********23`), so nothing usable leaks.
 */
export function maskPhone(e164: string): string {
  const kz = /^\+7(\d{10})$/.exec(e164);
  if (kz) {
    const national = kz[1];
    return `+7 ${national[0]}** *** ** ${national.slice(8)}`;
  }
  const digitCount = (e164.match(/\d/g) ?? []).length;
  let seen = 0;
  return e164.replace(/\d/g, (d) => (++seen > digitCount - 2 ? d : '*'));
}
