import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EVENT_TYPES,
  type SpeakerAvailabilityChangedV1,
  type SpeakerCreatedV1,
  type SpeakerDeletedV1,
  type SpeakerUpdatedV1,
} from '@jiyn/contracts';
import { InboxContext, PermanentEventError } from '@jiyn/messaging';
import { ProgrammeRepository } from '../programme.repository';

/** What the programme keeps of speakers, from the speakers service's events. */
@Controller()
export class SpeakerProjectionHandlers {
  constructor(private readonly programme: ProgrammeRepository) {}

  /**
   * The public names of speakers, so the programme and published schedules show who speaks under
   * their current name: created and updated store the name, deleted forgets it (an empty name at
   * the deletion's version, so an older update arriving late cannot bring it back).
   */
  @EventPattern([EVENT_TYPES.speakerCreated, EVENT_TYPES.speakerUpdated, EVENT_TYPES.speakerDeleted], {
    group: 'sessions.speaker-projection',
  })
  async applySpeaker(
    @Payload() speaker: SpeakerCreatedV1 | SpeakerUpdatedV1 | SpeakerDeletedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const deleted = context.event.type === EVENT_TYPES.speakerDeleted || !('fullName' in speaker);
    await this.programme.applySpeaker(context.manager, {
      speakerId: speaker.speakerId,
      version: speaker.version,
      fullName: deleted ? {} : { ...speaker.fullName },
    });
  }

  /**
   * The time ranges speakers are available during each event, so conflict detection can warn about
   * a session scheduled outside them. Only a newer version replaces what is stored.
   */
  @EventPattern([EVENT_TYPES.speakerAvailabilityChanged], { group: 'sessions.speaker-availability' })
  async applyAvailability(
    @Payload() availability: SpeakerAvailabilityChangedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const ranges = availability.ranges.map((range) => {
      const startsAt = new Date(range.startsAt);
      const endsAt = new Date(range.endsAt);
      if (!(endsAt > startsAt)) {
        throw new PermanentEventError(
          `availability range ${range.startsAt}–${range.endsAt} ends before it starts`,
        );
      }
      return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
    });
    await this.programme.applySpeakerAvailability(context.manager, {
      speakerId: availability.speakerId,
      eventId: availability.eventId,
      version: availability.version,
      ranges,
    });
  }
}
