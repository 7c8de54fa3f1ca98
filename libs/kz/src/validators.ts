import { registerDecorator } from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { isValidBin } from './bin';
import { parseIin } from './iin';
import { isKzPhone } from './phone';
import { isRegionCode } from './regions';

/** Constraint names as they appear in `ValidationError.constraints`, for error localisers. */
export const IS_IIN = 'isIin';
/** A well-formed IIN whose birth date is before 1900 or after today in Kazakhstan. */
export const IMPLAUSIBLE_BIRTH_DATE = 'implausibleBirthDate';
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
        validate: (value: unknown) => typeof value === 'string' && check(value),
      },
    });
  };
}

/**
 * Valid individual identification number (ИИН/ЖСН): format, birth date, century digit, check digit
 * under `isIin`; a well-formed number whose birth date is before 1900 or in the future under
 * `implausibleBirthDate`, with a message naming that date and today (`… 1899-12-31 … 2026-03-02`),
 * so the caller learns which digits to check.
 */
export function IsIin(options?: ValidationOptions): PropertyDecorator {
  const wellFormed = stringDecorator(
    IS_IIN,
    (value) => {
      const parsed = parseIin(value);
      return parsed.ok || parsed.reason === 'implausibleBirthDate';
    },
    '$property must be a valid IIN',
    options,
  );
  return (target: object, propertyName: string | symbol) => {
    wellFormed(target, propertyName);
    registerDecorator({
      name: IMPLAUSIBLE_BIRTH_DATE,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: implausibleBirthDateMessage, ...options },
      validator: {
        // Anything that is not a well-formed IIN is isIin's to report.
        validate: (value: unknown) => typeof value !== 'string' || !implausibleBirthDate(value),
      },
    });
  };
}

function implausibleBirthDate(value: string): { birthDate: string; today: string } | undefined {
  const parsed = parseIin(value);
  return !parsed.ok && parsed.reason === 'implausibleBirthDate' ? parsed : undefined;
}

function implausibleBirthDateMessage({ property, value }: ValidationArguments): string {
  const found = typeof value === 'string' ? implausibleBirthDate(value) : undefined;
  if (!found) return `${property} must be a valid IIN`; // midnight passed between the check and now
  return `${property} gives the birth date ${found.birthDate}, before 1900 or after today, ${found.today}`;
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
