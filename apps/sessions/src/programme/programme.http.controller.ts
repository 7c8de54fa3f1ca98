import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ParsePositiveIntPipe } from '@jiyn/problems';
import { RoomsAndTracksService } from './rooms-and-tracks.service';
import { CreateRoomDto, UpdateRoomDto } from './rooms/room.dto';
import type { RoomEntity } from './rooms/room.entity';
import { PublishScheduleDto } from './schedule/publish-schedule.dto';
import { ScheduleService } from './schedule/schedule.service';
import { CreateProgrammeSessionDto, UpdateProgrammeSessionDto } from './sessions/programme-session.dto';
import type { ProgrammeSessionEntity } from './sessions/programme-session.entity';
import { ProgrammeSessionsService } from './sessions/programme-sessions.service';
import { CreateTrackDto, UpdateTrackDto } from './tracks/track.dto';
import type { TrackEntity } from './tracks/track.entity';

/** The organisers' programme API: rooms, tracks, sessions, conflicts and schedule versions of one event. */
@ApiTags('programme')
@Controller('events/:eventId')
export class ProgrammeHttpController {
  constructor(
    private readonly roomsAndTracks: RoomsAndTracksService,
    private readonly sessions: ProgrammeSessionsService,
    private readonly schedule: ScheduleService,
  ) {}

  @Post('rooms')
  @RequiresScope('events:write')
  createRoom(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateRoomDto,
  ): Promise<RoomEntity> {
    return this.roomsAndTracks.createRoom(eventId, dto);
  }

  @Get('rooms')
  @RequiresScope('events:read')
  async rooms(@Param('eventId', ParseIdPipe) eventId: string): Promise<{ items: RoomEntity[] }> {
    return { items: await this.roomsAndTracks.rooms(eventId) };
  }

  @Patch('rooms/:roomId')
  @RequiresScope('events:write')
  updateRoom(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('roomId', ParseIdPipe) roomId: string,
    @Body() dto: UpdateRoomDto,
  ): Promise<RoomEntity> {
    return this.roomsAndTracks.updateRoom(eventId, roomId, dto);
  }

  @Post('tracks')
  @RequiresScope('events:write')
  createTrack(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateTrackDto,
  ): Promise<TrackEntity> {
    return this.roomsAndTracks.createTrack(eventId, dto);
  }

  @Get('tracks')
  @RequiresScope('events:read')
  async tracks(@Param('eventId', ParseIdPipe) eventId: string): Promise<{ items: TrackEntity[] }> {
    return { items: await this.roomsAndTracks.tracks(eventId) };
  }

  @Patch('tracks/:trackId')
  @RequiresScope('events:write')
  updateTrack(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('trackId', ParseIdPipe) trackId: string,
    @Body() dto: UpdateTrackDto,
  ): Promise<TrackEntity> {
    return this.roomsAndTracks.updateTrack(eventId, trackId, dto);
  }

  @Post('sessions')
  @RequiresScope('events:write')
  createSession(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateProgrammeSessionDto) {
    return this.sessions.create(eventId, dto);
  }

  @Get('sessions')
  @RequiresScope('events:read')
  listSessions(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProgrammeSessionEntity>> {
    return this.sessions.list(eventId, page);
  }

  @Get('sessions/:sessionId')
  @RequiresScope('events:read')
  session(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ) {
    return this.sessions.get(eventId, sessionId);
  }

  @Patch('sessions/:sessionId')
  @RequiresScope('events:write')
  updateSession(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: UpdateProgrammeSessionDto,
  ) {
    return this.sessions.update(eventId, sessionId, dto);
  }

  @Get('conflicts')
  @RequiresScope('events:read')
  conflicts(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.sessions.conflicts(eventId);
  }

  @Post('schedule/versions')
  @RequiresScope('events:write')
  @HttpCode(201)
  publishSchedule(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: PublishScheduleDto) {
    return this.schedule.publish(eventId, dto);
  }

  @Get('schedule/versions')
  @RequiresScope('events:read')
  versions(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.schedule.versions(eventId);
  }

  @Get('schedule/versions/:number')
  @RequiresScope('events:read')
  version(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('number', ParsePositiveIntPipe) number: number,
  ) {
    return this.schedule.version(eventId, number);
  }
}
