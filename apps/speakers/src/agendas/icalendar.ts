/**
 * A small RFC 5545 writer for speakers' agendas: several events, each in its own time zone (local
 * wall-clock times with TZID and a VTIMEZONE per zone built from this runtime's tz data), or in
 * UTC when the zone is unknown. The RFC 5545 building blocks are @jiyn/icalendar's, as for the
 * programme's calendars.
 */
import { calendarHead, escapeText, fold, offsetFinder, stamp, vtimezone } from '@jiyn/icalendar';
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
    ...calendarHead({
      productId: options.productId ?? DEFAULT_PRODUCT_ID,
      name: options.name,
      timeZone: options.timeZone,
    }),
    ...[...zones].flatMap(([zone, inZone]) => {
      const offsetAt = finders.get(zone) as (at: number) => number;
      return vtimezone(
        zone,
        offsetAt,
        inZone.flatMap((e) => [e.start.getTime(), e.end.getTime()]),
      );
    }),
    // RFC 5545 wants at least one component: an empty agenda carries a plain UTC zone.
    ...(sorted.length ? [] : EMPTY_CALENDAR_ZONE),
    ...sorted.flatMap(vevent),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
