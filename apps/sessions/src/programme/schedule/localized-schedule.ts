import { pickLocalized, type Lang } from '@jiyn/kz';
import type { ProgrammeSnapshot } from '../programme-snapshot';

/** The published schedule as a reader wants it: texts in one language (with fallback), times in UTC and local. */
export function localizeSchedule(snapshot: ProgrammeSnapshot, lang: Lang) {
  const text = (value: Record<string, string | undefined>) => pickLocalized(value, lang) ?? null;
  const local = (instant: Date) => localTime(instant, snapshot.event.timeZone);
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

/** `2024-02-05T09:00:00+06:00`: wall-clock time in the zone with the offset in force then (real tz data). */
export function localTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset =
    parts['timeZoneName'] === 'GMT' ? '+00:00' : String(parts['timeZoneName']).replace('GMT', '');
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${offset}`;
}
