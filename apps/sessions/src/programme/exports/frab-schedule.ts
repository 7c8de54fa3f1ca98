import { createHash } from 'node:crypto';
import { pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { hoursMinutes, wallClock, type WallTime } from '../wall-clock';

/**
 * The published programme in the frab / c3voc schedule format (schedule.xml and schedule.json),
 * as read by Giggity, EventFahrplan, ConfClerk and c3voc's recording pipeline. The official
 * validators are voc/schedule's XSD and JSON Schema (draft-06); the pretalx output they ship as an
 * example is the model for everything the validators leave open. Pure and deterministic.
 */
export interface FrabScheduleOptions {
  /** Public URL of the event's pages; each session gets `<baseUrl>/sessions/<session id>`. */
  baseUrl: string;
}

export interface FrabPerson {
  guid: string;
  /** Deprecated by the format in favour of guid; kept for older XML readers. */
  id: number;
  name: string;
}

export interface FrabEvent {
  guid: string;
  id: number;
  /** Start as a local date-time with the offset then in force, e.g. 2024-02-05T09:00:00+06:00. */
  date: string;
  /** Local wall-clock HH:MM. */
  start: string;
  end: string;
  /** Elapsed time HH:MM (not a wall-clock difference: an offset change may fall inside). */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: Lang;
  abstract: string;
  description: string;
  persons: FrabPerson[];
  links: { url: string; title?: string }[];
  attachments: { url: string; title?: string }[];
}

export interface FrabDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  /** Room name → its sessions that day, in start order; only rooms with sessions that day. */
  rooms: Record<string, FrabEvent[]>;
}

export interface FrabScheduleJson {
  $schema: string;
  generator: { name: string };
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      description?: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      tracks: { name: string; color: string }[];
      rooms: { name: string; guid: string; capacity: number | null }[];
      days: FrabDay[];
    };
  };
}

type Session = ProgrammeSnapshot['sessions'][number];

const GENERATOR = 'Jiyn';
const SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';
/** pretalx uses the same: the grid step of frab-style viewers, not a constraint on start times. */
const TIMESLOT_DURATION = '00:05';
/** RFC 4122 namespace for URLs, which c3voc recommends for uuid5 ids. */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const MINUTE = 60_000;

