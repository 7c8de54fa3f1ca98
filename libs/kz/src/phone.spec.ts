import { describe, expect, it } from '@jest/globals';
import { isKzPhone, maskPhone, normalizeKzPhone } from './phone';

describe('normalizeKzPhone', () => {
  it.each([
    '8 701 234 56 78',
    '87012345678',
    '8 (701) 234-56-78',
    '+7 701 234 56 78',
    '+7 (701) 234-56-78',
    '+77012345678',
    '7 701 234 5678',
    '77012345678',
    '701 234 56 78',
    '  +7-701-234-56-78 ',
    '+7 701.234.56.78',
  ])('normalises KZ mobile %p', (input) => {
    expect(normalizeKzPhone(input)).toEqual({ ok: true, e164: '+77012345678', country: 'KZ' });
  });

  it.each([
    ['+7 747 123 4567', '+77471234567'],
    ['8 771 000 99 98', '+77710009998'],
    ['8 (727) 258-00-00', '+77272580000'], // Almaty landline
    ['+7 7172 55 55 55', '+77172555555'], // Astana landline
  ])('accepts other KZ ranges %p', (input, e164) => {
    expect(normalizeKzPhone(input)).toEqual({ ok: true, e164, country: 'KZ' });
  });

  it.each([
    '+7 916 123-45-67',
    '8 916 123 45 67',
    '+7 (495) 123-45-67',
    '8 800 555 35 35',
    '+1 202 555 0123',
  ])('refuses %p as not Kazakhstan', (input) => {
    expect(normalizeKzPhone(input)).toEqual({ ok: false, reason: 'not_kazakhstan' });
  });

  it.each([
    '',
    'abc',
    '+7',
    '8 701 234 56',
    '8 701 234 56 78 9',
    '+7 799 123 45 67', // unassigned KZ range; the 'min' metadata would accept it
    '+7 600 123 45 67',
    '+7 701 234 56 78 ext 5',
    'tel: +77012345678',
    'call 87012345678',
    '+7 701 ABC DE FG',
  ])('refuses %p as format', (input) => {
    expect(normalizeKzPhone(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('has a boolean shortcut', () => {
    expect(isKzPhone('87012345678')).toBe(true);
    expect(isKzPhone('89161234567')).toBe(false);
  });
});

describe('maskPhone', () => {
  it('keeps the country code, first national digit and last two digits of KZ numbers', () => {
    expect(maskPhone('+77012345678')).toBe('+7 7** *** ** 78');
    expect(maskPhone('+77272580067')).toBe('+7 7** *** ** 67');
  });

  it('keeps only the last two digits of anything else', () => {
    expect(maskPhone('+12025550123')).toBe('+*********23');
    expect(maskPhone('8 701 234 56 78')).toBe('* *** *** ** 78');
    expect(maskPhone('')).toBe('');
  });
});
