/** Plain calendar date (no time, no zone): birth dates are days, not instants. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** True when year/month/day name a real day in the proleptic Gregorian calendar (rejects 31 Feb, 29 Feb 1900). */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST gaps.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** Parses a strict `YYYY-MM-DD` string into a real calendar date, or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Building an Intl formatter costs far more than using one (bulk imports derive thousands of age bands). */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    // Only zones Intl accepted get here (it throws on others), so the map stays small.
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}

/** The calendar date an instant falls on in a time zone (a birthday turns over at local midnight). */
export function dateInZone(at: Date, timeZone: string): CalendarDate {
  if (Number.isNaN(at.getTime())) throw new RangeError('Invalid Date');
  const parts = dayFormat(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
