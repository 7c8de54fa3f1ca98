import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

export const IS_INSTANT = 'isInstant';

/**
 * An ISO 8601 date-time with an explicit offset or `Z`, so it names one instant. A bare
 * `2024-02-05T10:00:00` would be read in the server's zone, not the event's: refused.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: IS_INSTANT,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isISO8601(value, { strict: true, strictSeparator: true }) &&
          // Year 0000 is valid ISO 8601 but no year PostgreSQL stores (it has 1 BC instead).
          !value.startsWith('0000') &&
          /T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/.test(value),
      },
    });
}
