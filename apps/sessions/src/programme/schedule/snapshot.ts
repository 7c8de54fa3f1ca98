import type { Multilingual } from '@jiyn/kz';
import type { EventEntity } from '../../events/event.entity';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import type { RoomEntity } from '../rooms/room.entity';
import type { ProgrammeSessionEntity } from '../sessions/programme-session.entity';
import type { TrackEntity } from '../tracks/track.entity';
import type { StoredSnapshot } from './schedule-version.entity';

export interface SnapshotSources {
  event: EventEntity;
  rooms: RoomEntity[];
  tracks: TrackEntity[];
  sessions: ProgrammeSessionEntity[];
  speakerNames: Map<string, Multilingual>;
  version: ProgrammeSnapshot['version'];
  eventUrl: string | null;
}

/** The programme as it will be published: confirmed sessions placed in a room and slot, nothing else. */
export function buildSnapshot(sources: SnapshotSources): ProgrammeSnapshot {
  const { event } = sources;
  const published = sources.sessions.filter(
    (session): session is ProgrammeSessionEntity & { roomId: string; startsAt: Date; endsAt: Date } =>
      session.status === 'confirmed' &&
      session.roomId !== null &&
      session.startsAt !== null &&
      session.endsAt !== null,
  );
  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: event.title,
      description: event.description,
      timeZone: event.timeZone,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: event.venue,
      url: sources.eventUrl,
    },
    version: sources.version,
    rooms: sources.rooms.map((room) => ({
      id: room.id,
      name: room.name,
      capacity: room.capacity,
      position: room.position,
    })),
    tracks: sources.tracks.map((track) => ({ id: track.id, name: track.name, colour: track.colour })),
    sessions: published
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
      .map((session) => ({
        id: session.id,
        title: session.title,
        abstract: session.abstract,
        type: session.type,
        trackId: session.trackId,
        language: session.language,
        roomId: session.roomId,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        speakers: session.speakerIds.map((id) => ({ id, name: sources.speakerNames.get(id) ?? {} })),
      })),
  };
}

/** JSON round trip: instants are stored as ISO strings and come back as Dates. */
export function toStored(snapshot: ProgrammeSnapshot): StoredSnapshot {
  return JSON.parse(JSON.stringify(snapshot)) as StoredSnapshot;
}

export function fromStored(stored: StoredSnapshot): ProgrammeSnapshot {
  const raw = stored as unknown as ProgrammeSnapshot;
  return {
    ...raw,
    event: { ...raw.event, startsAt: new Date(raw.event.startsAt), endsAt: new Date(raw.event.endsAt) },
    version: { ...raw.version, publishedAt: new Date(raw.version.publishedAt) },
    sessions: raw.sessions.map((session) => ({
      ...session,
      startsAt: new Date(session.startsAt),
      endsAt: new Date(session.endsAt),
    })),
  };
}
