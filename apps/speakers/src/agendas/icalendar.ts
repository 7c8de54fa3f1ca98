/**
 * A small RFC 5545 writer for speakers' agendas: several events, each in its own time zone (local
 * wall-clock times with TZID and a VTIMEZONE per zone built from this runtime's tz data), or in
 * UTC when the zone is unknown. It follows the sessions service's programme exporter
 * (apps/sessions/src/programme/exports/icalendar.ts); both belong in a shared library once one is linked.
 */
export interface CalendarEntry {
  uid: string;
  start: Date;
  end: Date;
  /** IANA zone to show local times in; null writes UTC times. */
  timeZone: string | null;
  summary: string;
  description?: string;
  location?: string;
  categories?: string[];
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  sequence: number;
  /** When this version of the entry was made (DTSTAMP). */
  stamp: Date;
}

export interface CalendarOptions {
  name: string;
  productId?: string;
  /** Zone named in X-WR-TIMEZONE, for clients that show the calendar in one zone. */
  timeZone?: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SCAN_STEP = 6 * HOUR;
const DEFAULT_PRODUCT_ID = '-//Jiyn//Speaker agenda//EN';
const EMPTY_CALENDAR_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function agendaCalendar(entries: CalendarEntry[], options: CalendarOptions): string {
  const sorted = [...entries].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid),
  );
  const zones = new Map<string, CalendarEntry[]>();
  for (const entry of sorted) {
    if (entry.timeZone) zones.set(entry.timeZone, [...(zones.get(entry.timeZone) ?? []), entry]);
  }
  const finders = new Map([...zones.keys()].map((zone) => [zone, offsetFinder(zone)]));
  const at = (entry: CalendarEntry, instant: Date): string => {
    const offsetAt = entry.timeZone ? finders.get(entry.timeZone) : undefined;
    return offsetAt
      ? `;TZID=${entry.timeZone}:${stamp(instant.getTime() + offsetAt(instant.getTime()))}`
      : `:${stamp(instant.getTime())}Z`;
  };
  const vevent = (entry: CalendarEntry): string[] => [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${stamp(entry.stamp.getTime())}Z`,
    `DTSTART${at(entry, entry.start)}`,
    `DTEND${at(entry, entry.end)}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.categories?.length ? [`CATEGORIES:${entry.categories.map(escapeText).join(',')}`] : []),
    `SEQUENCE:${entry.sequence}`,
    `STATUS:${entry.status}`,
    'END:VEVENT',
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.timeZone ? [`X-WR-TIMEZONE:${options.timeZone}`] : []),
    ...[...zones].flatMap(([zone, inZone]) => {
      const offsetAt = finders.get(zone) as (at: number) => number;
      const first = Math.min(...inZone.map((e) => e.start.getTime()));
      const last = Math.max(...inZone.map((e) => e.end.getTime()));
      const localMidnight = Math.floor((first + offsetAt(first)) / DAY) * DAY - offsetAt(first);
      return vtimezone(zone, offsetAt, localMidnight, last);
    }),
    // RFC 5545 wants at least one component: an empty agenda carries a plain UTC zone.
    ...(sorted.length ? [] : EMPTY_CALENDAR_ZONE),
    ...sorted.flatMap(vevent),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** One observance for the offset at `from`, then one per offset change up to `to` (bisected to the millisecond). */
function vtimezone(timeZone: string, offsetAt: (at: number) => number, from: number, to: number): string[] {
  const periods = [{ start: from, before: offsetAt(from), after: offsetAt(from) }];
  for (let lo = from; lo < to;) {
    const current = periods[periods.length - 1].after;
    let hi = Math.min(lo + SCAN_STEP, to);
    if (offsetAt(hi) === current) {
      lo = hi;
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === current) lo = mid;
      else hi = mid;
    }
    periods.push({ start: hi, before: current, after: offsetAt(hi) });
    lo = hi;
  }
  const january = (at: number): number => offsetAt(Date.UTC(new Date(at).getUTCFullYear(), 0, 1));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...periods.flatMap(({ start, before, after }) => {
      const kind = after > january(start) ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        `DTSTART:${stamp(start + before)}`,
        `TZOFFSETFROM:${utcOffset(before)}`,
        `TZOFFSETTO:${utcOffset(after)}`,
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/** The zone's UTC offset in milliseconds at an instant, read from Intl. */
function offsetFinder(timeZone: string): (at: number) => number {
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

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function utcOffset(ms: number): string {
  const total = Math.abs(ms) / 1000;
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const digits = parts.map((n) => String(n).padStart(2, '0'));
  return (ms < 0 ? '-' : '+') + (parts[2] ? digits.join('') : digits.slice(0, 2).join(''));
}

/** TEXT value (§3.3.11): escapes `\ ; ,` and newlines, drops other control characters. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\n\\;,]/g, (found) =>
        found === '\\' || found === ';' || found === ',' ? `\\${found}` : '\\n',
      )
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
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
