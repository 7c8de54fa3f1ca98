import { describe, expect, it } from '@jest/globals';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import 'reflect-metadata';
import { checkPayload } from '../registry';
import { IsCalendarDate, MayBeAbsent, MayBeNull, Nested, SchemaNote } from './contract-decorators';
import { objectSchemaOf } from './json-schema-of';

/**
 * The published schema is computed from the decorators, so a contract cannot change one without
 * the other. What remains to prove is that each decorator and the keyword it becomes accept the
 * same values: once per decorator here, whatever contract uses it.
 */

const ajv = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true }));

class Text {
  @MayBeAbsent() @IsString() @MaxLength(3) kk?: string;
}

class Probe1 {
  @IsUUID() value!: string;
}
class Probe2 {
  @IsISO8601() value!: string;
}
class Probe3 {
  @IsCalendarDate() value!: string;
}
class Probe4 {
  @IsString() @MaxLength(3) value!: string;
}
class Probe5 {
  @Matches(/^KZ-\d{2}$/) value!: string;
}
class Probe6 {
  @IsInt() @Min(1) @Max(5) value!: number;
}
class Probe7 {
  @IsBoolean() value!: boolean;
}
class Probe8 {
  @IsIn(['kk', 'ru']) value!: string;
}
class Probe9 {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(2) @IsUUID('all', { each: true }) value!: string[];
}
class Probe10 {
  @IsArray() @IsIn(['kk', 'ru'], { each: true }) value!: string[];
}
class Probe11 {
  @Nested(() => Text) value!: Text;
}
class Probe12 {
  @IsArray() @Nested(() => Text, { each: true }) value!: Text[];
}
class Probe13 {
  @IsOptional() @IsUUID() value?: string | null;
}
class Probe14 {
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) value?: string | null;
}
class Probe15 {
  @IsOptional() @IsIn(['male', 'female']) value?: string | null;
}
class Probe16 {
  @IsOptional() @Nested(() => Text) @SchemaNote({ nullAsAnyOf: true }) value?: Text | null;
}
class Probe17 {
  @MayBeAbsent() @Nested(() => Text) value?: Text;
}
class Probe18 {
  @MayBeNull() @IsISO8601() @SchemaNote({ nullAsAnyOf: true }) value!: string | null;
}

const probes: Record<string, { payload: new () => object; values: unknown[] }> = {
  'IsUUID()': {
    payload: Probe1,
    values: ['0190a1b2-0000-7000-8000-000000000010', '8c0e6d0e-4f2b-4b39-9a57-2f1c3b8d9e10', 'x', '', 42],
  },
  'IsISO8601()': {
    payload: Probe2,
    values: ['2024-02-05T03:00:00.000Z', '2024-02-05T08:00:00+05:00', 'tomorrow morning', '', 42],
  },
  'IsCalendarDate()': {
    payload: Probe3,
    values: ['2024-02-05', '2024-02-29', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '5 Feb', 42],
  },
  'IsString() MaxLength(3)': {
    payload: Probe4,
    values: ['', 'abc', 'abcd', 'әсел'.slice(0, 3), '😀😀😀', '😀😀😀😀', 42, ['a']],
  },
  'Matches()': {
    payload: Probe5,
    values: ['KZ-71', 'KZ-7', 'kz-71', ' KZ-71', 71, ['KZ-71']],
  },
  'IsInt() Min(1) Max(5)': {
    payload: Probe6,
    values: [1, 5, 0, 6, 2.5, -1, '3', true],
  },
  'IsBoolean()': {
    payload: Probe7,
    values: [true, false, 'true', 1, 0],
  },
  'IsIn()': {
    payload: Probe8,
    values: ['kk', 'ru', 'en', '', 1, ['kk']],
  },
  'IsArray() ArrayMinSize(1) ArrayMaxSize(2) IsUUID(each)': {
    payload: Probe9,
    values: [
      [],
      ['0190a1b2-0000-7000-8000-000000000010'],
      [
        '0190a1b2-0000-7000-8000-000000000010',
        '0190a1b2-0000-7000-8000-000000000011',
        '0190a1b2-0000-7000-8000-000000000012',
      ],
      ['x'],
      [42],
      'x',
      { 0: '0190a1b2-0000-7000-8000-000000000010' },
    ],
  },
  'IsArray() IsIn(each)': {
    payload: Probe10,
    values: [[], ['kk', 'ru'], ['de'], [null], 'kk'],
  },
  'Nested()': {
    payload: Probe11,
    values: [{}, { kk: 'abc' }, { kk: 'abcd' }, { kk: null }, { kk: 42 }, { en: 'x' }, [], [{}], 'x', 42],
  },
  'IsArray() Nested(each)': {
    payload: Probe12,
    values: [[], [{}], [{ kk: 'abc' }, {}], [{ kk: 'abcd' }], [[]], [null], ['x'], {}],
  },
  'IsOptional() IsUUID() (absent or null)': {
    payload: Probe13,
    values: ['0190a1b2-0000-7000-8000-000000000010', 'x', ''],
  },
  'IsOptional() IsUUID() as anyOf': {
    payload: Probe14,
    values: ['0190a1b2-0000-7000-8000-000000000010', 'x', 42],
  },
  'IsOptional() IsIn()': {
    payload: Probe15,
    values: ['male', 'other'],
  },
  'IsOptional() Nested() as anyOf': {
    payload: Probe16,
    values: [{}, { kk: 'abcd' }, [], 'x'],
  },
  'MayBeAbsent() Nested()': {
    payload: Probe17,
    values: [{}, { kk: 'abcd' }, []],
  },
  'MayBeNull() IsISO8601() as anyOf': {
    payload: Probe18,
    values: ['2024-02-05T03:00:00.000Z', 'x'],
  },
};

