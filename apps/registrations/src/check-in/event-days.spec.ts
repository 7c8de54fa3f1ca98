import { describe, expect, it } from '@jest/globals';
import { eventDayRange, eventDays, isCalendarDate, isEventDay, localDate } from './event-days';

// 5–7 February 2024 in Astana, when it was still UTC+6; 9:00 to 18:00 local.
const EVENT = {
  startsAt: new Date('2024-02-05T03:00:00Z'),
  endsAt: new Date('2024-02-07T12:00:00Z'),
  timeZone: 'Asia/Almaty',
};

describe('event days', () => {
  it('should read the local date in the event zone, not UTC', () => {
    expect(localDate(new Date('2024-02-04T19:30:00Z'), 'Asia/Almaty')).toBe('2024-02-05');
    expect(localDate(new Date('2024-02-04T19:30:00Z'), 'UTC')).toBe('2024-02-04');
  });

  it('should list the event days and tell days inside from days outside', () => {
    expect(eventDays(EVENT)).toEqual(['2024-02-05', '2024-02-06', '2024-02-07']);
    expect(isEventDay('2024-02-06', EVENT)).toBe(true);
    expect(isEventDay('2024-02-04', EVENT)).toBe(false);
    expect(isEventDay('2024-02-08', EVENT)).toBe(false);
    expect(isEventDay('2024-02-31', EVENT)).toBe(false);
  });

  it('should not count the day an event ends at midnight', () => {
    const untilMidnight = { ...EVENT, endsAt: new Date('2024-02-06T18:00:00Z') }; // 00:00 on 7 February
    expect(eventDayRange(untilMidnight)).toEqual({ first: '2024-02-05', last: '2024-02-06' });
  });

  it('should accept only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-5')).toBe(false);
    expect(isCalendarDate('5 Feb')).toBe(false);
  });
});
