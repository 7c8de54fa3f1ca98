/**
 * Survey windows are written as the wall clock of the event's zone ("2024-02-07T16:00" in
 * Asia/Almaty), as organisers think of them, and stored as instants. IANA tz data, never a fixed
 * offset: Kazakhstan moved to a single zone (UTC+5) on 1 March 2024, and Intl knows it.
 */
export const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Kazakhstan's zone when an event has none recorded (reference/kazakhstan.md). */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(at: Date, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** How far ahead of UTC the zone's clock is at this instant, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const wall = wallTimeAt(at, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a wall clock in `timeZone` shows `local` ("YYYY-MM-DDTHH:mm[:ss]"), or null when the
 * text is not such a time or names no real day (2024-02-30T10:00).
 */
export function instantOfLocalTime(local: string, timeZone: string): Date | null {
  const match = LOCAL_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((value) => Number(value ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  // Two passes settle the offset on either side of a change of the zone's clock.
  let instant = asUtc - offsetAt(new Date(asUtc), timeZone);
  instant = asUtc - offsetAt(new Date(instant), timeZone);
  return new Date(instant);
}

/** The wall clock of `timeZone` at an instant, as "YYYY-MM-DDTHH:mm" (seconds when not zero). */
export function localTimeOf(at: Date, timeZone: string): string {
  const wall = wallTimeAt(at, timeZone);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const base = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
  return wall.second ? `${base}:${pad(wall.second)}` : base;
}

/** The local calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function localDayOf(at: Date, timeZone: string): string {
  return localTimeOf(at, timeZone).slice(0, 10);
}

/** First and last local day of an event; an event ending exactly at midnight does not take that day. */
export function eventDayRange(
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): { first: string; last: string } {
  const lastInstant = endsAt > startsAt ? new Date(endsAt.getTime() - 1) : startsAt;
  return { first: localDayOf(startsAt, timeZone), last: localDayOf(lastInstant, timeZone) };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
