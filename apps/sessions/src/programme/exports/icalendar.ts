import { calendarHead, escapeText, fold, offsetFinder, stamp, vtimezone } from '@jiyn/icalendar';
import { pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import type { ProgrammeSnapshot } from '../programme-snapshot';

export interface CalendarOptions {
  /** Only these sessions (unknown ids are ignored). */
  sessionIds?: string[];
  /** Only the sessions this speaker takes part in. */
  speakerId?: string;
  /** X-WR-CALNAME; the event title by default. */
  calendarName?: string;
  productId?: string;
  /** Each event gets `URL:<baseUrl>/sessions/<session id>`. */
  baseUrl?: string;
}

type Session = ProgrammeSnapshot['sessions'][number];

const UID_DOMAIN = 'jiyn.kz';
const DEFAULT_PRODUCT_ID = '-//Jiyn//Programme//EN';
const SPEAKERS_LABEL: Record<Lang, string> = { kk: 'Спикерлер', ru: 'Спикеры', en: 'Speakers' };

/**
 * The programme as an RFC 5545 calendar: one VEVENT per selected session (all by default), times
 * as local wall-clock times with `TZID=<event zone>`, and a VTIMEZONE built from the tz data of
 * this runtime for the times of those sessions. Pure and deterministic: DTSTAMP is the version's
 * publication time, SEQUENCE its number.
 */
export function programmeCalendar(
  snapshot: ProgrammeSnapshot,
  lang: Lang,
  options: CalendarOptions = {},
): string {
  const { event, version } = snapshot;
  const timeZone = event.timeZone;
  const offsetAt = offsetFinder(timeZone);
  const text = (value: Multilingual): string => pickLocalized(value, lang) ?? '';
  const rooms = new Map(snapshot.rooms.map((room) => [room.id, room]));
  const tracks = new Map(snapshot.tracks.map((track) => [track.id, track]));
  const sessions = selectSessions(snapshot.sessions, options);

  // A calendar needs at least one component: with no sessions the VTIMEZONE covers the event.
  const instants = (sessions.length ? sessions : [event]).flatMap((s) => [
    s.startsAt.getTime(),
    s.endsAt.getTime(),
  ]);
  const localTime = (at: Date): string => `TZID=${timeZone}:${stamp(at.getTime() + offsetAt(at.getTime()))}`;

  const vevent = (session: Session): string[] => {
    const room = rooms.get(session.roomId);
    const track = session.trackId === null ? undefined : tracks.get(session.trackId);
    const speakers = session.speakers.map((speaker) => text(speaker.name)).filter(Boolean);
    const description = [
      text(session.abstract),
      speakers.length ? `${SPEAKERS_LABEL[lang]}: ${speakers.join(', ')}` : '',
    ].filter(Boolean);
    const location = [
      room && text(room.name),
      event.venue && text(event.venue.name),
      event.venue?.address,
    ].filter((part): part is string => Boolean(part));
    const categories = [session.type, track ? text(track.name) : ''].filter(Boolean);
    return [
      'BEGIN:VEVENT',
      `UID:${session.id}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp(version.publishedAt.getTime())}Z`,
      `DTSTART;${localTime(session.startsAt)}`,
      `DTEND;${localTime(session.endsAt)}`,
      `SUMMARY:${escapeText(text(session.title))}`,
      ...(description.length ? [`DESCRIPTION:${escapeText(description.join('\n\n'))}`] : []),
      ...(location.length ? [`LOCATION:${escapeText(location.join(', '))}`] : []),
      `CATEGORIES:${categories.map(escapeText).join(',')}`,
      ...(options.baseUrl
        ? [`URL:${options.baseUrl.replace(/\/+$/, '')}/sessions/${encodeURIComponent(session.id)}`]
        : []),
      `SEQUENCE:${version.number}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ];
  };

  const lines = [
    ...calendarHead({
      productId: options.productId ?? DEFAULT_PRODUCT_ID,
      name: options.calendarName ?? text(event.title),
      timeZone,
    }),
    ...vtimezone(timeZone, offsetAt, instants),
    ...sessions.flatMap(vevent),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Filters by ids and by speaker (both apply when both are given); ordered by start time. */
function selectSessions(sessions: Session[], { sessionIds, speakerId }: CalendarOptions): Session[] {
  const ids = sessionIds && new Set(sessionIds);
  return sessions
    .filter((s) => !ids || ids.has(s.id))
    .filter((s) => speakerId === undefined || s.speakers.some((speaker) => speaker.id === speakerId))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
