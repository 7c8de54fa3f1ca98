import { describe, expect, it } from '@jest/globals';
import { generateBin, isValidBin, parseBin } from './bin';

// Synthetic BINs (serials ≥ 90000), computed by an independent script.
describe('parseBin', () => {
  it.each([
    ['150340900007', 'resident', 'head_office'],
    ['150350900001', 'non_resident', 'head_office'],
    ['150360900006', 'joint_ie', 'head_office'],
    ['150341900002', 'resident', 'branch'],
    ['150342900008', 'resident', 'representative_office'],
    ['150343900003', 'resident', 'peasant_farm_jv'],
  ] as const)('reads type and attribute of %s', (bin, type, attribute) => {
    expect(parseBin(bin)).toEqual({ ok: true, bin, registeredYy: 15, registeredMonth: 3, type, attribute });
  });

  it('accepts a BIN whose check digit comes from the second pass', () => {
    expect(parseBin('150340900804')).toMatchObject({ ok: true });
  });

  it('rejects a type digit outside 4-6, which also rules out IINs', () => {
    expect(parseBin('150370900000')).toEqual({ ok: false, reason: 'type' });
    expect(parseBin('150330900002')).toEqual({ ok: false, reason: 'type' });
    expect(parseBin('900101390307')).toEqual({ ok: false, reason: 'type' }); // a valid IIN
  });

  it('rejects an attribute digit outside 0-3', () => {
    expect(parseBin('150344900009')).toEqual({ ok: false, reason: 'attribute' });
  });

  it('rejects month 00 and 13+', () => {
    expect(parseBin('150040900006')).toEqual({ ok: false, reason: 'date' });
    expect(parseBin('151340900001')).toEqual({ ok: false, reason: 'date' });
  });

  it('rejects a wrong check digit and a prefix without one', () => {
    expect(parseBin('150340900008')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseBin('150340900830')).toEqual({ ok: false, reason: 'checksum' });
  });

  it.each(['', '15034090000', '150340-900007', '15034090000x'])('rejects malformed %p', (value) => {
    expect(parseBin(value)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('isValidBin', () => {
  it('mirrors parseBin and strips spaces', () => {
    expect(isValidBin('150340 900007')).toBe(true);
    expect(isValidBin('150340900008')).toBe(false);
  });
});

describe('generateBin', () => {
  it('produces valid BINs carrying the requested fields', () => {
    const bin = generateBin({
      year: 2022,
      month: 5,
      type: 'joint_ie',
      attribute: 'representative_office',
      serial: 90000,
    });
    expect(bin).toBe('220562900007'); // 90000 gives a first-pass 10, second pass decides 7
    expect(parseBin(bin)).toEqual({
      ok: true,
      bin,
      registeredYy: 22,
      registeredMonth: 5,
      type: 'joint_ie',
      attribute: 'representative_office',
    });
  });

  it('skips a serial with no check digit', () => {
    expect(
      generateBin({ year: 2015, month: 3, type: 'resident', attribute: 'head_office', serial: 90083 }),
    ).toMatch(/^15034090084\d$/);
  });

  it('refuses bad months and serials', () => {
    const base = { year: 2015, type: 'resident', attribute: 'head_office' } as const;
    expect(() => generateBin({ ...base, month: 13, serial: 1 })).toThrow(RangeError);
    expect(() => generateBin({ ...base, month: 1, serial: 100000 })).toThrow(RangeError);
  });
});
