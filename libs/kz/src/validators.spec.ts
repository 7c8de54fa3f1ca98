import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
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
