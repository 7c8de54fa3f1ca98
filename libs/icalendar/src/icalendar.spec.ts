import { afterEach, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { escapeText, fold, offsetFinder, stamp, vtimezone } from './icalendar';

/** The offset finder, counting how often it reads the zone (the costly part: Intl formatting). */
function counted(timeZone: string): { offsetAt: (at: number) => number; reads: () => number } {
  const offsetAt = offsetFinder(timeZone);
  let reads = 0;
  return {
    offsetAt: (at) => {
      reads += 1;
      return offsetAt(at);
    },
    reads: () => reads,
  };
}

/** Local times written with the zone, read back to UTC by ical.js as a calendar client does. */
function readBack(timeZone: string, zone: string[], instants: number[]): string[] {
  const offsetAt = offsetFinder(timeZone);
  const events = instants.flatMap((at, i) => [
    'BEGIN:VEVENT',
    `UID:${i}@example.org`,
    'DTSTAMP:20240101T000000Z',
    `DTSTART;TZID=${timeZone}:${stamp(at + offsetAt(at))}`,
    'END:VEVENT',
  ]);
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...zone, ...events, 'END:VCALENDAR'];
  const calendar = new ICAL.Component(ICAL.parse(ics.join('\r\n')));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Event(vevent).startDate.toJSDate().toISOString());
}

const observances = (zone: string[]): number =>
  zone.filter((line) => line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT').length;

afterEach(() => ICAL.TimezoneService.reset());

describe('icalendar building blocks', () => {
  it('should find Astana moving from UTC+6 to UTC+5 on 1 March 2024', () => {
    const offsetAt = offsetFinder('Asia/Almaty');
    expect(offsetAt(Date.UTC(2024, 1, 5))).toBe(6 * 3_600_000);
    expect(offsetAt(Date.UTC(2024, 2, 2))).toBe(5 * 3_600_000);
    const zone = vtimezone('Asia/Almaty', offsetAt, [Date.UTC(2024, 1, 1), Date.UTC(2024, 3, 1)]);
    expect(zone.filter((line) => line.startsWith('TZOFFSETTO:'))).toEqual([
      'TZOFFSETTO:+0600',
      'TZOFFSETTO:+0500',
    ]);
    // Local midnight of the first instant, then the change at midnight (UTC+6) on 1 March.
    expect(zone.filter((line) => line.startsWith('DTSTART:'))).toEqual([
      'DTSTART:20240201T000000',
      'DTSTART:20240301T000000',
    ]);
  });

  it('should read the zone a bounded number of times for a calendar from 2027 to 9999', () => {
    // One session from 2027 to 9999-12-30T11:00+05:00 used to have the zone read every 6 hours
    // of the span: 11.6 million reads, 33 s of CPU per request, the service deaf meanwhile.
    const instants = [Date.parse('2027-03-01T10:00:00+05:00'), Date.parse('9999-12-30T11:00:00+05:00')];
    for (const timeZone of ['Asia/Almaty', 'Europe/Berlin', 'America/Santiago']) {
      const { offsetAt, reads } = counted(timeZone);
      const zone = vtimezone(timeZone, offsetAt, instants);
      expect(reads()).toBeLessThan(200);
      expect(observances(zone)).toBeLessThanOrEqual(3);
      expect(readBack(timeZone, zone, instants)).toEqual(instants.map((at) => new Date(at).toISOString()));
    }
  });

  it('should give every instant its offset in a zone with summer time, with the changes between them', () => {
    // Winter and summer sessions over years, some an hour either side of a change of offset (not
    // in the hour that repeats when clocks go back: no local time names one instant there).
    const instants = [
      '2024-03-30T09:00:00Z',
      '2024-03-31T00:30:00Z',
      '2024-03-31T01:30:00Z',
      '2024-07-01T08:00:00Z',
      '2024-10-26T23:30:00Z',
      '2024-10-27T02:30:00Z',
      '2025-01-15T12:00:00Z',
      '2031-08-01T12:00:00Z',
      '2031-08-01T12:00:00Z',
      '2999-12-31T12:00:00Z',
    ].map(Date.parse);
    const { offsetAt, reads } = counted('Europe/Berlin');
    const zone = vtimezone('Europe/Berlin', offsetAt, instants);
    expect(reads()).toBeLessThan(60 * instants.length);
    expect(zone).toEqual(expect.arrayContaining(['DTSTART:20240331T020000', 'DTSTART:20241027T030000']));
    expect(readBack('Europe/Berlin', zone, instants)).toEqual(
      instants.map((at) => new Date(at).toISOString()),
    );
  });

  it('should escape TEXT values and fold lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(stamp(Date.UTC(2024, 1, 5, 3, 30))).toBe('20240205T033000');
    const folded = fold(`SUMMARY:${'Қазақстан '.repeat(20)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Қазақстан '.repeat(20)}`);
  });
});
