import { describe, expect, it } from '@jest/globals';
import { conflictsOf, detectConflicts, type ScheduledItem, type TimeRange } from './detect-conflicts';

const event = {
  startsAt: new Date('2024-02-05T03:00:00Z'),
  endsAt: new Date('2024-02-07T12:00:00Z'),
  timeZone: 'Asia/Almaty',
};
const rooms = new Map<string, number | null>([
  ['hall', 120],
  ['room-2', 30],
  ['atrium', null],
]);

function session(id: string, overrides: Partial<ScheduledItem> = {}): ScheduledItem {
  return {
    id,
    roomId: 'hall',
    startsAt: new Date('2024-02-05T04:00:00Z'),
    endsAt: new Date('2024-02-05T05:00:00Z'),
    capacity: null,
    speakerIds: [],
    status: 'confirmed',
    ...overrides,
  };
}

const at = (hhmm: string, day = '2024-02-05') => new Date(`${day}T${hhmm}:00Z`);

describe(detectConflicts.name, () => {
  it('should find two sessions in one room at once, and only those', () => {
    const conflicts = detectConflicts(
      [
        session('a', { startsAt: at('04:00'), endsAt: at('05:00') }),
        session('b', { startsAt: at('04:30'), endsAt: at('05:30') }),
        session('c', { startsAt: at('05:30'), endsAt: at('06:00') }), // touches b's end: no clash
        session('d', { roomId: 'room-2', startsAt: at('04:00'), endsAt: at('05:00') }),
      ],
      { event, roomCapacities: rooms },
    );
    expect(conflicts).toEqual([
      { kind: 'room-overlap', severity: 'blocking', sessionIds: ['a', 'b'], roomId: 'hall' },
    ]);
  });

  it('should find a speaker in two places at once', () => {
    const conflicts = detectConflicts(
      [
        session('a', { speakerIds: ['kochetov'] }),
        session('b', {
          roomId: 'room-2',
          speakerIds: ['kochetov', 'asanova'],
          startsAt: at('04:59'),
          endsAt: at('06:00'),
        }),
        session('c', {
          roomId: 'atrium',
          speakerIds: ['asanova'],
          startsAt: at('07:00'),
          endsAt: at('08:00'),
        }),
      ],
      { event, roomCapacities: rooms },
    );
    expect(conflicts).toEqual([
      { kind: 'speaker-double-booked', severity: 'blocking', sessionIds: ['a', 'b'], speakerId: 'kochetov' },
    ]);
  });

  it('should warn about sessions outside the event and capacities above the room', () => {
    const conflicts = detectConflicts(
      [
        // 05:00–06:00 local on 5 Feb is early but on the first day; 17:00–18:00Z on 4 Feb is 23:00 local the day before.
        session('first-morning', { startsAt: at('23:00', '2024-02-04'), endsAt: at('00:00') }),
        session('early', { startsAt: at('17:00', '2024-02-04'), endsAt: at('17:30', '2024-02-04') }),
        session('late', { startsAt: at('18:30', '2024-02-07'), endsAt: at('19:30', '2024-02-07') }),
        session('last-evening', { startsAt: at('16:00', '2024-02-07'), endsAt: at('17:30', '2024-02-07') }),
        session('crowded', { roomId: 'room-2', capacity: 40 }),
        session('unbounded-room', { roomId: 'atrium', capacity: 500 }),
      ],
      { event, roomCapacities: rooms },
    );
    expect(conflicts).toEqual(
      expect.arrayContaining([
        { kind: 'outside-event', severity: 'warning', sessionIds: ['early'] },
        { kind: 'outside-event', severity: 'warning', sessionIds: ['late'] },
        { kind: 'capacity-above-room', severity: 'warning', sessionIds: ['crowded'], roomId: 'room-2' },
      ]),
    );
    expect(conflicts.some((c) => c.sessionIds.includes('unbounded-room'))).toBe(false);
    expect(
      conflicts.some((c) => c.sessionIds.includes('first-morning') || c.sessionIds.includes('last-evening')),
    ).toBe(false);
  });

  it('should ignore cancelled and unscheduled sessions', () => {
    const conflicts = detectConflicts(
      [
        session('a'),
        session('b', { status: 'cancelled' }),
        session('c', { startsAt: null, endsAt: null, roomId: null }),
      ],
      { event, roomCapacities: rooms },
    );
    expect(conflicts).toEqual([]);
  });

  it('should report every pair when many sessions pile up, and pick out one session’s conflicts', () => {
    const pile = ['a', 'b', 'c'].map((id) => session(id));
    const conflicts = detectConflicts(pile, { event, roomCapacities: rooms });
    expect(conflicts.map((c) => c.sessionIds.join('+')).sort()).toEqual(['a+b', 'a+c', 'b+c']);
    expect(conflictsOf('c', conflicts)).toHaveLength(2);
  });

  describe('speaker availability', () => {
    const range = (from: string, to: string, day = '2024-02-05'): TimeRange => ({
      startsAt: at(from, day),
      endsAt: at(to, day),
    });
    const check = (items: ScheduledItem[], availability: Map<string, TimeRange[]>) =>
      detectConflicts(items, { event, roomCapacities: rooms, availability });

    it('should warn about a session outside the speaker’s ranges, and not about one inside', () => {
      const availability = new Map([
        [
          'asanova',
          [range('03:00', '06:00'), range('08:00', '10:00'), range('03:00', '06:00', '2024-02-06')],
        ],
      ]);
      const conflicts = check(
        [
          session('inside', { speakerIds: ['asanova'], startsAt: at('04:00'), endsAt: at('05:00') }),
          session('exactly', {
            speakerIds: ['asanova'],
            roomId: 'room-2',
            startsAt: at('08:00'),
            endsAt: at('10:00'),
          }),
          session('after', { speakerIds: ['asanova'], startsAt: at('06:00'), endsAt: at('07:00') }),
          session('half-out', {
            speakerIds: ['asanova'],
            roomId: 'room-2',
            startsAt: at('05:30', '2024-02-06'),
            endsAt: at('06:30', '2024-02-06'),
          }),
          session('other-day', {
            speakerIds: ['asanova'],
            startsAt: at('04:00', '2024-02-07'),
            endsAt: at('05:00', '2024-02-07'),
          }),
        ],
        availability,
      );
      expect(conflicts).toEqual([
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['after'], speakerId: 'asanova' },
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['half-out'], speakerId: 'asanova' },
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['other-day'], speakerId: 'asanova' },
      ]);
    });

    it('should count a session across two touching ranges as inside, but not one across a gap', () => {
      const conflicts = check(
        [
          session('touching', { speakerIds: ['touching'], startsAt: at('05:30'), endsAt: at('06:30') }),
          session('gap', {
            speakerIds: ['gap'],
            roomId: 'room-2',
            startsAt: at('05:30'),
            endsAt: at('06:30'),
          }),
        ],
        new Map([
          // Given out of order: the check does not rely on the speakers service sorting them.
          ['touching', [range('06:00', '08:00'), range('04:00', '06:00')]],
          ['gap', [range('04:00', '06:00'), range('06:01', '08:00')]],
        ]),
      );
      expect(conflicts).toEqual([
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['gap'], speakerId: 'gap' },
      ]);
    });

    it('should say nothing about speakers who entered no availability, or cleared it', () => {
      const conflicts = check(
        [
          session('no-entry', { speakerIds: ['kochetov'] }),
          session('cleared', { speakerIds: ['asanova'], roomId: 'room-2' }),
          session('draft', { speakerIds: [], roomId: 'atrium' }),
        ],
        new Map([
          ['asanova', []],
          ['somebody-else', [range('08:00', '09:00')]],
        ]),
      );
      expect(conflicts).toEqual([]);
      expect(
        detectConflicts([session('a', { speakerIds: ['kochetov'] })], { event, roomCapacities: rooms }),
      ).toEqual([]);
    });

    it('should warn for each unavailable speaker of a session, and skip cancelled and unplaced sessions', () => {
      const availability = new Map([
        ['asanova', [range('08:00', '09:00')]],
        ['kochetov', [range('08:00', '09:00')]],
        ['nurlanova', [range('03:00', '09:00')]],
      ]);
      const conflicts = check(
        [
          session('panel', { speakerIds: ['asanova', 'kochetov', 'nurlanova'] }),
          session('cancelled', { speakerIds: ['asanova'], roomId: 'room-2', status: 'cancelled' }),
          session('unplaced', { speakerIds: ['asanova'], roomId: null, startsAt: null, endsAt: null }),
        ],
        availability,
      );
      expect(conflicts).toEqual([
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['panel'], speakerId: 'asanova' },
        { kind: 'speaker-unavailable', severity: 'warning', sessionIds: ['panel'], speakerId: 'kochetov' },
      ]);
    });
  });

  it('should find no clash in a full 20-room, 1,000-session grid, and one when a session is moved onto another', () => {
    const items: ScheduledItem[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const start = new Date(event.startsAt.getTime() + Math.floor(i / 20) * 30 * 60_000);
      items.push(
        session(`s${i}`, {
          roomId: `room-${i % 20}`,
          startsAt: start,
          endsAt: new Date(start.getTime() + 30 * 60_000),
          speakerIds: [`sp${i % 300}`],
        }),
      );
    }
    expect(detectConflicts(items, { event, roomCapacities: new Map() })).toEqual([]);
    const moved = items.map((item) =>
      item.id === 's21'
        ? {
            ...item,
            roomId: 'room-0',
            startsAt: items[20]?.startsAt ?? null,
            endsAt: items[20]?.endsAt ?? null,
          }
        : item,
    );
    expect(detectConflicts(moved, { event, roomCapacities: new Map() })).toEqual([
      { kind: 'room-overlap', severity: 'blocking', sessionIds: ['s20', 's21'], roomId: 'room-0' },
    ]);
  });
});
