import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ProgrammeEvents } from './programme-events';
import { ProgrammeHttpController } from './programme.http.controller';
import { ProgrammeRepository } from './programme.repository';
import { ProposalAcceptedHandler } from './proposals/proposal-accepted.handler';
import { PublicScheduleHttpController } from './public-schedule.http.controller';
import { RoomsAndTracksService } from './rooms-and-tracks.service';
import { ScheduleService } from './schedule/schedule.service';
import { ProgrammeSessionsService } from './sessions/programme-sessions.service';
import { SpeakerProjectionHandlers } from './speaker-projection/speaker-projection.handlers';

/** An event's programme: rooms, tracks, sessions, conflicts, published versions and their exports. */
@Module({
  imports: [EventsModule],
  controllers: [
    ProgrammeHttpController,
    PublicScheduleHttpController,
    SpeakerProjectionHandlers,
    ProposalAcceptedHandler,
  ],
  providers: [
    ProgrammeRepository,
    ProgrammeEvents,
    RoomsAndTracksService,
    ProgrammeSessionsService,
    ScheduleService,
  ],
})
export class ProgrammeModule {}
