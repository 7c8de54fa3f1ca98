import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EVENT_TYPES,
  type EventPublishedV1,
  type EventUpdatedV1,
  type ProposalChangedV1,
  type RegistrationChangedV1,
  type RegistrationCreatedV1,
  type SpeakerInvitationIssuedV1,
} from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { EmailDeliveriesRepository, type QueuedEmail } from '../delivery-log/email-deliveries.repository';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { ParticipantProjectionRepository } from '../event-projection/participant-projection.repository';
import type { EmailTemplateName } from './templates/catalogue';

const GROUP = 'notifications.email';

/** Which message a registration's change brings its participant. */
const REGISTRATION_MESSAGES: Partial<Record<string, EmailTemplateName>> = {
  [EVENT_TYPES.registrationConfirmed]: 'registration-confirmed',
  [EVENT_TYPES.registrationPromoted]: 'registration-confirmed',
  [EVENT_TYPES.registrationWaitlisted]: 'registration-waitlisted',
  [EVENT_TYPES.registrationOffered]: 'seat-offered',
  [EVENT_TYPES.registrationApproved]: 'registration-approved',
  [EVENT_TYPES.registrationRejected]: 'registration-rejected',
  [EVENT_TYPES.registrationCancelled]: 'registration-cancelled',
};

const CREATED_MESSAGES: Partial<Record<RegistrationCreatedV1['status'], EmailTemplateName>> = {
  pending: 'registration-received',
  confirmed: 'registration-confirmed',
  waitlisted: 'registration-waitlisted',
};

const PROPOSAL_MESSAGES: Partial<Record<string, EmailTemplateName>> = {
  [EVENT_TYPES.proposalSubmitted]: 'proposal-received',
  [EVENT_TYPES.proposalAccepted]: 'proposal-accepted',
  [EVENT_TYPES.proposalRejected]: 'proposal-rejected',
};

/**
 * What the e-mail half hears on Kafka. Each handler queues its messages in the inbox transaction:
 * the event is applied once, and each (event, template, recipient) is one row whatever happens, so a
 * redelivered event sends nothing more. Addresses are not here: they are asked at send time.
 */
@Controller()
export class EmailEventHandlers {
  constructor(
    private readonly deliveries: EmailDeliveriesRepository,
    private readonly events: EventProjectionRepository,
    private readonly participants: ParticipantProjectionRepository,
  ) {}

  @EventPattern([EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated], { group: `${GROUP}.events` })
  async event(
    @Payload() event: EventPublishedV1 | EventUpdatedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.events.apply(context.manager, event);
  }

  @EventPattern([EVENT_TYPES.registrationCreated], { group: GROUP })
  async registrationCreated(
    @Payload() registration: RegistrationCreatedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.participants.apply(context.manager, registration);
    const template = CREATED_MESSAGES[registration.status];
    if (template) await this.queue(context, registration, template);
  }

  @EventPattern(
    [
      EVENT_TYPES.registrationConfirmed,
      EVENT_TYPES.registrationPromoted,
      EVENT_TYPES.registrationWaitlisted,
      EVENT_TYPES.registrationOffered,
      EVENT_TYPES.registrationApproved,
      EVENT_TYPES.registrationRejected,
      EVENT_TYPES.registrationCancelled,
      EVENT_TYPES.registrationOfferExpired,
      EVENT_TYPES.registrationUpdated,
      EVENT_TYPES.registrationAnonymised,
      EVENT_TYPES.registrationCheckedIn,
      EVENT_TYPES.registrationCheckInReverted,
    ],
    { group: GROUP },
  )
  async registrationChanged(
    @Payload() registration: RegistrationChangedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    const type = context.event.type;
    const checkedIn =
      type === EVENT_TYPES.registrationCheckedIn
        ? true
        : type === EVENT_TYPES.registrationCheckInReverted
          ? false
          : undefined;
    await this.participants.apply(context.manager, registration, checkedIn);
    const template = REGISTRATION_MESSAGES[type];
    if (template) await this.queue(context, registration, template);
  }

  @EventPattern([EVENT_TYPES.proposalSubmitted, EVENT_TYPES.proposalAccepted, EVENT_TYPES.proposalRejected], {
    group: GROUP,
  })
  async proposal(@Payload() proposal: ProposalChangedV1, @Ctx() context: InboxContext): Promise<void> {
    const template = PROPOSAL_MESSAGES[context.event.type];
    if (!template) return;
    const messages: QueuedEmail[] = proposal.speakerIds.map((speakerId) => ({
      sourceEventId: context.event.id,
      template,
      recipientKind: 'speaker',
      recipientRef: speakerId,
      eventId: proposal.eventId,
      // The title is programme content (public once accepted), carried in the event itself.
      params: {
        proposalId: proposal.proposalId,
        'proposalTitle.kk': proposal.title.kk ?? proposal.title.ru ?? proposal.title.en ?? null,
        'proposalTitle.ru': proposal.title.ru ?? proposal.title.kk ?? proposal.title.en ?? null,
        'proposalTitle.en': proposal.title.en ?? proposal.title.ru ?? proposal.title.kk ?? null,
      },
    }));
    await this.deliveries.enqueue(context.manager, messages);
  }

  /**
   * A speaker's invitation by e-mail: queued with its id only. The link is minted by the speakers
   * service when the mail is written, so no secret is kept here; a redelivered event queues nothing.
   */
  @EventPattern([EVENT_TYPES.speakerInvitationIssued], { group: GROUP })
  async speakerInvited(
    @Payload() invitation: SpeakerInvitationIssuedV1,
    @Ctx() context: InboxContext,
  ): Promise<void> {
    await this.deliveries.enqueue(context.manager, [
      {
        sourceEventId: context.event.id,
        template: invitation.purpose === 'co-speaker' ? 'co-speaker-invitation' : 'speaker-invitation',
        recipientKind: 'speaker',
        recipientRef: invitation.speakerId,
        eventId: invitation.eventId,
        params: {
          invitationId: invitation.invitationId,
          organisationId: invitation.organisationId,
          proposalId: invitation.proposalId,
        },
      },
    ]);
  }

  private async queue(
    context: InboxContext,
    registration: RegistrationCreatedV1 | RegistrationChangedV1,
    template: EmailTemplateName,
  ): Promise<void> {
    await this.deliveries.enqueue(context.manager, [
      {
        sourceEventId: context.event.id,
        template,
        recipientKind: 'participant',
        recipientRef: registration.registrationId,
        eventId: registration.eventId,
        params:
          'offerExpiresAt' in registration && registration.offerExpiresAt
            ? { offerExpiresAt: registration.offerExpiresAt }
            : {},
      },
    ]);
  }
}
