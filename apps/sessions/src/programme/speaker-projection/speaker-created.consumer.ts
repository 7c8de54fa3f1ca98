import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EVENT_TYPES,
  TOPICS,
  type SpeakerCreatedV1,
  type SpeakerDeletedV1,
  type SpeakerUpdatedV1,
} from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { ProgrammeRepository } from '../programme.repository';

type SpeakerEvent = SpeakerCreatedV1 | SpeakerUpdatedV1 | SpeakerDeletedV1;

/**
 * Keeps the public names of speakers, so the programme and published schedules show who speaks
 * under their current name: created and updated store the name, deleted forgets it (an empty name
 * at the deletion's version, so an older update arriving late cannot bring it back).
 */
@Injectable()
export class SpeakerCreatedConsumer implements EventConsumer<SpeakerEvent> {
  readonly subscription = {
    groupId: 'sessions.speaker-projection',
    topic: TOPICS.speakers,
    types: [EVENT_TYPES.speakerCreated, EVENT_TYPES.speakerUpdated, EVENT_TYPES.speakerDeleted],
  };

  constructor(private readonly programme: ProgrammeRepository) {}

  async handle(event: ReceivedEvent<SpeakerEvent>, manager: EntityManager): Promise<void> {
    const data = event.data;
    const deleted = event.type === EVENT_TYPES.speakerDeleted || !('fullName' in data);
    await this.programme.applySpeaker(manager, {
      speakerId: data.speakerId,
      version: data.version,
      fullName: deleted ? {} : { ...data.fullName },
    });
  }
}
