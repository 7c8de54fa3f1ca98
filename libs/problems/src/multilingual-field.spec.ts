import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { MultilingualField, MultilingualTextDto } from './multilingual-field';

class Titled {
  @MultilingualField({ required: true }) title!: MultilingualTextDto;
  @MultilingualField() subtitle?: MultilingualTextDto;
}

const options = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** `property:code` of each top-level error, and of nested ones as `property.child:code`. */
function codes(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [
      ...Object.keys(error.constraints ?? {}).map((code) => `${field}:${code}`),
      ...codes(error.children ?? [], field),
    ];
  });
}

async function problemsOf(plain: Record<string, unknown>): Promise<string[]> {
  return codes(await validate(plainToInstance(Titled, plain), options));
}

const title = { kk: 'Оқыту', ru: 'Обучение' };

describe(MultilingualField.name, () => {
  it('should accept texts by language and treat a null language as absent', async () => {
    expect(await problemsOf({ title })).toEqual([]);
    const titled = plainToInstance(Titled, { title: { kk: 'Оқыту', en: null } });
    expect(await validate(titled, options)).toEqual([]);
    expect(titled.title).toEqual({ kk: 'Оқыту', en: undefined });
  });

  it('should refuse an array where the texts belong, instead of storing it as no text', async () => {
    expect(await problemsOf({ title: [] })).toEqual(['title:isObject']);
    expect(await problemsOf({ title, subtitle: [[]] })).toEqual(['subtitle:isObject']);
    expect(await problemsOf({ title: [title] })).toEqual(['title:isObject']);
  });

  it('should refuse a bare string or number', async () => {
    // class-validator adds its own nestedValidation here; @jiyn/problems reports isObject alone.
    expect(await problemsOf({ title: 'Оқыту' })).toContain('title:isObject');
    expect(await problemsOf({ title, subtitle: 7 })).toContain('subtitle:isObject');
  });

  it('should report a missing required text as missing only', async () => {
    expect(await problemsOf({})).toEqual(['title:isDefined']);
    expect(await problemsOf({ title, subtitle: null })).toEqual([]);
  });
});
