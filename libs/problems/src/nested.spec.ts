import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsDefined, IsOptional, IsString, validate } from 'class-validator';
import { fieldMessage } from './field-messages';
import { NestedObject, NestedObjects } from './nested';
import { flattenValidationErrors } from './problem.exception';
import { VALIDATOR_OPTIONS } from './validation.pipe';

class Venue {
  @IsString() name!: string;
}

class Body {
  @IsDefined() @NestedObject(() => Venue) venue!: Venue;
  @IsOptional() @NestedObject(() => Venue) annex?: Venue;
  @IsOptional() @NestedObjects(() => Venue) rooms?: Venue[];
}

/** `field:code` of every problem the body has, as the API would report them. */
async function problemsOf(plain: Record<string, unknown>): Promise<string[]> {
  const body = plainToInstance(Body, plain);
  return flattenValidationErrors(await validate(body, VALIDATOR_OPTIONS)).map(
    (problem) => `${problem.field}:${problem.code}`,
  );
}

const venue = { name: 'Palace of Independence' };

describe(NestedObject.name, () => {
  it('should accept an object and validate what is in it', async () => {
    expect(await problemsOf({ venue })).toEqual([]);
    expect(await problemsOf({ venue: { name: 7 } })).toEqual(['venue.name:isString']);
  });

  it('should refuse an array, which @ValidateNested() alone lets through', async () => {
    expect(await problemsOf({ venue: [] })).toEqual(['venue:isObject']);
    expect(await problemsOf({ venue, annex: [[]] })).toEqual(['annex:isObject']);
    expect(await problemsOf({ venue, annex: [venue] })).toEqual(['annex:isObject']);
    // Not also annex[0]: the items of an array given for an object are beside the point.
    expect(await problemsOf({ venue, annex: [1, { name: 2 }] })).toEqual(['annex:isObject']);
  });

  it('should refuse a primitive with one error, not two', async () => {
    expect(await problemsOf({ venue: 'Astana' })).toEqual(['venue:isObject']);
    expect(await problemsOf({ venue: 1 })).toEqual(['venue:isObject']);
    expect(await problemsOf({ venue: true })).toEqual(['venue:isObject']);
  });

  it('should leave missing and null values to @IsDefined and @IsOptional', async () => {
    expect(await problemsOf({})).toEqual(['venue:isDefined']);
    expect(await problemsOf({ venue: null })).toEqual(['venue:isDefined']);
    expect(await problemsOf({ venue, annex: null })).toEqual([]);
  });
});

describe(NestedObjects.name, () => {
  it('should accept a list of objects and validate each', async () => {
    expect(await problemsOf({ venue, rooms: [] })).toEqual([]);
    expect(await problemsOf({ venue, rooms: [venue, { name: 1 }] })).toEqual(['rooms[1].name:isString']);
  });

  it('should refuse lists in a list, which would be stored as items without fields', async () => {
    expect(await problemsOf({ venue, rooms: [[]] })).toEqual(['rooms:objectItems']);
    expect(await problemsOf({ venue, rooms: [venue, [venue]] })).toEqual(['rooms:objectItems']);
    expect(await problemsOf({ venue, rooms: [[[]]] })).toEqual(['rooms:objectItems']);
  });

  it('should name the items that are primitives or null', async () => {
    expect(await problemsOf({ venue, rooms: [venue, 1, null] })).toEqual([
      'rooms:objectItems',
      'rooms[1]:nestedValidation',
      'rooms[2]:nestedValidation',
    ]);
  });

  it('should refuse what is not a list at all as not a list', async () => {
    expect(await problemsOf({ venue, rooms: venue })).toEqual(['rooms:isArray']);
    expect(await problemsOf({ venue, rooms: 'hall' })).toEqual(['rooms:isArray']);
  });

  it('should convert lists of lists without throwing, so validation can refuse them', () => {
    expect(() =>
      plainToInstance(Body, { venue: [[[venue]]], rooms: [[[venue]], [1, [null]]] }),
    ).not.toThrow();
  });

  it('should have a message in every language for the codes it reports', () => {
    expect(fieldMessage('objectItems', 'rooms', [], 'en')).toBe('Every item of rooms must be an object');
    expect(fieldMessage('nestedValidation', 'rooms[1]', [], 'ru')).toBe('Поле rooms[1] должно быть объектом');
    expect(fieldMessage('isObject', 'venue', [], 'kk')).toBe('venue өрісі нысан болуы керек');
  });
});
