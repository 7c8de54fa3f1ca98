import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { SpeakerAccessModule } from '../speaker-access';
import { SelfSpeakersHttpController } from './self-speakers.http.controller';
import { PublicSpeakersHttpController, SpeakersHttpController } from './speakers.http.controller';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [EventProjectionModule, SpeakerAccessModule],
  controllers: [SpeakersHttpController, PublicSpeakersHttpController, SelfSpeakersHttpController],
  providers: [SpeakersService, SpeakersRepository],
  exports: [SpeakersRepository, SpeakersService],
})
export class SpeakersModule {}
