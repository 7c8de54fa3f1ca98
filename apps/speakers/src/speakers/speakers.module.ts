import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { SpeakerAccessModule } from '../speaker-access';
import { PublicSpeakersHttpController, SpeakersHttpController } from './speakers.http.controller';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [EventProjectionModule, SpeakerAccessModule],
  controllers: [SpeakersHttpController, PublicSpeakersHttpController],
  providers: [SpeakersService, SpeakersRepository],
  exports: [SpeakersService],
})
export class SpeakersModule {}
