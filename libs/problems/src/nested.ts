import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, isObject, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';

/** Constraint names as they appear in field errors. */
export const IS_OBJECT = 'isObject';
export const OBJECT_ITEMS = 'objectItems';

type DtoClass = new (...args: never[]) => object;

/**
 * The value, when there is one, is a JSON object (not an array, not a primitive). Missing and null
 * values are left to `@IsDefined()` / `@IsOptional()`, so a missing field is reported once, as missing.
 */
export function IsObjectWhenPresent(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_OBJECT,
      validator: { validate: (value: unknown) => value === undefined || value === null || isObject(value) },
    },
    options,
  );
}

/** Every item of a list is a JSON object; a value that is not a list is `@IsArray()`'s to report. */
export function ObjectItems(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: OBJECT_ITEMS,
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || value.every((item) => isObject(item)),
      },
    },
    options,
  );
}

/**
 * A nested object of a request body, validated as `type`. `@ValidateNested()` alone lets an array
 * through (it validates its items, of which `[]` has none) and so `{"venue": []}` would be stored;
 * this refuses anything but an object. Combine with `@IsDefined()` or `@IsOptional()`.
 */
export function NestedObject(type: () => DtoClass): PropertyDecorator {
  return applyDecorators(IsObjectWhenPresent(), ValidateNested(), Type(type));
}

/**
 * A list of nested objects of a request body, each validated as `type`: `[[]]` or `[1]` are refused
 * (`objectItems`), not stored as an item without fields. Combine with `@IsDefined()` or
 * `@IsOptional()` and size limits.
 */
export function NestedObjects(type: () => DtoClass): PropertyDecorator {
  return applyDecorators(IsArray(), ObjectItems(), ValidateNested({ each: true }), Type(type));
}
