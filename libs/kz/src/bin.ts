import { pad } from './calendar';
import { checkDigit, hasValidCheckDigit, stripSpaces } from './check-digit';

/** Digit 5 of a BIN. */
export type BinType = 'resident' | 'non_resident' | 'joint_ie';
/** Digit 6 of a BIN. */
export type BinAttribute = 'head_office' | 'branch' | 'representative_office' | 'peasant_farm_jv';

export type BinRejection = 'format' | 'date' | 'type' | 'attribute' | 'checksum';

export type BinParseResult =
  | {
      ok: true;
      bin: string;
      /** Registration year within its century (`YY`): a BIN does not say which century. */
      registeredYy: number;
      registeredMonth: number;
      type: BinType;
      attribute: BinAttribute;
    }
  | { ok: false; reason: BinRejection };

const BIN_TYPES: readonly BinType[] = ['resident', 'non_resident', 'joint_ie'];
const BIN_ATTRIBUTES: readonly BinAttribute[] = [
  'head_office',
  'branch',
  'representative_office',
  'peasant_farm_jv',
];
/** Type digits start at 4, which is also what keeps a BIN from looking like an IIN (day tens 0–3). */
const FIRST_TYPE_DIGIT = 4;

/**
 * Parses a business identification number (БИН / БСН): `YYMM` of registration, type digit
 * (4 resident, 5 non-resident, 6 joint individual entrepreneurship), attribute digit
 * (0 head office, 1 branch, 2 representative office, 3 peasant/farm joint venture),
 * 5-digit serial, check digit. Only spaces are stripped.
 */
export function parseBin(value: string): BinParseResult {
  const bin = stripSpaces(value);
  if (!/^\d{12}$/.test(bin)) return { ok: false, reason: 'format' };

  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, reason: 'date' };
  const type: BinType | undefined = BIN_TYPES[Number(bin[4]) - FIRST_TYPE_DIGIT];
  if (type === undefined) return { ok: false, reason: 'type' };
  const attribute: BinAttribute | undefined = BIN_ATTRIBUTES[Number(bin[5])];
  if (attribute === undefined) return { ok: false, reason: 'attribute' };
  if (!hasValidCheckDigit(bin)) return { ok: false, reason: 'checksum' };

  return { ok: true, bin, registeredYy: Number(bin.slice(0, 2)), registeredMonth: month, type, attribute };
}

export function isValidBin(value: string): boolean {
  return parseBin(value).ok;
}

export interface GenerateBinOptions {
  /** Registration year; only `year % 100` is encoded. */
  year: number;
  month: number;
  type: BinType;
  attribute: BinAttribute;
  /** Starting serial, 0–99999; serials without a check digit are skipped upwards. */
  serial: number;
}

/**
 * Builds a checksum-valid BIN for test and demo data (never use real organisations' numbers).
 * @throws RangeError on a bad month or serial, or when no serial up to 99999 admits a check digit.
 */
export function generateBin({ year, month, type, attribute, serial }: GenerateBinOptions): string {
  if (!Number.isInteger(year) || year < 0) throw new RangeError('year must be a non-negative integer');
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError('month must be 1–12');
  if (!Number.isInteger(serial) || serial < 0 || serial > 99999) {
    throw new RangeError('serial must be an integer from 0 to 99999');
  }
  const typeDigit = BIN_TYPES.indexOf(type) + FIRST_TYPE_DIGIT;
  const attributeDigit = BIN_ATTRIBUTES.indexOf(attribute);
  const head = pad(year % 100, 2) + pad(month, 2) + typeDigit + attributeDigit;
  for (let s = serial; s <= 99999; s++) {
    const first11 = head + pad(s, 5);
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new RangeError(`no valid BIN serial from ${serial} to 99999`);
}
