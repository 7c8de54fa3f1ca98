import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

export const IS_INSTANT = 'isInstant';

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the instants every service can write back. */
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An ISO 8601 date-time with an explicit offset or `Z`, so it names one instant. A bare
 * `2024-02-05T10:00:00` would be read in the server's zone, not the event's: refused. So is an
 * instant outside the years 1–9999 in UTC: `9999-12-31T23:59:59-14:00` is 10000-01-01 in UTC,
 * which `toISOString()` writes as `+010000-…`, and the other services' contract validation
 * refuses that in the events carrying it, so their copies would silently fall behind.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    // What reaches a query is the instant in UTC: RFC 3339 allows offsets up to ±23:59, PostgreSQL
    // reads only up to ±15:59 ("time zone displacement out of range", a 500 the fuzzer found).
    Transform(({ value }: { value: unknown }) =>
      isInstant(value) ? new Date(Date.parse(value)).toISOString() : value,
    )(target, propertyName);
    registerDecorator({
      name: IS_INSTANT,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: isInstant },
    });
  };
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && isCalendarInstant(value) && inYears1To9999(Date.parse(value));
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * RFC 3339's date-time, every field in its range and the day in its month. (class-validator's strict
 * ISO 8601 check builds a JavaScript Date, which reads the years 0–99 as 1900–1999, and so refused
 * every date in years 1–99.) Year 0000 is valid ISO 8601 but no year PostgreSQL stores (it has 1 BC).
 */
function isCalendarInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (!year || !month || !day || month > 12) return false;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return (
    day <= lastDay.getUTCDate() &&
    (hour as number) <= 23 &&
    (minute as number) <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}

/** False for NaN too. */
function inYears1To9999(at: number): boolean {
  return at >= FIRST_INSTANT && at <= LAST_INSTANT;
}
