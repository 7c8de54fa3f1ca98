import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type RegistrationChangedV1, type SchedulePublishedV1 } from '@jiyn/contracts';
import { InboxContext, PermanentEventError } from '@jiyn/messaging';
import { EmailDeliveriesRepository } from '../../delivery-log/email-deliveries.repository';
import { ParticipantProjectionRepository } from '../../event-projection/participant-projection.repository';
import { changedSessionsOf, sessionChangeMessages } from './session-change-messages';
import { SessionSignUpsRepository } from './session-sign-ups.repository';

/**
 * Tells participants when a session they signed up for moves or leaves the programme. The mail
 * follows the published schedule, not the organisers' working programme: sessions announces every
 * edit (session.moved, .cancelled, …) as it is made, drafts included, and participants are told
 * what `schedule.published` says changed since the version they could read, once per version.
 */
@Controller()
export class SessionChangeHandlers {
  constructor(
    private readonly signUps: SessionSignUpsRepository,
    private readonly participants: ParticipantProjectionRepository,
    private readonly deliveries: EmailDeliveriesRepository,
  ) {}

  @EventPattern([EVENT_TYPES.registrationSessionSignedUp, EVENT_TYPES.registrationSessionSignUpCancelled], {
    group: 'notifications.email.session-sign-ups',
  })
  async signUp(@Payload() change: RegistrationChangedV1, @Ctx() context: InboxContext): Promise<void> {
    if (!change.sessionId) throw new PermanentEventError(`${context.event.type} without a sessionId`);
    // The registration's status too: a sign-up is known with the seat it came with.
    await this.participants.apply(context.manager, change);
    await this.signUps.apply(
      context.manager,
      { ...change, sessionId: change.sessionId },
      context.event.type === EVENT_TYPES.registrationSessionSignedUp,
    );
  }

  @EventPattern([EVENT_TYPES.schedulePublished], { group: 'notifications.email.schedules' })
  async schedulePublished(
    @Payload() schedule: SchedulePublishedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const { moved, removed } = changedSessionsOf(schedule);
    const sessionIds = [...moved.keys(), ...removed];
    if (!sessionIds.length) return;
    // Who signed up after this version was out signed up for what it says: nothing to tell them.
    const signUps = await this.signUps.signedUpBefore(
      context.manager,
      schedule.eventId,
      sessionIds,
      new Date(schedule.publishedAt),
    );
    await this.deliveries.enqueue(
      context.manager,
      sessionChangeMessages(context.event.id, schedule, signUps),
    );
  }
}
