import { Module } from '@nestjs/common';
import { SpeakerAccessModule } from '../speaker-access';
import { SpeakersModule } from '../speakers/speakers.module';
import { AgendaHandlers } from './agenda.handlers';
import { AgendaProjectionRepository } from './agenda-projection.repository';
import {
  AgendasHttpController,
  PublicAgendasHttpController,
  SelfAgendaHttpController,
} from './agendas.http.controller';
import { AgendasService } from './agendas.service';

/** Speakers' agendas, kept from the programme's session.* and schedule.published events. */
@Module({
  imports: [SpeakersModule, SpeakerAccessModule],
  controllers: [AgendasHttpController, PublicAgendasHttpController, SelfAgendaHttpController, AgendaHandlers],
  providers: [AgendasService, AgendaProjectionRepository],
})
export class AgendasModule {}
