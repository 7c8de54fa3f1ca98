import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type SpeakerAvailabilityChangedV1 } from '@jiyn/contracts';
import { PermanentEventError, type EventConsumer, type ReceivedEvent } from '@jiyn/messaging';
import { ProgrammeRepository } from '../programme.repository';

/**
 * Keeps the time ranges speakers are available during each event, so conflict detection can warn
 * about a session scheduled outside them. Only a newer version replaces what is stored.
 */
@Injectable()
export class SpeakerAvailabilityConsumer implements EventConsumer<SpeakerAvailabilityChangedV1> {
  readonly subscription = {
    groupId: 'sessions.speaker-availability',
    topic: TOPICS.speakers,
    types: [EVENT_TYPES.speakerAvailabilityChanged],
  };

  constructor(private readonly programme: ProgrammeRepository) {}

  async handle(event: ReceivedEvent<SpeakerAvailabilityChangedV1>, manager: EntityManager): Promise<void> {
    const ranges = event.data.ranges.map((range) => {
      const startsAt = new Date(range.startsAt);
      const endsAt = new Date(range.endsAt);
      if (!(endsAt > startsAt)) {
        throw new PermanentEventError(
          `availability range ${range.startsAt}–${range.endsAt} ends before it starts`,
        );
      }
      return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
    });
    await this.programme.applySpeakerAvailability(manager, {
      speakerId: event.data.speakerId,
      eventId: event.data.eventId,
      version: event.data.version,
      ranges,
    });
  }
}
