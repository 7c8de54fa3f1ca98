import { describe, expect, it } from '@jest/globals';
import * as kz from './index';

describe('public entry', () => {
  it('exposes the runtime API', () => {
    for (const name of [
      'checkDigit',
      'parseIin',
      'isValidIin',
      'generateIin',
      'maskIin',
      'parseBin',
      'isValidBin',
      'generateBin',
      'ageBand',
      'findRegion',
      'isRegionCode',
      'regionName',
      'normalizeKzPhone',
      'maskPhone',
      'negotiateLanguage',
      'pickLocalized',
      'IsIin',
      'IsBin',
      'IsKzRegionCode',
      'IsKzPhone',
    ] as const) {
      expect(typeof kz[name]).toBe('function');
    }
    expect(kz.SUPPORTED_LANGUAGES).toEqual(['kk', 'ru', 'en']);
    expect(kz.KZ_DEFAULT_TIME_ZONE).toBe('Asia/Almaty');
    expect(kz.REGION_CODES).toHaveLength(20);
  });
});
