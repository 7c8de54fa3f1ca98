import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { agendaCalendar, type CalendarEntry } from './icalendar';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function entry(overrides: Partial<CalendarEntry>): CalendarEntry {
  return {
    uid: 'a@jiyn.kz',
    start: new Date('2024-02-05T03:00:00Z'),
    end: new Date('2024-02-05T04:00:00Z'),
    timeZone: 'Asia/Almaty',
    summary: 'Ашылу: 3%, 6%; т.б.',
    status: 'CONFIRMED',
    sequence: 2,
    stamp: new Date('2024-02-01T10:00:00Z'),
    ...overrides,
  };
}

describe('agendaCalendar', () => {
  it('should write local times per event zone that clients read back to the same instants', () => {
    const ics = agendaCalendar(
      [
        entry({
          uid: 'berlin@jiyn.kz',
          timeZone: 'Europe/Berlin',
          start: new Date('2024-04-02T08:00:00Z'),
          end: new Date('2024-04-02T09:00:00Z'),
        }),
        entry({ uid: 'astana@jiyn.kz', description: 'Line one\nline two, with; marks \\ ok' }),
        entry({
          uid: 'utc@jiyn.kz',
          timeZone: null,
          status: 'TENTATIVE',
          start: new Date('2024-03-01T10:00:00Z'),
          end: new Date('2024-03-01T11:00:00Z'),
        }),
        entry({
          uid: 'march@jiyn.kz',
          start: new Date('2024-03-05T04:00:00Z'),
          end: new Date('2024-03-05T05:00:00Z'),
          status: 'CANCELLED',
        }),
      ],
      { name: 'Жанна Асанова — кесте', timeZone: 'Asia/Almaty' },
    );
    const { calendar, events } = parse(ics);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'Asia/Almaty',
      'Europe/Berlin',
    ]);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(ics).toContain('DTSTART;TZID=Asia/Almaty:20240205T090000');
    // Asia/Almaty moved from UTC+6 to UTC+5 on 1 March 2024 (tzdata 2024a).
    expect(ics).toContain('DTSTART;TZID=Asia/Almaty:20240305T090000');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20240402T100000');
    expect(ics).toContain('DTSTART:20240301T100000Z');
    for (const [uid, start] of [
      ['astana@jiyn.kz', '2024-02-05T03:00:00.000Z'],
      ['march@jiyn.kz', '2024-03-05T04:00:00.000Z'],
      ['berlin@jiyn.kz', '2024-04-02T08:00:00.000Z'],
      ['utc@jiyn.kz', '2024-03-01T10:00:00.000Z'],
    ])
      expect(byUid.get(uid)?.startDate.toJSDate().toISOString()).toBe(start);
    expect(byUid.get('astana@jiyn.kz')?.summary).toBe('Ашылу: 3%, 6%; т.б.');
    expect(byUid.get('astana@jiyn.kz')?.description).toBe('Line one\nline two, with; marks \\ ok');
    expect(byUid.get('march@jiyn.kz')?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid.get('utc@jiyn.kz')?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(events.map((e) => e.uid)).toEqual([
      'astana@jiyn.kz',
      'utc@jiyn.kz',
      'march@jiyn.kz',
      'berlin@jiyn.kz',
    ]);
  });

  it('should fold long lines at 75 octets with CRLF and still parse an empty agenda', () => {
    const long = 'Шығармашылық индустриялар '.repeat(10);
    const ics = agendaCalendar([entry({ summary: long })], { name: 'x' });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(parse(ics).events[0].summary).toBe(long);
    const empty = parse(agendaCalendar([], { name: 'Empty' }));
    expect(empty.events).toHaveLength(0);
    expect(empty.calendar.getAllSubcomponents()).toHaveLength(1);
  });
});
