import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type SpeakerCreatedV1 } from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { ProgrammeRepository } from '../programme.repository';

/** Keeps the public names of speakers, so published schedules can show who speaks. */
@Injectable()
export class SpeakerCreatedConsumer implements EventConsumer<SpeakerCreatedV1> {
  readonly subscription = {
    groupId: 'sessions.speaker-projection',
    topic: TOPICS.speakers,
    types: [EVENT_TYPES.speakerCreated],
  };

  constructor(private readonly programme: ProgrammeRepository) {}

  async handle(event: ReceivedEvent<SpeakerCreatedV1>, manager: EntityManager): Promise<void> {
    await this.programme.applySpeaker(manager, {
      speakerId: event.data.speakerId,
      version: event.data.version,
      fullName: { ...event.data.fullName },
    });
  }
}
