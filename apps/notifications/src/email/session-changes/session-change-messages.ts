import type { SchedulePublishedV1, SlotV1 } from '@jiyn/contracts';
import type { QueuedEmail } from '../../delivery-log/email-deliveries.repository';
import type { SessionSignUp } from './session-sign-ups.repository';

/**
 * The sessions of a published schedule version whose change a signed-up participant is told of:
 * moved (another room or time: `session-changed`, with both slots) and taken off the programme
 * (cancelled, back to draft or unscheduled: `session-cancelled`). Content changes (title, abstract,
 * speakers, track) are not mailed: they do not change where and when to be, and the published
 * schedule shows them. Added sessions have nobody to tell.
 */
export function changedSessionsOf(schedule: SchedulePublishedV1): {
  moved: Map<string, { from: SlotV1; to: SlotV1 }>;
  removed: Set<string>;
} {
  const moved = new Map<string, { from: SlotV1; to: SlotV1 }>();
  const removed = new Set(schedule.changes.cancelled);
  for (const move of schedule.changes.moved) {
    // A published session always has a slot; one without is gone from the timetable all the same.
    if (move.to.startsAt && move.to.endsAt) moved.set(move.sessionId, { from: move.from, to: move.to });
    else removed.add(move.sessionId);
  }
  return { moved, removed };
}

/**
 * One message per (changed session, signed-up registration) of a published schedule version. Its
 * cause is the `schedule.published` event and the session (`about`): a redelivered event queues
 * nothing more, and two sessions of one participant moved at once are two messages.
 */
export function sessionChangeMessages(
  sourceEventId: string,
  schedule: SchedulePublishedV1,
  signUps: readonly SessionSignUp[],
): QueuedEmail[] {
  const { moved, removed } = changedSessionsOf(schedule);
  const messages: QueuedEmail[] = [];
  for (const { sessionId, registrationId } of signUps) {
    const move = moved.get(sessionId);
    if (!move && !removed.has(sessionId)) continue;
    messages.push({
      sourceEventId,
      template: move ? 'session-changed' : 'session-cancelled',
      recipientKind: 'participant',
      recipientRef: registrationId,
      eventId: schedule.eventId,
      about: sessionId,
      params: {
        sessionId,
        scheduleVersion: schedule.version,
        ...(move
          ? {
              previousRoomId: move.from.roomId,
              previousStartsAt: move.from.startsAt,
              previousEndsAt: move.from.endsAt,
              newRoomId: move.to.roomId,
              newStartsAt: move.to.startsAt,
              newEndsAt: move.to.endsAt,
            }
          : {}),
      },
    });
  }
  return messages;
}
