import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LANGUAGE, negotiateLanguage, pickLocalized, toLang } from './locales';

describe('negotiateLanguage', () => {
  it('defaults to Kazakh without a usable preference', () => {
    expect(DEFAULT_LANGUAGE).toBe('kk');
    expect(negotiateLanguage(undefined)).toBe('kk');
    expect(negotiateLanguage('')).toBe('kk');
    expect(negotiateLanguage('de-DE, fr;q=0.8')).toBe('kk');
    expect(negotiateLanguage('*')).toBe('kk');
  });

  it('maps region subtags to the language', () => {
    expect(negotiateLanguage('ru-RU')).toBe('ru');
    expect(negotiateLanguage('kk-KZ')).toBe('kk');
    expect(negotiateLanguage('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLanguage('EN_gb')).toBe('en');
  });

  it('honours q-values rather than header order', () => {
    expect(negotiateLanguage('en;q=0.5, ru-KZ;q=0.9, kk;q=0.7')).toBe('ru');
    expect(negotiateLanguage('de;q=1, en;q=0.3, ru;q=0.2')).toBe('en');
    expect(negotiateLanguage('ru;q=0.8, kk-KZ')).toBe('kk'); // missing q means 1
  });

  it('keeps header order for equal q-values', () => {
    expect(negotiateLanguage('ru;q=0.8, en;q=0.8')).toBe('ru');
    expect(negotiateLanguage('en, ru')).toBe('en');
  });

  it('treats q=0 as a refusal, also for the fallback', () => {
    expect(negotiateLanguage('kk;q=0, de')).toBe('ru');
    expect(negotiateLanguage('kk;q=0, *;q=0.5')).toBe('ru');
    expect(negotiateLanguage('kk-KZ;q=0.9, kk;q=0, en;q=0.1')).toBe('en');
  });

  it('reads * as any language the client did not name', () => {
    expect(negotiateLanguage('kk;q=0.1, *;q=0.9')).toBe('ru');
    expect(negotiateLanguage('de, *;q=0.5')).toBe('kk');
  });

  it('drops entries with malformed q-values', () => {
    expect(negotiateLanguage('ru;q=2, en;q=0.5')).toBe('en');
    expect(negotiateLanguage('ru;q=abc')).toBe('kk');
  });

  it('lets a supported query parameter override the header', () => {
    expect(negotiateLanguage('ru-RU', 'en')).toBe('en');
    expect(negotiateLanguage('ru-RU', 'kz')).toBe('kk');
    expect(negotiateLanguage('ru-RU', 'KK')).toBe('kk');
    expect(negotiateLanguage('ru-RU', 'de')).toBe('ru');
    expect(negotiateLanguage(undefined, '')).toBe('kk');
  });

  it('ignores a repeated query parameter (an array) instead of failing on it', () => {
    expect(negotiateLanguage('ru', ['en', 'kk'] as unknown as string)).toBe('ru');
    expect(negotiateLanguage(['ru'] as unknown as string)).toBe('kk');
  });
});

describe('toLang', () => {
  it('reduces tags to a supported language', () => {
    expect(toLang('kk-Latn-KZ')).toBe('kk');
    expect(toLang('ru_KZ')).toBe('ru');
    expect(toLang('uz-UZ')).toBeUndefined();
    expect(toLang('constructor')).toBeUndefined();
  });
});

describe('pickLocalized', () => {
  it('treats a null text as missing', () => {
    expect(pickLocalized({ kk: null, ru: 'Привет' } as unknown as { ru: string }, 'kk')).toBe('Привет');
  });

  it('returns the requested language when present', () => {
    expect(pickLocalized({ kk: 'Сәлем', ru: 'Привет', en: 'Hello' }, 'en')).toBe('Hello');
  });

  it('falls back kk ↔ ru, then en; English falls back to ru first', () => {
    expect(pickLocalized({ ru: 'Привет', en: 'Hello' }, 'kk')).toBe('Привет');
    expect(pickLocalized({ kk: 'Сәлем', en: 'Hello' }, 'ru')).toBe('Сәлем');
    expect(pickLocalized({ en: 'Hello' }, 'ru')).toBe('Hello');
    expect(pickLocalized({ kk: 'Сәлем', ru: 'Привет' }, 'en')).toBe('Привет');
  });

  it('treats blank strings as missing and returns undefined when nothing is left', () => {
    expect(pickLocalized({ kk: '  ', ru: 'Привет' }, 'kk')).toBe('Привет');
    expect(pickLocalized({}, 'kk')).toBeUndefined();
  });
});
