import { Type } from 'class-transformer';
import { IsObject, ValidateBy, ValidateIf, ValidateNested, type ValidationOptions } from 'class-validator';

/**
 * Decorators for payload classes beyond class-validator's own, each with an exact JSON Schema
 * counterpart (see json-schema-of.ts). `@IsOptional()` lets a value be absent *or* null; these say
 * which of the two a property allows, as the published schema and the TypeScript type do.
 */

type Presence = 'mayBeAbsent' | 'mayBeNull';
const presenceOfCondition = new WeakMap<object, Presence>();

function presence(kind: Presence, skipWhen: (value: unknown) => boolean): PropertyDecorator {
  const condition = (_object: object, value: unknown) => !skipWhen(value);
  presenceOfCondition.set(condition, kind);
  return ValidateIf(condition);
}

/** The property may be left out, but not sent as null: `name?: T`. */
export const MayBeAbsent = (): PropertyDecorator => presence('mayBeAbsent', (value) => value === undefined);

/** The property must be present but may be null: `name!: T | null`. */
export const MayBeNull = (): PropertyDecorator => presence('mayBeNull', (value) => value === null);

/** Which of the decorators above made a `@ValidateIf` condition, if one did. */
export function presenceOf(condition: unknown): Presence | undefined {
  return typeof condition === 'function' ? presenceOfCondition.get(condition) : undefined;
}

export interface NestedClass {
  type: () => new () => object;
  each: boolean;
}
const nestedClasses = new WeakMap<object, Map<string, NestedClass>>();

/**
 * A nested object of the given class (or, with `each`, an array of them). An object is required:
 * `@ValidateNested()` alone lets an array through, whose items it would validate instead.
 */
export function Nested(type: () => new () => object, options: { each?: boolean } = {}): PropertyDecorator {
  const each = options.each ?? false;
  return (prototype, property) => {
    const own = nestedClasses.get(prototype.constructor) ?? new Map<string, NestedClass>();
    own.set(String(property), { type, each });
    nestedClasses.set(prototype.constructor, own);
    IsObject({ each })(prototype, property);
    ValidateNested({ each })(prototype, property);
    Type(type)(prototype, property);
  };
}

export function nestedClassOf(target: object, property: string): NestedClass | undefined {
  return nestedClasses.get(target)?.get(property);
}

export const IS_CALENDAR_DATE = 'isCalendarDate';
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date as JSON Schema's `format: "date"` means it (RFC 3339 full-date): 2024-02-29, not 2023-02-29. */
export function isCalendarDate(value: unknown): boolean {
  const parts = typeof value === 'string' ? CALENDAR_DATE.exec(value) : null;
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_CALENDAR_DATE,
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date as YYYY-MM-DD`,
      },
    },
    options,
  );
}

export interface SchemaNotes {
  /** Shown to readers of the published schema; validates nothing. */
  description?: string;
  /** Write "may be null" as `anyOf: [schema, {type: 'null'}]` rather than `type: [type, 'null']`. */
  nullAsAnyOf?: boolean;
}
const notesOf = new WeakMap<object, Map<string, SchemaNotes>>();

/**
 * How the published schema presents a property. Notes never change what is accepted, so the
 * published files stay byte-for-byte as they were written by hand.
 */
export function SchemaNote(notes: SchemaNotes): PropertyDecorator {
  return (prototype, property) => {
    const own = notesOf.get(prototype.constructor) ?? new Map<string, SchemaNotes>();
    own.set(String(property), { ...own.get(String(property)), ...notes });
    notesOf.set(prototype.constructor, own);
  };
}

export function schemaNotesOf(target: object, property: string): SchemaNotes {
  return notesOf.get(target)?.get(property) ?? {};
}
