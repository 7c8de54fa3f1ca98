import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import { generateIin } from './iin';
import { IsBin, IsIin, IsKzPhone, IsKzRegionCode } from './validators';

class Registration {
  @IsIin()
  iin: unknown;

  @IsBin({ message: 'custom BIN message' })
  employerBin: unknown;

  @IsKzRegionCode()
  region: unknown;

  @IsKzPhone()
  phone: unknown;
}

function registration(values: Partial<Record<keyof Registration, unknown>>): Registration {
  return Object.assign(new Registration(), {
    iin: '900101390307',
    employerBin: '150340900007',
    region: 'KZ-33',
    phone: '+7 701 234 56 78',
    ...values,
  });
}

describe('class-validator decorators', () => {
  it('accept valid values', async () => {
    expect(await validate(registration({}))).toEqual([]);
  });

  it('reject bad values under their constraint names', async () => {
    const errors = await validate(
      registration({
        iin: '900101390308',
        employerBin: '900101390307',
        region: 'KZ-AKM',
        phone: '+7 916 123 45 67',
      }),
    );
    const byProperty = Object.fromEntries(errors.map((e) => [e.property, e.constraints]));
    expect(byProperty).toEqual({
      iin: { isIin: 'iin must be a valid IIN' },
      employerBin: { isBin: 'custom BIN message' },
      region: { isKzRegionCode: 'region must be a Kazakhstan region code' },
      phone: { isKzPhone: 'phone must be a Kazakhstan phone number' },
    });
  });

  it('refuse a well-formed IIN born before 1900 or after today under their own name, naming the dates', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    for (const birthDate of ['1899-12-31', '2099-12-31']) {
      const iin = generateIin({ birthDate, sex: 'male', serial: 9000 });
      const [error] = await validate(registration({ iin }));
      expect(error?.property).toBe('iin');
      expect(error?.constraints).toEqual({
        implausibleBirthDate: `iin gives the birth date ${birthDate}, before 1900 or after today, ${today}`,
      });
    }
    const oldest = generateIin({ birthDate: '1900-01-01', sex: 'female', serial: 9000 });
    expect(await validate(registration({ iin: oldest }))).toEqual([]);
  });

  it('reject non-strings', async () => {
    const errors = await validate(
      registration({ iin: 900101390307, employerBin: null, region: ['KZ-33'], phone: undefined }),
    );
    expect(errors.map((e) => Object.keys(e.constraints ?? {})[0]).sort()).toEqual([
      'isBin',
      'isIin',
      'isKzPhone',
      'isKzRegionCode',
    ]);
  });
});
