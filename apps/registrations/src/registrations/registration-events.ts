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

/** The analytics view of a registration: ids, codes and a pseudonymous key, no personal data. */
function analyticsOf(registration: RegistrationEntity) {
  return {
    registrationId: registration.id,
    eventId: registration.eventId,
    version: registration.version,
    status: registration.status,
    regionCode: registration.regionCode,
    sex: registration.sex,
    ageBand: registration.birthDate ? ageBand(registration.birthDate, registration.createdAt) : null,
    channel: registration.channel,
  };
}

/** registration.created, keyed by the registration id. */
export function registrationCreatedEvent(registration: RegistrationEntity): OutgoingEvent {
  const data: RegistrationCreatedV1 = {
    ...analyticsOf(registration),
    participantKey: registration.participantKey,
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
  const data: RegistrationChangedV1 = {
    ...analyticsOf(registration),
    previousStatus,
    participantKey: registration.participantKey,
    offerExpiresAt: registration.offerExpiresAt?.toISOString() ?? null,
    occurredAt: registration.updatedAt.toISOString(),
  };
  return { topic: TOPICS.registrations, type, subject: registration.id, data };
}
