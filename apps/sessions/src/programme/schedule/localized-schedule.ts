import { pickLocalized, type Lang } from '@jiyn/kz';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { wallClock } from '../wall-clock';

/** The published schedule as a reader wants it: texts in one language (with fallback), times in UTC and local. */
export function localizeSchedule(snapshot: ProgrammeSnapshot, lang: Lang) {
  const text = (value: Record<string, string | undefined>) => pickLocalized(value, lang) ?? null;
  const clock = wallClock(snapshot.event.timeZone);
  const local = (instant: Date) => clock(instant).iso;
  return {
    lang,
    version: {
      number: snapshot.version.number,
      name: snapshot.version.name,
      publishedAt: snapshot.version.publishedAt.toISOString(),
    },
    event: {
      id: snapshot.event.id,
      slug: snapshot.event.slug,
      title: text(snapshot.event.title),
      description: text(snapshot.event.description),
      timeZone: snapshot.event.timeZone,
      startsAt: snapshot.event.startsAt.toISOString(),
      endsAt: snapshot.event.endsAt.toISOString(),
      venue: snapshot.event.venue
        ? { name: text(snapshot.event.venue.name), address: snapshot.event.venue.address ?? null }
        : null,
    },
    rooms: snapshot.rooms.map((room) => ({ id: room.id, name: text(room.name), capacity: room.capacity })),
    tracks: snapshot.tracks.map((track) => ({ id: track.id, name: text(track.name), colour: track.colour })),
    sessions: snapshot.sessions.map((session) => ({
      id: session.id,
      title: text(session.title),
      abstract: text(session.abstract),
      type: session.type,
      trackId: session.trackId,
      language: session.language,
      roomId: session.roomId,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      localStart: local(session.startsAt),
      localEnd: local(session.endsAt),
      speakers: session.speakers.map((speaker) => ({ id: speaker.id, name: text(speaker.name) })),
    })),
  };
}