/** Absence, null and a value of every JSON type, beside each probe's own values. */
const EVERY_PROBE_TRIES = [undefined, null, 'x', 0, true, [], {}];

function probe(name: string) {
  const found = probes[name];
  if (!found) throw new Error(`no probe ${name}`);
  return found;
}

async function verdicts(payload: new () => object, value: unknown) {
  const data = value === undefined ? {} : { value };
  const schema = objectSchemaOf(payload);
  return { runtime: (await checkPayload(payload, data)).ok, schema: ajv.validate(schema, data) };
}

describe('JSON Schema derived from payload classes', () => {
  it.each(Object.keys(probes))('should judge every value alike for %s', async (name) => {
    const { payload, values } = probe(name);
    for (const value of [...values, ...EVERY_PROBE_TRIES]) {
      const { runtime, schema } = await verdicts(payload, value);
      expect({ value, runtime }).toEqual({ value, runtime: schema });
    }
    // The probe can tell acceptance from refusal: each one accepts something and refuses something.
    const outcomes = await Promise.all(values.map(async (value) => (await verdicts(payload, value)).runtime));
    expect(new Set(outcomes)).toEqual(new Set([true, false]));
  });

  it('should refuse extra properties in both, at every depth', async () => {
    const payload = probe('Nested()').payload;
    for (const data of [{ value: {}, iin: '900101300001' }, { value: { email: 'assel@example.kz' } }]) {
      expect((await checkPayload(payload, data)).ok).toBe(false);
      expect(ajv.validate(objectSchemaOf(payload), data)).toBe(false);
    }
  });

  // Formats the two judge differently; pinned so a library upgrade that changes them is noticed.
  it.each([
    ['IsISO8601()', '2024-02-05', { runtime: true, schema: false }],
    ['IsISO8601()', '2024-02-05T08:00', { runtime: true, schema: false }],
    ['IsUUID()', '0190a1b2-0000-0000-0000-000000000010', { runtime: false, schema: true }],
    ['IsUUID()', 'urn:uuid:0190a1b2-0000-7000-8000-000000000010', { runtime: false, schema: true }],
  ])('should keep the known format gap of %s on %s', async (name, value, expected) => {
    expect(await verdicts(probe(name).payload, value)).toEqual(expected);
  });

  it('should refuse to derive a schema from a decorator it cannot express', () => {
    class Email {
      @IsEmail() value!: string;
    }
    class Conditional {
      @ValidateIf((object: { other?: unknown }) => object.other !== undefined) @IsString() value!: string;
    }
    class UntypedNested {
      @ValidateNested() value!: Text;
    }
    class EachWithoutArray {
      @IsUUID('all', { each: true }) value!: string[];
    }
    class Untyped {
      @IsOptional() @Min(1) value?: number;
    }
    class IsoWithOptions {
      @IsISO8601({ strict: true }) value!: string;
    }
    for (const payload of [Email, Conditional, UntypedNested, EachWithoutArray, Untyped, IsoWithOptions])
      expect(() => objectSchemaOf(payload)).toThrow(/value/);
  });

  it('should write keywords in one fixed order, so the published files are stable byte for byte', () => {
    class Ordered {
      @SchemaNote({ description: 'a note' }) @Max(5) @IsOptional() @IsInt() @Min(1) value?: number | null;
    }
    expect(JSON.stringify(objectSchemaOf(Ordered))).toBe(
      '{"type":"object","additionalProperties":false,"properties":{"value":' +
        '{"type":["integer","null"],"minimum":1,"maximum":5,"description":"a note"}}}',
    );
  });
});