export function frabScheduleJson(
  snapshot: ProgrammeSnapshot,
  lang: Lang,
  options: FrabScheduleOptions,
): FrabScheduleJson {
  const { event } = snapshot;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw new TypeError(`baseUrl must be an http(s) URL: ${baseUrl}`);
  const text = (value: Multilingual): string => pickLocalized(value, lang) ?? '';
  const clock = wallClock(event.timeZone);
  const acronym = acronymOf(event.slug);

  const roomById = new Map(snapshot.rooms.map((room) => [room.id, room]));
  const trackById = new Map(snapshot.tracks.map((track) => [track.id, track]));
  // The type promises confirmed sessions with a room and a slot; a session pointing at a room the
  // snapshot lacks, or with no valid slot, cannot be placed in the grid and is left out.
  const sessions = snapshot.sessions
    .filter((s) => roomById.has(s.roomId) && s.startsAt.getTime() <= s.endsAt.getTime())
    .sort(
      (a, b) =>
        compare(a.startsAt.getTime(), b.startsAt.getTime()) ||
        compare(a.endsAt.getTime(), b.endsAt.getTime()) ||
        compare(a.id, b.id),
    );
  const numericId = numericIds(sessions.map((s) => s.id));

  // Rooms in position order, only those with sessions; the format keys rooms by name, so equal
  // names (possible after language fallback) get a number to keep their sessions apart.
  const usedRooms = snapshot.rooms
    .filter((room) => sessions.some((s) => s.roomId === room.id))
    .sort((a, b) => compare(a.position, b.position) || compare(a.id, b.id));
  const roomName = uniqueNames(usedRooms.map((room) => [room.id, text(room.name)]));

  const toEvent = (session: Session): FrabEvent => {
    const track = session.trackId === null ? undefined : trackById.get(session.trackId);
    const id = numericId.get(session.id) ?? 0;
    const start = clock(session.startsAt);
    return {
      guid: guidOf('session', session.id),
      id,
      date: start.iso,
      start: start.time.slice(0, 5),
      end: clock(session.endsAt).iso,
      duration: hoursMinutes(Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / MINUTE)),
      room: roomName.get(session.roomId) ?? '',
      slug: eventSlug(acronym, id, session),
      url: `${baseUrl}/sessions/${encodeURIComponent(session.id)}`,
      title: text(session.title),
      subtitle: '',
      track: track ? text(track.name) : null,
      type: session.type,
      language: session.language,
      abstract: text(session.abstract),
      // The snapshot has one text per session; pretalx puts the short one in `abstract`.
      description: '',
      // Built field by field: whatever else a caller's objects carry (e-mail, IIN) never leaks.
      persons: session.speakers.map((speaker) => ({
        guid: guidOf('speaker', speaker.id),
        id: hash31(speaker.id),
        name: text(speaker.name),
      })),
      links: [],
      attachments: [],
      // No recording_license / do_not_record: optional in both validators, and the snapshot holds
      // no recording consent to report.
    };
  };

  // Every calendar day of the event, plus any day a session falls on (there should be none).
  const byDate = new Map<string, Session[]>();
  for (const session of sessions) {
    const date = clock(session.startsAt).date;
    byDate.set(date, [...(byDate.get(date) ?? []), session]);
  }
  const lastInstant = new Date(Math.max(event.startsAt.getTime(), event.endsAt.getTime() - 1));
  const dates = new Set([
    ...dateRange(clock(event.startsAt).date, clock(lastInstant).date),
    ...byDate.keys(),
  ]);
  const days = [...dates].sort().map((date, i): FrabDay => ({
    index: i + 1,
    date,
    // A frab day runs from its day start to the minute before the next one (pretalx: 04:00 to
    // 03:59, so night sessions stay on the previous day). Ours start at local midnight.
    day_start: clock(atLocal(date, '00:00:00', clock)).iso,
    day_end: clock(atLocal(date, '23:59:00', clock)).iso,
    rooms: Object.fromEntries(
      usedRooms
        .map(
          (room) =>
            [
              roomName.get(room.id) ?? '',
              (byDate.get(date) ?? []).filter((s) => s.roomId === room.id),
            ] as const,
        )
        .filter(([, roomSessions]) => roomSessions.length > 0)
        .map(([name, roomSessions]) => [name, roomSessions.map(toEvent)]),
    ),
  }));

  const usedTracks = snapshot.tracks
    .filter((track) => sessions.some((s) => s.trackId === track.id))
    .map((track) => ({ id: track.id, name: text(track.name), color: track.colour }))
    .sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id));
  const description = text(event.description);

  return {
    $schema: SCHEMA_URL,
    generator: { name: GENERATOR },
    schedule: {
      version: snapshot.version.name,
      base_url: `${baseUrl}/`,
      conference: {
        acronym,
        title: text(event.title),
        ...(description ? { description } : {}),
        start: days[0]?.date ?? clock(event.startsAt).date,
        end: days.at(-1)?.date ?? clock(event.endsAt).date,
        daysCount: days.length,
        timeslot_duration: TIMESLOT_DURATION,
        time_zone_name: event.timeZone,
        url: event.url && /^https?:\/\//.test(event.url) ? event.url : baseUrl,
        tracks: usedTracks.map(({ name, color }) => ({ name, color })),
        rooms: usedRooms.map((room) => ({
          name: roomName.get(room.id) ?? '',
          guid: guidOf('room', room.id),
          capacity: room.capacity,
        })),
        days,
      },
    },
  };
}

