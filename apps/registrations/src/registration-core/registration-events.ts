import {
  EVENT_TYPES,
  TOPICS,
  type EventType,
  type RegistrationChangedV1,
  type RegistrationCreatedV1,
} from '@jiyn/contracts';
import { ageBand } from '@jiyn/kz';
import type { OutgoingEvent } from '@jiyn/messaging';
import type { RegistrationEntity, RegistrationStatus } from './registration.entity';

/** What the analytics view is made of; an anonymised registration has no birth date left, only its band. */
export type AnalyticsSource = Pick<
  RegistrationEntity,
  'id' | 'eventId' | 'version' | 'status' | 'regionCode' | 'sex' | 'ageBand' | 'channel'
> &
  Partial<Pick<RegistrationEntity, 'birthDate' | 'createdAt' | 'participantKey'>>;

/** The analytics view of a registration: ids and codes, no personal data. */
function analyticsOf(registration: AnalyticsSource) {
  return {
    registrationId: registration.id,
    eventId: registration.eventId,
    version: registration.version,
    status: registration.status,
    regionCode: registration.regionCode,
    sex: registration.sex,
    // Stored at registration, so it survives anonymisation (which erases the birth date).
    ageBand:
      registration.ageBand ??
      (registration.birthDate && registration.createdAt
        ? ageBand(registration.birthDate, registration.createdAt)
        : null),
    channel: registration.channel,
  };
}

/** registration.created, keyed by the registration id. */
export function registrationCreatedEvent(registration: RegistrationEntity): OutgoingEvent {
  const data: RegistrationCreatedV1 = {
    ...analyticsOf(registration),
    // Set at creation; only anonymisation (long after) clears it.
    participantKey: registration.participantKey as string,
    occurredAt: registration.createdAt.toISOString(),
  };
  return {
    topic: TOPICS.registrations,
    type: EVENT_TYPES.registrationCreated,
    subject: registration.id,
    data,
  };
}

/**
 * Every registration.* change after `created`, built from the registration as it now stands (its
 * version already incremented) and the status it left. Never a name, IIN, e-mail, phone or reason.
 */
export function registrationChangedEvent(
  type: EventType,
  registration: RegistrationEntity,
  previousStatus: RegistrationStatus,
): OutgoingEvent {
  const data = registrationChangeData(registration, registration.updatedAt, {
    previousStatus,
    offerExpiresAt: registration.offerExpiresAt?.toISOString() ?? null,
  });
  return { topic: TOPICS.registrations, type, subject: registration.id, data };
}

/**
 * The registration.* payload for a change at `occurredAt`, with what the change is about (the
 * status left, an offer's end, a check-in day, a session). Also for check-ins and sign-ups.
 */
export function registrationChangeData(
  registration: AnalyticsSource,
  occurredAt: Date,
  about: Partial<
    Pick<RegistrationChangedV1, 'previousStatus' | 'offerExpiresAt' | 'checkInDay' | 'sessionId'>
  >,
): RegistrationChangedV1 {
  return {
    ...analyticsOf(registration),
    participantKey: registration.participantKey ?? null,
    ...about,
    occurredAt: occurredAt.toISOString(),
  };
}
