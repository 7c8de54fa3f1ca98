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
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Offsets are sampled this often; every change found is then bisected to the millisecond. */
const SCAN_STEP = 6 * HOUR;

/**
 * The programme as an RFC 5545 calendar: one VEVENT per selected session (all by default), times
 * as local wall-clock times with `TZID=<event zone>`, and a VTIMEZONE built from the tz data of
 * this runtime for the span of those sessions. Pure and deterministic: DTSTAMP is the version's
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
  const first = sessions.length
    ? Math.min(...sessions.map((s) => s.startsAt.getTime()))
    : event.startsAt.getTime();
  const last = sessions.length
    ? Math.max(...sessions.map((s) => s.endsAt.getTime()))
    : event.endsAt.getTime();
  const localMidnight = Math.floor((first + offsetAt(first)) / DAY) * DAY - offsetAt(first);
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
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? text(event.title))}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...vtimezone(timeZone, offsetAt, localMidnight, last),
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

/**
 * One observance for the offset in force at `from`, then one per offset change up to `to`, as
 * the runtime's tz data has them (never a fixed offset: Asia/Almaty went from UTC+6 to UTC+5 on
 * 1 March 2024). DAYLIGHT marks an offset above the zone's offset on 1 January of that year.
 */
function vtimezone(timeZone: string, offsetAt: (at: number) => number, from: number, to: number): string[] {
  const periods = [{ start: from, before: offsetAt(from), after: offsetAt(from) }];
  for (let lo = from; lo < to;) {
    const current = periods[periods.length - 1].after;
    let hi = Math.min(lo + SCAN_STEP, to);
    if (offsetAt(hi) === current) {
      lo = hi;
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === current) lo = mid;
      else hi = mid;
    }
    periods.push({ start: hi, before: current, after: offsetAt(hi) });
    lo = hi;
  }
  const january = (at: number): number => offsetAt(Date.UTC(new Date(at).getUTCFullYear(), 0, 1));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...periods.flatMap(({ start, before, after }) => {
      const kind = after > january(start) ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        // An observance starts at the local time in force before it (RFC 5545 §3.6.5).
        `DTSTART:${stamp(start + before)}`,
        `TZOFFSETFROM:${utcOffset(before)}`,
        `TZOFFSETTO:${utcOffset(after)}`,
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/** The zone's UTC offset in milliseconds at an instant, read from Intl (`GMT+06:00`, `GMT`, `GMT+05:07:48`). */
function offsetFinder(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (at) => {
    const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match) throw new Error(`Unexpected offset "${name}" for ${timeZone}`);
    const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
    return (
      (sign === '-' ? -1 : 1) * (Number(hours) * HOUR + Number(minutes) * 60_000 + Number(seconds) * 1000)
    );
  };
}

/** `YYYYMMDDTHHMMSS` of an instant read as UTC (add an offset first for local time). */
function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** `+0600`, `-0330`, or `+050748` when seconds are needed. */
function utcOffset(ms: number): string {
  const total = Math.abs(ms) / 1000;
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const digits = parts.map((n) => String(n).padStart(2, '0'));
  return (ms < 0 ? '-' : '+') + (parts[2] ? digits.join('') : digits.slice(0, 2).join(''));
}

/** TEXT value (RFC 5545 §3.3.11): escapes `\ ; ,` and newlines, drops other control characters. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\n\\;,]/g, (found) =>
        found === '\\' || found === ';' || found === ',' ? `\\${found}` : '\\n',
      )
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets (§3.1), between characters: never inside a UTF-8 sequence. */
function fold(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (chunks.length ? 74 : 75)) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}
