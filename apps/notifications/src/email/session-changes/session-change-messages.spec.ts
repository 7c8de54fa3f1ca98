import { describe, expect, it } from '@jest/globals';
import type { SchedulePublishedV1 } from '@jiyn/contracts';
import { changedSessionsOf, sessionChangeMessages } from './session-change-messages';

const EVENT = '0190f0e0-0000-7000-8000-000000000001';
const MOVED = '0190f0e0-0000-7000-8000-0000000000a1';
const TAKEN_OFF = '0190f0e0-0000-7000-8000-0000000000a2';
const RETITLED = '0190f0e0-0000-7000-8000-0000000000a3';
const ADDED = '0190f0e0-0000-7000-8000-0000000000a4';
const UNSLOTTED = '0190f0e0-0000-7000-8000-0000000000a5';
const HALL_A = '0190f0e0-0000-7000-8000-0000000000b1';
const HALL_B = '0190f0e0-0000-7000-8000-0000000000b2';

function version(changes: Partial<SchedulePublishedV1['changes']>): SchedulePublishedV1 {
  return {
    eventId: EVENT,
    version: 3,
    name: 'v3',
    changes: { added: [], moved: [], changed: [], cancelled: [], ...changes },
    publishedAt: '2030-01-20T09:00:00.000Z',
  };
}

const move = {
  sessionId: MOVED,
  from: { roomId: HALL_A, startsAt: '2030-02-05T05:00:00.000Z', endsAt: '2030-02-05T06:30:00.000Z' },
  to: { roomId: HALL_B, startsAt: '2030-02-05T09:00:00.000Z', endsAt: '2030-02-05T10:30:00.000Z' },
};

describe('which sessions of a published version participants hear about', () => {
  it('should tell of moves and of sessions taken off, not of new ones or of new words', () => {
    const { moved, removed } = changedSessionsOf(
      version({ added: [ADDED], moved: [move], changed: [RETITLED], cancelled: [TAKEN_OFF] }),
    );
    expect([...moved.keys()]).toEqual([MOVED]);
    expect([...removed]).toEqual([TAKEN_OFF]);
  });

  it('should count a move to no slot as taken off the timetable', () => {
    const { moved, removed } = changedSessionsOf(
      version({
        moved: [
          { sessionId: UNSLOTTED, from: move.from, to: { roomId: null, startsAt: null, endsAt: null } },
        ],
      }),
    );
    expect(moved.size).toBe(0);
    expect([...removed]).toEqual([UNSLOTTED]);
  });
});

describe('the messages a published version queues', () => {
  const schedule = version({ moved: [move], changed: [RETITLED], cancelled: [TAKEN_OFF] });

  it('should queue one message per signed-up registration and changed session, with both slots of a move', () => {
    const messages = sessionChangeMessages('cause-1', schedule, [
      { sessionId: MOVED, registrationId: 'r1' },
      { sessionId: MOVED, registrationId: 'r2' },
      { sessionId: TAKEN_OFF, registrationId: 'r1' },
      { sessionId: RETITLED, registrationId: 'r3' },
    ]);
    expect(messages).toEqual([
      {
        sourceEventId: 'cause-1',
        template: 'session-changed',
        recipientKind: 'participant',
        recipientRef: 'r1',
        eventId: EVENT,
        about: MOVED,
        params: {
          sessionId: MOVED,
          scheduleVersion: 3,
          previousRoomId: HALL_A,
          previousStartsAt: '2030-02-05T05:00:00.000Z',
          previousEndsAt: '2030-02-05T06:30:00.000Z',
          newRoomId: HALL_B,
          newStartsAt: '2030-02-05T09:00:00.000Z',
          newEndsAt: '2030-02-05T10:30:00.000Z',
        },
      },
      expect.objectContaining({ template: 'session-changed', recipientRef: 'r2', about: MOVED }),
      {
        sourceEventId: 'cause-1',
        template: 'session-cancelled',
        recipientKind: 'participant',
        recipientRef: 'r1',
        eventId: EVENT,
        about: TAKEN_OFF,
        params: { sessionId: TAKEN_OFF, scheduleVersion: 3 },
      },
    ]);
  });

  it('should queue nothing for a version that only adds or rewords sessions', () => {
    const quiet = version({ added: [ADDED], changed: [RETITLED] });
    expect(
      sessionChangeMessages('cause-2', quiet, [
        { sessionId: ADDED, registrationId: 'r1' },
        { sessionId: RETITLED, registrationId: 'r1' },
      ]),
    ).toEqual([]);
  });
});
