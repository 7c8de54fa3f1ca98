import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { ProgrammeEvents } from './programme-events';
import { ProgrammeHttpController } from './programme.http.controller';
import { ProgrammeRepository } from './programme.repository';
import { ProposalAcceptedConsumer } from './proposals/proposal-accepted.consumer';
import { PublicScheduleHttpController } from './public-schedule.http.controller';
import { RoomsAndTracksService } from './rooms-and-tracks.service';
import { ScheduleService } from './schedule/schedule.service';
import { ProgrammeSessionsService } from './sessions/programme-sessions.service';
import { SpeakerAvailabilityConsumer } from './speaker-projection/speaker-availability.consumer';
import { SpeakerCreatedConsumer } from './speaker-projection/speaker-created.consumer';

/** An event's programme: rooms, tracks, sessions, conflicts, published versions and their exports. */
@Module({
  imports: [EventsModule],
  controllers: [ProgrammeHttpController, PublicScheduleHttpController],
  providers: [
    ProgrammeRepository,
    ProgrammeEvents,
    RoomsAndTracksService,
    ProgrammeSessionsService,
    ScheduleService,
    SpeakerCreatedConsumer,
    SpeakerAvailabilityConsumer,
    ProposalAcceptedConsumer,
  ],
})
export class ProgrammeModule {}
