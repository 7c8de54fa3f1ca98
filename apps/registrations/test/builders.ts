import type { EventPublishedV1 } from '@jiyn/contracts';
import { generateIin } from '@jiyn/kz';
import { sendEventPublished, untilEventProjected, type ServiceUnderTest } from '@jiyn/service-harness';
import { anEventPublished, type CloudEventProducer } from '@jiyn/testing';

/*
 * The registrations app's test builders, in one place: the participants a test registers and the
 * events it makes known. (Builders every service shares, such as `anEventPublished`, live in
 * @jiyn/testing.)
 */

/** A registration request body as POST /registrations takes it. */
export type ParticipantBody = Record<string, unknown> & { eventId: string; fullName: string; email: string };

export interface ParticipantDefaults {
  /** Start of every full name; the participant's number follows. */
  name: string;
  /** Local part of every e-mail address; the participant's number follows. */
  email: string;
  /** Birth date of the IINs (its year moves on every 9,000 participants, so IINs stay unique). */
  birthDate: string;
  /** One sex for all, or alternating (male first). */
  sex?: 'male' | 'female' | 'alternating';
  regionCode: string;
  /** Further fields every participant carries (phone, organisation…). */
  more?: Record<string, unknown>;
  /** First IIN serial (default 0). */
  first?: number;
}

/**
 * A participant builder for one test file: each call gives the next participant of `eventId`,
 * with a unique IIN and e-mail and the built-in consent terms accepted (the event has no
 * registration form of its own), then `overrides`.
 */
export function participantsOf(
  defaults: ParticipantDefaults,
): (eventId: string, overrides?: Record<string, unknown>) => ParticipantBody {
  let count = 0;
  return (eventId, overrides = {}) => {
    count += 1;
    // generateIin moves an unusable serial up by one: steps of two never collide.
    const next = (defaults.first ?? 0) + count * 2;
    const serial = next % 9000;
    const year = Number(defaults.birthDate.slice(0, 4)) + Math.floor(next / 9000);
    const sex = defaults.sex ?? 'alternating';
    return {
      eventId,
      fullName: `${defaults.name} ${count}`,
      email: `${defaults.email}${count}@akimat.example.kz`,
      iin: generateIin({
        birthDate: `${year}${defaults.birthDate.slice(4)}`,
        sex: sex === 'alternating' ? (count % 2 ? 'male' : 'female') : sex,
        serial,
      }),
      regionCode: defaults.regionCode,
      ...defaults.more,
      consent: { textVersion: 'default-1', accepted: true },
      ...overrides,
    };
  };
}

/**
 * Makes events known to the service under test as the sessions service would (event.published on
 * Kafka) and waits until its projection holds them: `anEventPublished` with `defaults`, then `overrides`.
 */
export function eventsKnownTo(
  bed: { service: ServiceUnderTest; producer: CloudEventProducer },
  defaults: Partial<EventPublishedV1> = {},
): (overrides?: Partial<EventPublishedV1>) => Promise<EventPublishedV1> {
  return async (overrides = {}) => {
    const event = anEventPublished({ ...defaults, ...overrides });
    await sendEventPublished(bed.producer, event);
    await untilEventProjected(bed.service, 'registrations.event_projections', event);
    return event;
  };
}
