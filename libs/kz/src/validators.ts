import { registerDecorator } from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { isValidBin } from './bin';
import { isValidIin } from './iin';
import { isKzPhone } from './phone';
import { isRegionCode } from './regions';

/** Constraint names as they appear in `ValidationError.constraints`, for error localisers. */
export const IS_IIN = 'isIin';
export const IS_BIN = 'isBin';
export const IS_KZ_REGION_CODE = 'isKzRegionCode';
export const IS_KZ_PHONE = 'isKzPhone';

type StringCheck = (value: string) => boolean;

/** Registers a property decorator that accepts only strings passing `check`. */
function stringDecorator(
  name: string,
  check: StringCheck,
  defaultMessage: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: defaultMessage, ...options },
      validator: {
        validate: (value: unknown, _args?: ValidationArguments) => typeof value === 'string' && check(value),
      },
    });
  };
}

/** Valid individual identification number (ИИН/ЖСН): format, birth date, century digit, check digit. */
export function IsIin(options?: ValidationOptions): PropertyDecorator {
  return stringDecorator(IS_IIN, isValidIin, '$property must be a valid IIN', options);
}

/** Valid business identification number (БИН/БСН): month, type, attribute, check digit. */
export function IsBin(options?: ValidationOptions): PropertyDecorator {
  return stringDecorator(IS_BIN, isValidBin, '$property must be a valid BIN', options);
}

/** One of the 20 ISO 3166-2:KZ numeric codes (`KZ-10` … `KZ-79`), exact and upper-case. */
export function IsKzRegionCode(options?: ValidationOptions): PropertyDecorator {
  return stringDecorator(
    IS_KZ_REGION_CODE,
    isRegionCode,
    '$property must be a Kazakhstan region code',
    options,
  );
}

/** A Kazakhstan phone number in any format `normalizeKzPhone` accepts; normalise it before storing. */
export function IsKzPhone(options?: ValidationOptions): PropertyDecorator {
  return stringDecorator(IS_KZ_PHONE, isKzPhone, '$property must be a Kazakhstan phone number', options);
}
