import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ParsePositiveIntPipe, ProblemResponses } from '@jiyn/problems';
import { ProgrammeConflictReport } from './conflicts/conflict.response';
import { RoomsAndTracksService } from './rooms-and-tracks.service';
import { CreateRoomDto, UpdateRoomDto } from './rooms/room.dto';
import type { RoomEntity } from './rooms/room.entity';
import { ProgrammeRoomList, ProgrammeRoomResponse } from './rooms/room.response';
import { PublishScheduleDto } from './schedule/publish-schedule.dto';
import { ScheduleService } from './schedule/schedule.service';
import {
  ScheduleVersionDetail,
  ScheduleVersionList,
  ScheduleVersionResponse,
} from './schedule/schedule-version.response';
import { CreateProgrammeSessionDto, UpdateProgrammeSessionDto } from './sessions/programme-session.dto';
import type { ProgrammeSessionEntity } from './sessions/programme-session.entity';
import {
  ProgrammeSessionDetail,
  ProgrammeSessionPage,
  ProgrammeSessionWithConflicts,
} from './sessions/programme-session.response';
import { ProgrammeSessionsService } from './sessions/programme-sessions.service';
import { CreateTrackDto, UpdateTrackDto } from './tracks/track.dto';
import type { TrackEntity } from './tracks/track.entity';
import { ProgrammeTrackList, ProgrammeTrackResponse } from './tracks/track.response';

const EVENT_ID = ApiParam({ name: 'eventId', format: 'uuid', description: 'The event' });
const id = (name: string, of: string) => ApiParam({ name, format: 'uuid', description: of });

/** The organisers' programme API: rooms, tracks, sessions, conflicts and schedule versions of one event. */
@ApiTags('programme')
@Controller('events/:eventId')
@EVENT_ID
export class ProgrammeHttpController {
  constructor(
    private readonly roomsAndTracks: RoomsAndTracksService,
    private readonly sessions: ProgrammeSessionsService,
    private readonly schedule: ScheduleService,
  ) {}

  @Post('rooms')
  @RequiresScope('events:write')
  @ApiOperation({ operationId: 'createRoom', summary: 'Add a room to an event' })
  @ApiCreatedResponse({ type: ProgrammeRoomResponse })
  @ProblemResponses(409)
  createRoom(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateRoomDto,
  ): Promise<RoomEntity> {
    return this.roomsAndTracks.createRoom(eventId, dto);
  }

  @Get('rooms')
  @RequiresScope('events:read')
  @ApiOperation({ operationId: 'listRooms', summary: "List an event's rooms in grid order" })
  @ApiOkResponse({ type: ProgrammeRoomList })
  async rooms(@Param('eventId', ParseIdPipe) eventId: string): Promise<{ items: RoomEntity[] }> {
    return { items: await this.roomsAndTracks.rooms(eventId) };
  }

  @Patch('rooms/:roomId')
  @RequiresScope('events:write')
  @ApiOperation({ operationId: 'updateRoom', summary: 'Change a room' })
  @id('roomId', 'The room')
  @ApiOkResponse({ type: ProgrammeRoomResponse })
  @ProblemResponses(409)
  updateRoom(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('roomId', ParseIdPipe) roomId: string,
    @Body() dto: UpdateRoomDto,
  ): Promise<RoomEntity> {
    return this.roomsAndTracks.updateRoom(eventId, roomId, dto);
  }

  @Post('tracks')
  @RequiresScope('events:write')
  @ApiOperation({ operationId: 'createTrack', summary: 'Add a track to an event' })
  @ApiCreatedResponse({ type: ProgrammeTrackResponse })
  @ProblemResponses(409)
  createTrack(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: CreateTrackDto,
  ): Promise<TrackEntity> {
    return this.roomsAndTracks.createTrack(eventId, dto);
  }

  @Get('tracks')
  @RequiresScope('events:read')
  @ApiOperation({ operationId: 'listTracks', summary: "List an event's tracks" })
  @ApiOkResponse({ type: ProgrammeTrackList })
  async tracks(@Param('eventId', ParseIdPipe) eventId: string): Promise<{ items: TrackEntity[] }> {
    return { items: await this.roomsAndTracks.tracks(eventId) };
  }

  @Patch('tracks/:trackId')
  @RequiresScope('events:write')
  @ApiOperation({ operationId: 'updateTrack', summary: 'Change a track' })
  @id('trackId', 'The track')
  @ApiOkResponse({ type: ProgrammeTrackResponse })
  @ProblemResponses(409)
  updateTrack(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('trackId', ParseIdPipe) trackId: string,
    @Body() dto: UpdateTrackDto,
  ): Promise<TrackEntity> {
    return this.roomsAndTracks.updateTrack(eventId, trackId, dto);
  }

  @Post('sessions')
  @RequiresScope('events:write')
  @ApiOperation({
    operationId: 'createProgrammeSession',
    summary: 'Add a session to the programme',
    description: 'Answered with the conflicts the session is now part of.',
  })
  @ApiCreatedResponse({ type: ProgrammeSessionWithConflicts })
  @ProblemResponses(409)
  createSession(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: CreateProgrammeSessionDto) {
    return this.sessions.create(eventId, dto);
  }

  @Get('sessions')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'listProgrammeSessions',
    summary: "List an event's sessions, scheduled or not",
  })
  @ApiOkResponse({ type: ProgrammeSessionPage })
  listSessions(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProgrammeSessionEntity>> {
    return this.sessions.list(eventId, page);
  }

  @Get('sessions/:sessionId')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'getProgrammeSession',
    summary: 'Read a session with its conflicts and speakers',
  })
  @id('sessionId', 'The session')
  @ApiOkResponse({ type: ProgrammeSessionDetail })
  session(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ) {
    return this.sessions.get(eventId, sessionId);
  }

  @Patch('sessions/:sessionId')
  @RequiresScope('events:write')
  @ApiOperation({
    operationId: 'updateProgrammeSession',
    summary: 'Change, move, unschedule or cancel a session',
    description: 'Answered with the conflicts the session is now part of.',
  })
  @id('sessionId', 'The session')
  @ApiOkResponse({ type: ProgrammeSessionWithConflicts })
  @ProblemResponses(409)
  updateSession(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: UpdateProgrammeSessionDto,
  ) {
    return this.sessions.update(eventId, sessionId, dto);
  }

  @Get('conflicts')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'listProgrammeConflicts',
    summary: "List every conflict in an event's programme",
  })
  @ApiOkResponse({ type: ProgrammeConflictReport })
  conflicts(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.sessions.conflicts(eventId);
  }

  @Post('schedule/versions')
  @RequiresScope('events:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'publishSchedule',
    summary: 'Publish the programme as the next schedule version',
    description: 'Room and speaker clashes refuse it (409) unless forced; so does a name already used.',
  })
  @ApiCreatedResponse({ type: ScheduleVersionResponse })
  @ProblemResponses(409)
  publishSchedule(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: PublishScheduleDto) {
    return this.schedule.publish(eventId, dto);
  }

  @Get('schedule/versions')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'listScheduleVersions',
    summary: "List an event's published schedule versions",
  })
  @ApiOkResponse({ type: ScheduleVersionList })
  versions(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.schedule.versions(eventId);
  }

  @Get('schedule/versions/:number')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'getScheduleVersion',
    summary: 'Read a published schedule version with its full snapshot',
  })
  @ApiParam({
    name: 'number',
    schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    description: 'The version number',
  })
  @ApiOkResponse({ type: ScheduleVersionDetail })
  version(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('number', ParsePositiveIntPipe) number: number,
  ) {
    return this.schedule.version(eventId, number);
  }
}
