import { Module } from '@nestjs/common';
import { EventProjectionModule } from '../event-projection/event-projection.module';
import { SpeakerAccessModule } from '../speaker-access';
import { SpeakerContactController } from '../recipient-contacts/recipient-contact.controller';
import { SelfSpeakersHttpController } from './self-speakers.http.controller';
import { PublicSpeakersHttpController, SpeakersHttpController } from './speakers.http.controller';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersService } from './speakers.service';

@Module({
  imports: [EventProjectionModule, SpeakerAccessModule],
  controllers: [
    SpeakersHttpController,
    PublicSpeakersHttpController,
    SelfSpeakersHttpController,
    // the notifications service's question: whom to write to, in which language
    SpeakerContactController,
  ],
  providers: [SpeakersService, SpeakersRepository],
  exports: [SpeakersRepository, SpeakersService],
})
export class SpeakersModule {}
