import { describe, expect, it } from '@jest/globals';
import { REGIONS, REGION_CODES, findRegion, isRegionCode, regionName } from './regions';
import { SUPPORTED_LANGUAGES } from './locales';

describe('REGIONS', () => {
  it('lists the 17 regions and 3 cities once each, in REGION_CODES order', () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
    expect(new Set(REGION_CODES).size).toBe(20);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.code)).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
  });

  it('derives 9-digit KATO codes from the ISO number', () => {
    for (const region of REGIONS) {
      expect(region.kato).toMatch(/^\d{9}$/);
      expect(region.kato).toBe(`${region.code.slice(3)}0000000`);
    }
    expect(findRegion('KZ-61')?.kato).toBe('610000000');
  });

  it.each(SUPPORTED_LANGUAGES)('has a distinct non-empty %s name for every region', (lang) => {
    const names = REGIONS.map((r) => r.names[lang]);
    expect(names.every((n) => n.trim().length > 0)).toBe(true);
    expect(new Set(names).size).toBe(20);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    expect(Object.isFrozen(REGIONS[0])).toBe(true);
  });

  it('resolves every code, KATO, name and alias back to its own region (no key is shared)', () => {
    for (const region of REGIONS) {
      const keys = [region.code, region.kato, ...Object.values(region.names), ...region.aliases];
      for (const key of keys) expect(findRegion(key)?.code).toBe(region.code);
    }
  });
});

describe('findRegion', () => {
  it('finds by ISO code, case-insensitively and trimmed', () => {
    expect(findRegion('KZ-33')?.names.en).toBe('Zhetysu Region');
    expect(findRegion('  kz-75 ')?.names.en).toBe('Almaty');
  });

  it('finds by KATO code', () => {
    expect(findRegion('100000000')?.code).toBe('KZ-10');
    expect(findRegion('790000000')?.code).toBe('KZ-79');
  });

  it.each([
    ['Абай облысы', 'KZ-10'],
    ['ҰЛЫТАУ ОБЛЫСЫ', 'KZ-62'],
    ['Шығыс Қазақстан облысы', 'KZ-63'],
    ['Алматы', 'KZ-75'],
  ])('finds by Kazakh name %s', (name, code) => {
    expect(findRegion(name)?.code).toBe(code);
  });

  it.each([
    ['область Абай', 'KZ-10'],
    ['Западно-Казахстанская  область', 'KZ-27'],
    ['алматинская область', 'KZ-19'],
    ['Шымкент', 'KZ-79'],
  ])('finds by Russian name %s', (name, code) => {
    expect(findRegion(name)?.code).toBe(code);
  });

  it.each([
    ['North Kazakhstan Region', 'KZ-59'],
    ['almaty region', 'KZ-19'],
    ['Astana', 'KZ-71'],
  ])('finds by English name %s', (name, code) => {
    expect(findRegion(name)?.code).toBe(code);
  });

  it.each([
    ['Абайская область', 'KZ-10'],
    ['Жетысуская область', 'KZ-33'],
    ['Zhetysu', 'KZ-33'],
    ['Jetisu', 'KZ-33'],
    ['Улытауская область', 'KZ-62'],
    ['Jambyl', 'KZ-31'],
    ['Nur-Sultan', 'KZ-71'],
    ['Нур-Султан', 'KZ-71'],
    ['KZ-AKM', 'KZ-11'],
    ['kz-yuz', 'KZ-61'],
    ['KZ-ALA', 'KZ-75'],
    ['KZ-ALM', 'KZ-19'],
    ['Qaraghandy oblysy', 'KZ-35'],
  ])('finds by alias %s', (alias, code) => {
    expect(findRegion(alias)?.code).toBe(code);
  });

  it('tells Almaty city from Almaty Region', () => {
    expect(findRegion('Almaty')?.kind).toBe('city');
    expect(findRegion('Almaty Region')?.kind).toBe('region');
    expect(findRegion('Алматы облысы')?.code).toBe('KZ-19');
  });

  it.each(['', 'KZ-99', '990000000', 'Moscow', 'KZ-BAY', 'Almaty Regio'])(
    'returns undefined for %p',
    (input) => {
      expect(findRegion(input)).toBeUndefined();
    },
  );
});

describe('isRegionCode', () => {
  it('accepts only exact upper-case ISO codes', () => {
    expect(isRegionCode('KZ-10')).toBe(true);
    expect(isRegionCode('kz-10')).toBe(false);
    expect(isRegionCode('KZ-AKM')).toBe(false);
    expect(isRegionCode('100000000')).toBe(false);
    expect(isRegionCode(10)).toBe(false);
    expect(isRegionCode(undefined)).toBe(false);
  });
});

describe('regionName', () => {
  it('returns the name in the requested language', () => {
    expect(regionName('KZ-33', 'kk')).toBe('Жетісу облысы');
    expect(regionName('KZ-33', 'ru')).toBe('область Жетісу');
    expect(regionName('KZ-33', 'en')).toBe('Zhetysu Region');
  });
});