/** The same schedule as schedule.xml, rendered from the JSON form so the two cannot drift apart. */
export function frabScheduleXml(
  snapshot: ProgrammeSnapshot,
  lang: Lang,
  options: FrabScheduleOptions,
): string {
  const { schedule } = frabScheduleJson(snapshot, lang, options);
  const { conference } = schedule;
  const roomGuid = new Map(conference.rooms.map((room) => [room.name, room.guid]));
  const leaf = (name: string, text: string | number, attrs: Attrs = {}): XmlNode => ({
    name,
    attrs,
    text: String(text),
  });

  const eventNode = (e: FrabEvent): XmlNode => ({
    name: 'event',
    attrs: { guid: e.guid, id: e.id },
    children: [
      leaf('date', e.date),
      leaf('start', e.start),
      leaf('duration', e.duration),
      leaf('room', e.room),
      leaf('slug', e.slug),
      leaf('url', e.url),
      leaf('title', e.title),
      leaf('subtitle', e.subtitle),
      // Required in the XSD even when the session has no track.
      leaf('track', e.track ?? ''),
      leaf('type', e.type),
      leaf('language', e.language),
      leaf('abstract', e.abstract),
      leaf('description', e.description),
      { name: 'persons', children: e.persons.map((p) => leaf('person', p.name, { id: p.id, guid: p.guid })) },
      { name: 'links', children: [] },
      { name: 'attachments', children: [] },
    ],
  });

  const root: XmlNode = {
    name: 'schedule',
    children: [
      { name: 'generator', attrs: { name: GENERATOR } },
      leaf('version', schedule.version),
      {
        name: 'conference',
        children: [
          leaf('acronym', conference.acronym),
          leaf('title', conference.title),
          leaf('start', conference.start),
          leaf('end', conference.end),
          leaf('days', conference.daysCount),
          leaf('timeslot_duration', conference.timeslot_duration),
          leaf('base_url', schedule.base_url),
          leaf('url', conference.url),
          leaf('time_zone_name', conference.time_zone_name),
          ...conference.tracks.map((t) => leaf('track', '', { name: t.name, color: t.color })),
        ],
      },
      ...conference.days.map((day): XmlNode => ({
        name: 'day',
        attrs: { index: day.index, date: day.date, start: day.day_start, end: day.day_end },
        children: Object.entries(day.rooms).map(([name, events]) => ({
          name: 'room',
          attrs: { name, guid: roomGuid.get(name) },
          children: events.map(eventNode),
        })),
      })),
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, '')}\n`;
}

// --- time zones -------------------------------------------------------------------------------

/** The instant a local wall-clock time names (the later one when it occurs twice, the next valid one in a gap). */
function atLocal(date: string, time: string, clock: (at: Date) => WallTime): Date {
  const wall = Date.parse(`${date}T${time}Z`);
  const guess = wall - clock(new Date(wall)).offsetMinutes * MINUTE;
  return new Date(wall - clock(new Date(guess)).offsetMinutes * MINUTE);
}

/** Calendar dates from `first` to `last`, inclusive (plain date arithmetic, no zone involved). */
function dateRange(first: string, last: string): string[] {
  const dates: string[] = [];
  for (
    let at = Date.parse(`${first}T00:00:00Z`);
    at <= Date.parse(`${last}T00:00:00Z`);
    at += 1440 * MINUTE
  ) {
    dates.push(new Date(at).toISOString().slice(0, 10));
  }
  return dates;
}

// --- identifiers ------------------------------------------------------------------------------

/**
 * The JSON Schema allows hyphens in an acronym only as a `-2024-name` suffix and both validators
 * want at least 4 characters, so `creative-industries-astana-2024` becomes
 * `creative_industries_astana_2024` (used in both files, and as the prefix of event slugs).
 */
function acronymOf(slug: string): string {
  return slug
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .padEnd(4, '_');
}

/**
 * `<acronym>-<id>-<words>` as pretalx does; the id makes it unique (the XSD demands that). The
 * words come from the English title (falling back to the session type) so the slug is the same
 * in every export language and stays ASCII, as the slug patterns require.
 */
function eventSlug(acronym: string, id: number, session: Session): string {
  const words = (pickLocalized(session.title, 'en') ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return `${acronym}-${id}-${words.length >= 4 ? words : session.type}`;
}

/** Our ids are UUIDs already; anything else gets a name-based UUID (v5), stable for the same id. */
function guidOf(kind: 'session' | 'room' | 'speaker', id: string): string {
  return UUID.test(id) ? id.toLowerCase() : uuidV5(`urn:jiyn:${kind}:${id}`);
}

function uuidV5(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE_URL.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A positive 31-bit integer from a string id: fits every reader's int32, and the format wants ≥ 1. */
function hash31(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) & 0x7fffffff || 1;
}

/**
 * The integer `id` of each session: its hash, so it survives other sessions being added or
 * removed; on the (rare) collision, the next free number, taken in id order so the result only
 * depends on the set of ids. The XSD requires these to be unique.
 */
function numericIds(ids: string[]): Map<string, number> {
  const result = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of [...ids].sort()) {
    let n = hash31(id);
    while (taken.has(n)) n = n === 0x7fffffff ? 1 : n + 1;
    taken.add(n);
    result.set(id, n);
  }
  return result;
}

function uniqueNames(entries: [id: string, name: string][]): Map<string, string> {
  const seen = new Map<string, number>();
  return new Map(
    entries.map(([id, name]) => {
      const count = (seen.get(name) ?? 0) + 1;
      seen.set(name, count);
      return [id, count === 1 ? name : `${name} (${count})`];
    }),
  );
}

function compare<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- XML --------------------------------------------------------------------------------------

type Attrs = Record<string, string | number | undefined>;

interface XmlNode {
  name: string;
  attrs?: Attrs;
  /** Text content; a node has text or children, never both (the format has no mixed content). */
  text?: string;
  children?: XmlNode[];
}

function serialize(node: XmlNode, indent: string): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`)
    .join('');
  const open = `${indent}<${node.name}${attrs}`;
  if (node.text) return `${open}>${escapeXml(node.text, false)}</${node.name}>`;
  if (!node.children?.length) return `${open}/>`;
  const children = node.children.map((child) => serialize(child, `${indent}  `)).join('\n');
  return `${open}>\n${children}\n${indent}</${node.name}>`;
}

/**
 * Escapes markup characters and drops what XML 1.0 cannot carry at all (C0 controls other than
 * tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). In attributes, tab/LF/CR become character
 * references, which a parser would otherwise normalise to spaces.
 */
function escapeXml(value: string, attribute: boolean): string {
  return value
    .replace(NOT_XML, '')
    .replace(attribute ? /[&<>"\t\n\r]/g : /[&<>\r]/g, (char) => XML_ESCAPES[char]);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
/** What XML 1.0 cannot carry even escaped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
