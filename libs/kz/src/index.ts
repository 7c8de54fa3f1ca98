export { checkDigit } from './check-digit';
export { parseIin, isValidIin, generateIin, maskIin, EARLIEST_IIN_BIRTH_DATE } from './iin';
export type { Sex, IinRejection, IinParseResult, GenerateIinOptions } from './iin';
export { parseBin, isValidBin, generateBin } from './bin';
export type { BinType, BinAttribute, BinRejection, BinParseResult, GenerateBinOptions } from './bin';
export { AGE_BANDS, ageAt, ageBand } from './age';
export { dateInZone, formatIsoDate } from './calendar';
export type { CalendarDate } from './calendar';
export type { AgeBand } from './age';
export { REGION_CODES, REGIONS, findRegion, isRegionCode, regionName } from './regions';
export type { Region, RegionCode } from './regions';
export { normalizeKzPhone, isKzPhone, maskPhone } from './phone';
export { maskEmail } from './email';
export type { KzPhoneResult } from './phone';
export {
  SUPPORTED_LANGUAGES,
  DEFAULT_LANGUAGE,
  KZ_DEFAULT_TIME_ZONE,
  FALLBACK_ORDER,
  isLang,
  toLang,
  negotiateLanguage,
  pickLocalized,
} from './locales';
export type { Lang, Multilingual } from './locales';
export {
  IsIin,
  IsBin,
  IsKzRegionCode,
  IsKzPhone,
  IS_IIN,
  IMPLAUSIBLE_BIRTH_DATE,
  IS_BIN,
  IS_KZ_REGION_CODE,
  IS_KZ_PHONE,
} from './validators';
