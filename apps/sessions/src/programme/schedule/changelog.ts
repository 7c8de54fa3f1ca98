import type { ScheduleChangesV1 } from '@jiyn/contracts';
import type { ProgrammeSnapshot } from '../programme-snapshot';

type Session = ProgrammeSnapshot['sessions'][number];

/**
 * What changed between two published versions: sessions added, moved (room or time), changed
 * (content, speakers, track…) or cancelled (gone from the schedule). The first version adds all.
 */
export function diffSchedules(
  previous: ProgrammeSnapshot | null,
  next: ProgrammeSnapshot,
): ScheduleChangesV1 {
  const before = new Map((previous?.sessions ?? []).map((session) => [session.id, session]));
  const after = new Map(next.sessions.map((session) => [session.id, session]));
  const changes: ScheduleChangesV1 = { added: [], moved: [], changed: [], cancelled: [] };
  for (const [id, session] of after) {
    const old = before.get(id);
    if (!old) changes.added.push(id);
    else if (slotOf(old).key !== slotOf(session).key)
      changes.moved.push({ sessionId: id, from: slotOf(old).slot, to: slotOf(session).slot });
    else if (contentOf(old) !== contentOf(session)) changes.changed.push(id);
  }
  for (const id of before.keys()) if (!after.has(id)) changes.cancelled.push(id);
  return changes;
}

export function isEmptyChangelog(changes: ScheduleChangesV1): boolean {
  return (
    !changes.added.length && !changes.moved.length && !changes.changed.length && !changes.cancelled.length
  );
}

function slotOf(session: Session) {
  const slot = {
    roomId: session.roomId,
    startsAt: new Date(session.startsAt).toISOString(),
    endsAt: new Date(session.endsAt).toISOString(),
  };
  return { slot, key: `${slot.roomId}|${slot.startsAt}|${slot.endsAt}` };
}

function contentOf(session: Session): string {
  const { title, abstract, type, trackId, language, speakers } = session;
  return JSON.stringify([title, abstract, type, trackId, language, speakers.map((speaker) => speaker.id)]);
}
