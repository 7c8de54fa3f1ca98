import { dateInZone, formatIsoDate } from '@jiyn/kz';

/** The calendar date (YYYY-MM-DD) a wall clock in `timeZone` shows at this instant (IANA tz data, never a fixed offset). */
export function localDate(at: Date, timeZone: string): string {
  return formatIsoDate(dateInZone(at, timeZone));
}

export interface EventSpan {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/**
 * First and last local day of an event. An event ending exactly at midnight does not take the day
 * that midnight starts.
 */
export function eventDayRange(event: EventSpan): { first: string; last: string } {
  const first = localDate(event.startsAt, event.timeZone);
  const lastInstant = event.endsAt > event.startsAt ? new Date(event.endsAt.getTime() - 1) : event.startsAt;
  return { first, last: localDate(lastInstant, event.timeZone) };
}

/** A real calendar date in YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isEventDay(day: string, event: EventSpan): boolean {
  const { first, last } = eventDayRange(event);
  return isCalendarDate(day) && day >= first && day <= last;
}

/** Every local day of the event, in order; at most `limit` (events are days, not seasons). */
export function eventDays(event: EventSpan, limit = 62): string[] {
  const { first, last } = eventDayRange(event);
  const days: string[] = [];
  for (
    let day = new Date(`${first}T00:00:00Z`);
    days.length < limit && day.toISOString().slice(0, 10) <= last;
    day = new Date(day.getTime() + 86_400_000)
  ) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
