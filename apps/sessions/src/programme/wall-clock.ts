const MINUTE = 60_000;

/** An instant as a clock on the wall reads it in some zone. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM:SS */
  time: string;
  /** Local date-time with its UTC offset, e.g. 2024-02-05T09:00:00+06:00. */
  iso: string;
  offsetMinutes: number;
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Reads instants as wall-clock time in an IANA zone, from the runtime's tz data (Intl), never a
 * fixed offset: Astana on 5 February 2024 is UTC+6, since 1 March 2024 UTC+5. The one place the
 * programme turns instants into local dates and times (display, exports, conflict days).
 */
export function wallClock(timeZone: string): (at: Date) => WallTime {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const zoned = format;
  return (at) => {
    const part = Object.fromEntries(zoned.formatToParts(at).map((p) => [p.type, p.value]));
    const date = `${part['year']}-${part['month']}-${part['day']}`;
    const time = `${part['hour']}:${part['minute']}:${part['second']}`;
    const offsetMinutes = Math.round((Date.parse(`${date}T${time}Z`) - at.getTime()) / MINUTE);
    const sign = offsetMinutes < 0 ? '-' : '+';
    return {
      date,
      time,
      iso: `${date}T${time}${sign}${hoursMinutes(Math.abs(offsetMinutes))}`,
      offsetMinutes,
    };
  };
}

/** `HH:MM` of a number of minutes (durations, UTC offsets). */
export function hoursMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
