/**
 * iCalendar (RFC 5545) building blocks shared by every calendar Jiyn writes (the programme's, a
 * speaker's agenda): a VTIMEZONE from the tz data the runtime carries, UTC and local stamps, TEXT
 * escaping and line folding.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The VTIMEZONE for the instants a calendar writes in this zone (its DTSTART and DTEND values):
 * one observance for the offset in force from local midnight before the first of them, then one
 * per offset change found between them, as the runtime's tz data has them (never a fixed offset:
 * Asia/Almaty went from UTC+6 to UTC+5 on 1 March 2024). DAYLIGHT marks an offset above the
 * zone's offset on 1 January of that year.
 *
 * RFC 5545 (§3.6.5) asks a VTIMEZONE to cover only the times the calendar uses, so the zone is read
 * at those instants alone, and an offset that differs from the one before is bisected to the
 * millisecond of its change: about 50 reads per change, whatever the span. Every instant gets the
 * offset it has; changes that cancel out between two instants (a summer time between two winter
 * sessions) are left out, as no time in the calendar falls in them. Reading the zone every few
 * hours across the span instead cost 11.6 million reads (33 s) for one session from 2027 to 9999.
 */
export function vtimezone(
  timeZone: string,
  offsetAt: (at: number) => number,
  instants: Iterable<number>,
): string[] {
  const samples = [...new Set(instants)].sort((a, b) => a - b);
  if (!samples.length) throw new Error(`No instants to describe ${timeZone} for`);
  const first = samples[0];
  const localMidnight = Math.floor((first + offsetAt(first)) / DAY) * DAY - offsetAt(first);
  const periods = [{ start: localMidnight, before: offsetAt(localMidnight), after: offsetAt(localMidnight) }];
  let lo = localMidnight;
  for (const sample of samples) {
    // Each change between the last instant read and this one; usually none, often one.
    while (offsetAt(sample) !== periods[periods.length - 1].after) {
      const current = periods[periods.length - 1].after;
      let hi = sample;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid) === current) lo = mid;
        else hi = mid;
      }
      periods.push({ start: hi, before: current, after: offsetAt(hi) });
      lo = hi;
    }
    lo = sample;
  }
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const january = (at: number): number =>
    offsetAt(new Date(0).setUTCFullYear(new Date(at).getUTCFullYear(), 0, 1));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...periods.flatMap(({ start, before, after }) => {
      const kind = after > january(start) ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        // An observance starts at the local time in force before it (RFC 5545 §3.6.5).
        `DTSTART:${stamp(start + before)}`,
        `TZOFFSETFROM:${utcOffset(before)}`,
        `TZOFFSETTO:${utcOffset(after)}`,
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/** The zone's UTC offset in milliseconds at an instant, read from Intl (`GMT+06:00`, `GMT`, `GMT+05:07:48`). */
export function offsetFinder(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (at) => {
    const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match) throw new Error(`Unexpected offset "${name}" for ${timeZone}`);
    const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
    return (
      (sign === '-' ? -1 : 1) * (Number(hours) * HOUR + Number(minutes) * 60_000 + Number(seconds) * 1000)
    );
  };
}

/** `YYYYMMDDTHHMMSS` of an instant read as UTC (add an offset first for local time). */
export function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** `+0600`, `-0330`, or `+050748` when seconds are needed. */
export function utcOffset(ms: number): string {
  const total = Math.abs(ms) / 1000;
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const digits = parts.map((n) => String(n).padStart(2, '0'));
  return (ms < 0 ? '-' : '+') + (parts[2] ? digits.join('') : digits.slice(0, 2).join(''));
}

/** TEXT value (RFC 5545 §3.3.11): escapes `\ ; ,` and newlines, drops other control characters. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\n\\;,]/g, (found) =>
        found === '\\' || found === ';' || found === ',' ? `\\${found}` : '\\n',
      )
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets (§3.1), between characters: never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (chunks.length ? 74 : 75)) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

/** The opening lines every Jiyn calendar starts with, up to its time zones and events. */
export function calendarHead(options: {
  productId: string;
  name: string;
  timeZone?: string | null;
}): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.timeZone ? [`X-WR-TIMEZONE:${options.timeZone}`] : []),
  ];
}
