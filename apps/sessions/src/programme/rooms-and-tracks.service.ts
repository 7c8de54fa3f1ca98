import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { uuidv7 } from '@jiyn/messaging';
import { ProblemException, refuseNulls } from '@jiyn/problems';
import { notFound } from './programme-problems';
import { ProgrammeEvents } from './programme-events';
import { ProgrammeSessionsService } from './sessions/programme-sessions.service';
import { ProgrammeRepository } from './programme.repository';
import type { CreateRoomDto, UpdateRoomDto } from './rooms/room.dto';
import { RoomEntity } from './rooms/room.entity';
import type { CreateTrackDto, UpdateTrackDto } from './tracks/track.dto';
import { TrackEntity } from './tracks/track.entity';
import { runInTransaction } from '@jiyn/persistence';

/** Lists of rooms and tracks are returned whole, so each event has a ceiling. */
export const MAX_ROOMS_PER_EVENT = 200;
export const MAX_TRACKS_PER_EVENT = 100;

@Injectable()
export class RoomsAndTracksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programme: ProgrammeRepository,
    private readonly events: ProgrammeEvents,
    private readonly sessions: ProgrammeSessionsService,
  ) {}

  createRoom(eventId: string, dto: CreateRoomDto): Promise<RoomEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      await this.events.lockEditable(manager, eventId);
      if ((await this.programme.count(manager, RoomEntity, eventId)) >= MAX_ROOMS_PER_EVENT)
        throw tooMany('rooms', MAX_ROOMS_PER_EVENT);
      const now = new Date();
      const room = Object.assign(new RoomEntity(), {
        id: uuidv7(),
        eventId,
        name: { ...dto.name },
        capacity: dto.capacity ?? null,
        position: dto.position ?? 0,
        createdAt: now,
        updatedAt: now,
      });
      return this.programme.save(manager, room);
    });
  }

  /** Absent fields stay; null clears the capacity (sessions then have none from the room) and is refused for the rest. */
  updateRoom(eventId: string, roomId: string, dto: UpdateRoomDto): Promise<RoomEntity> {
    refuseNulls(dto, ['name', 'position']);
    return runInTransaction(this.dataSource, async (manager) => {
      await this.events.lockEditable(manager, eventId);
      const room = await this.programme.room(eventId, roomId, manager);
      if (!room) throw notFound('room', roomId);
      const capacityBefore = room.capacity;
      Object.assign(room, {
        name: dto.name ? { ...dto.name } : room.name,
        capacity: dto.capacity === undefined ? room.capacity : dto.capacity,
        position: dto.position ?? room.position,
        updatedAt: new Date(),
      });
      await this.programme.save(manager, room);
      // Sessions without a capacity of their own have the room's: their seat count just changed.
      if (room.capacity !== capacityBefore) await this.sessions.reannounceRoomSessions(manager, room);
      return room;
    });
  }

  async rooms(eventId: string): Promise<RoomEntity[]> {
    await this.events.get(eventId);
    return this.programme.rooms(eventId);
  }

  createTrack(eventId: string, dto: CreateTrackDto): Promise<TrackEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      await this.events.lockEditable(manager, eventId);
      if ((await this.programme.count(manager, TrackEntity, eventId)) >= MAX_TRACKS_PER_EVENT)
        throw tooMany('tracks', MAX_TRACKS_PER_EVENT);
      const now = new Date();
      const track = Object.assign(new TrackEntity(), {
        id: uuidv7(),
        eventId,
        name: { ...dto.name },
        colour: dto.colour.toLowerCase(),
        createdAt: now,
        updatedAt: now,
      });
      return this.programme.save(manager, track);
    });
  }

  /** Absent fields stay; a track always has a name and a colour, so null is refused. */
  updateTrack(eventId: string, trackId: string, dto: UpdateTrackDto): Promise<TrackEntity> {
    refuseNulls(dto, ['name', 'colour']);
    return runInTransaction(this.dataSource, async (manager) => {
      await this.events.lockEditable(manager, eventId);
      const track = await this.programme.track(eventId, trackId, manager);
      if (!track) throw notFound('track', trackId);
      Object.assign(track, {
        name: dto.name ? { ...dto.name } : track.name,
        colour: dto.colour?.toLowerCase() ?? track.colour,
        updatedAt: new Date(),
      });
      return this.programme.save(manager, track);
    });
  }

  async tracks(eventId: string): Promise<TrackEntity[]> {
    await this.events.get(eventId);
    return this.programme.tracks(eventId);
  }
}

function tooMany(what: string, limit: number): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: `An event has at most ${limit} ${what}`,
      ru: `У мероприятия не более ${limit} элементов (${what})`,
      kk: `Іс-шарада ${limit} элементтен (${what}) аспайды`,
    },
  });
}
