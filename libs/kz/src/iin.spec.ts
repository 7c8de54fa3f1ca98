import { describe, expect, it } from '@jest/globals';
import { generateIin, isValidIin, maskIin, parseIin } from './iin';

// All fixtures are synthetic (serials ≥ 9000), computed by an independent script.
describe('parseIin', () => {
  it('accepts a valid IIN and strips spaces', () => {
    expect(parseIin('900101 390307')).toEqual({
      ok: true,
      iin: '900101390307',
      birthDate: '1990-01-01',
      sex: 'male',
    });
  });

  it.each([
    ['900721391001', '1990-07-21', 'male'],
    ['900721491008', '1990-07-21', 'female'],
    ['051130591005', '2005-11-30', 'male'],
    ['051130691001', '2005-11-30', 'female'],
  ])('derives birth date and sex from century digit: %s', (iin, birthDate, sex) => {
    expect(parseIin(iin)).toEqual({ ok: true, iin, birthDate, sex });
  });

  it.each(['750315191009', '750315291005'])(
    'reads century digits 1 and 2 as the 1800s, a birth date it then refuses (%s)',
    (iin) => {
      expect(parseIin(iin)).toEqual({
        ok: false,
        reason: 'implausibleBirthDate',
        birthDate: '1875-03-15',
        today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    },
  );

  it('uses the century to decide whether 29 February existed', () => {
    expect(parseIin('000229591001')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parseIin('800229391006')).toMatchObject({ ok: true, birthDate: '1980-02-29' });
    expect(parseIin('000229391009')).toEqual({ ok: false, reason: 'date' }); // 1900 was not leap
  });

  it.each([
    ['900231491004', '31 February'],
    ['901301391000', 'month 13'],
    ['900001391007', 'month 00'],
    ['900132391000', 'day 32'],
  ])('rejects an impossible date %s (%s) even with a correct check digit', (iin) => {
    expect(parseIin(iin)).toEqual({ ok: false, reason: 'date' });
  });

  it.each(['900101091001', '900101791006', '900101991009'])('rejects century digit 0, 7-9 (%s)', (iin) => {
    expect(parseIin(iin)).toEqual({ ok: false, reason: 'century' });
  });

  describe('birth date from 1900-01-01 to today in Kazakhstan', () => {
    // 2026-03-09T19:30Z is already 10 March, 00:30, in Asia/Almaty (UTC+5).
    const justAfterMidnightInAlmaty = new Date('2026-03-09T19:30:00Z');
    const justBeforeMidnightInAlmaty = new Date('2026-03-09T18:59:59Z');
    const born = (birthDate: string) => generateIin({ birthDate, sex: 'female', serial: 9000 });

    it.each([
      ['1899-12-31', false],
      ['1900-01-01', true],
      ['2026-03-10', true], // born today in Almaty, though it is still 9 March in UTC
      ['2026-03-11', false],
      ['2099-12-31', false],
    ])('at 00:30 in Almaty on 2026-03-10, born %s → accepted: %s', (birthDate, accepted) => {
      const parsed = parseIin(born(birthDate), justAfterMidnightInAlmaty);
      expect(parsed.ok).toBe(accepted);
      if (!accepted)
        expect(parsed).toEqual({
          ok: false,
          reason: 'implausibleBirthDate',
          birthDate,
          today: '2026-03-10',
        });
    });

    it('refuses a birth date of tomorrow in Almaty, even when it is today in UTC', () => {
      expect(parseIin(born('2026-03-10'), justBeforeMidnightInAlmaty)).toEqual({
        ok: false,
        reason: 'implausibleBirthDate',
        birthDate: '2026-03-10',
        today: '2026-03-09',
      });
      expect(parseIin(born('2026-03-09'), justBeforeMidnightInAlmaty).ok).toBe(true);
    });

    it('judges against the current day when no instant is given', () => {
      expect(parseIin(born('1900-01-01')).ok).toBe(true);
      expect(parseIin(born('2099-01-01'))).toMatchObject({ ok: false, reason: 'implausibleBirthDate' });
    });

    it('reports a wrong check digit before an implausible date: the number is mistyped', () => {
      const iin = born('1899-12-31');
      const wrong = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
      expect(parseIin(wrong)).toEqual({ ok: false, reason: 'checksum' });
    });
  });

  it('rejects a wrong check digit', () => {
    expect(parseIin('900101390308')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseIin('750315191000')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects a prefix for which no check digit exists, whatever the 12th digit', () => {
    for (let d = 0; d <= 9; d++) {
      expect(parseIin(`90010139037${d}`)).toEqual({ ok: false, reason: 'checksum' });
    }
  });

  it.each([
    '',
    '90010139030',
    '9001013903071',
    '900101-390307',
    '90010139030a',
    '９００１０１３９０３０７',
    ' \t900101390307',
  ])('rejects malformed input %p as format', (value) => {
    expect(parseIin(value)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('isValidIin', () => {
  it('mirrors parseIin', () => {
    expect(isValidIin('900101390307')).toBe(true);
    expect(isValidIin('900101390308')).toBe(false);
    expect(isValidIin('750315191009')).toBe(false);
    expect(isValidIin('900101390307', new Date('1990-01-01T12:00:00Z'))).toBe(true);
    expect(isValidIin('900101390307', new Date('1989-12-31T12:00:00Z'))).toBe(false);
  });
});

describe('generateIin', () => {
  it('builds IINs that parse back to the same birth date and sex', () => {
    for (const birthDate of ['1900-01-01', '1990-01-01', '2000-02-29', '2024-06-15']) {
      for (const sex of ['male', 'female'] as const) {
        const iin = generateIin({ birthDate, sex, serial: 9000 });
        expect(parseIin(iin)).toEqual({ ok: true, iin, birthDate, sex });
      }
    }
  });

  it('builds the 1800s and future dates the century digit can express, for tests of their refusal', () => {
    expect(generateIin({ birthDate: '1899-12-31', sex: 'male', serial: 9000 })).toMatch(/^9912311/);
    expect(generateIin({ birthDate: '2099-12-31', sex: 'female', serial: 9000 })).toMatch(/^9912316/);
  });

  it('encodes the serial and moves past a serial with no check digit', () => {
    expect(generateIin({ birthDate: '1990-01-01', sex: 'male', serial: 9030 })).toBe('900101390307');
    // 9037 has no check digit (both passes give 10), so 9038 is used.
    expect(generateIin({ birthDate: '1990-01-01', sex: 'male', serial: 9037 })).toBe('900101390381');
  });

  it('refuses impossible input', () => {
    expect(() => generateIin({ birthDate: '1990-02-30', sex: 'male', serial: 9000 })).toThrow(RangeError);
    expect(() => generateIin({ birthDate: '1799-12-31', sex: 'male', serial: 9000 })).toThrow(RangeError);
    expect(() => generateIin({ birthDate: '2100-01-01', sex: 'male', serial: 9000 })).toThrow(RangeError);
    expect(() => generateIin({ birthDate: '1990-01-01', sex: 'male', serial: 10000 })).toThrow(RangeError);
    expect(() => generateIin({ birthDate: '1990-01-01', sex: 'male', serial: 1.5 })).toThrow(RangeError);
  });
});

describe('maskIin', () => {
  it('keeps the birth date and hides the rest', () => {
    expect(maskIin('900101390307')).toBe('900101******');
    expect(maskIin('900101 390307')).toBe('900101******');
  });

  it('masks malformed input completely', () => {
    expect(maskIin('90010139030')).toBe('***********');
    expect(maskIin('')).toBe('');
  });
});
