import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EVENT_TYPES, type EventType } from './event-types';
import { EventPublishedV1, eventPublishedV1Schema } from './events/event-published.v1';
import { FeedbackSubmittedV1, feedbackSubmittedV1Schema } from './events/feedback-submitted.v1';
import { FeedbackSubmittedV2, feedbackSubmittedV2Schema } from './events/feedback-submitted.v2';
import {
  WebhookEndpointDisabledV1,
  webhookEndpointDisabledV1Schema,
} from './events/webhook-endpoint-disabled.v1';
import { RegistrationCreatedV1, registrationCreatedV1Schema } from './events/registration-created.v1';
import {
  SpeakerCreatedV1,
  SpeakerUpdatedV1,
  speakerCreatedV1Schema,
  speakerUpdatedV1Schema,
} from './events/speaker-created.v1';
import {
  SpeakerAvailabilityChangedV1,
  speakerAvailabilityChangedV1Schema,
} from './events/speaker-availability-changed.v1';
import {
  SpeakerInvitationIssuedV1,
  speakerInvitationIssuedV1Schema,
} from './events/speaker-invitation-issued.v1';
import { EventUpdatedV1, eventUpdatedV1Schema } from './events/event-updated.v1';
import { SchedulePublishedV1, schedulePublishedV1Schema } from './events/schedule-published.v1';
import { SessionChangedV1, sessionChangedV1Schema } from './events/session-changed.v1';
import { TOPICS, type Topic } from './topics';
import { RegistrationChangedV1, registrationChangedV1Schema } from './events/registration-changed.v1';
import { SpeakerDeletedV1, speakerDeletedV1Schema } from './events/speaker-deleted.v1';
import { ProposalChangedV1, proposalChangedV1Schema } from './events/proposal-changed.v1';
import { SurveyWindowV1, surveyWindowV1Schema } from './events/survey-window.v1';

/**
 * For a family of event types that share one payload (a session's, a registration's, a proposal's
 * state after a change): each type gets the family's topic and payload class and its own schema.
 */
function familyOf(
  topic: Topic,
  payload: new () => object,
  schema: (type: string, description: string) => EventContract['schema'],
): (type: EventType, description: string) => EventContract {
  return (type, description) => ({ type, topic, payload, schema: schema(type, description) });
}

const sessionContract = familyOf(TOPICS.programmeSessions, SessionChangedV1, sessionChangedV1Schema);
const registrationContract = familyOf(
  TOPICS.registrations,
  RegistrationChangedV1,
  registrationChangedV1Schema,
);
const proposalContract = familyOf(TOPICS.proposals, ProposalChangedV1, proposalChangedV1Schema);
const surveyContract = familyOf(TOPICS.feedback, SurveyWindowV1, surveyWindowV1Schema);

export interface EventContract<T extends object = object> {
  type: EventType;
  topic: Topic;
  payload: new () => T;
  schema: { readonly $id: string; readonly [key: string]: unknown };
}

/** Every event type with its topic, payload class and JSON Schema: the single source of truth. */
export const EVENT_CONTRACTS: Record<EventType, EventContract> = {
  [EVENT_TYPES.eventPublished]: {
    type: EVENT_TYPES.eventPublished,
    topic: TOPICS.events,
    payload: EventPublishedV1,
    schema: eventPublishedV1Schema,
  },
  [EVENT_TYPES.eventUpdated]: {
    type: EVENT_TYPES.eventUpdated,
    topic: TOPICS.events,
    payload: EventUpdatedV1,
    schema: eventUpdatedV1Schema,
  },
  [EVENT_TYPES.schedulePublished]: {
    type: EVENT_TYPES.schedulePublished,
    topic: TOPICS.events,
    payload: SchedulePublishedV1,
    schema: schedulePublishedV1Schema,
  },
  [EVENT_TYPES.sessionCreated]: sessionContract(
    EVENT_TYPES.sessionCreated,
    'A session was added to a programme.',
  ),
  [EVENT_TYPES.sessionUpdated]: sessionContract(
    EVENT_TYPES.sessionUpdated,
    'A session changed (title, type, speakers, capacity…).',
  ),
  [EVENT_TYPES.sessionScheduled]: sessionContract(
    EVENT_TYPES.sessionScheduled,
    'A session was placed in a room and time slot for the first time.',
  ),
  [EVENT_TYPES.sessionMoved]: sessionContract(
    EVENT_TYPES.sessionMoved,
    'A scheduled session moved to another room or time.',
  ),
  [EVENT_TYPES.sessionCancelled]: sessionContract(EVENT_TYPES.sessionCancelled, 'A session was cancelled.'),
  [EVENT_TYPES.registrationCreated]: {
    type: EVENT_TYPES.registrationCreated,
    topic: TOPICS.registrations,
    payload: RegistrationCreatedV1,
    schema: registrationCreatedV1Schema,
  },
  [EVENT_TYPES.registrationConfirmed]: registrationContract(
    EVENT_TYPES.registrationConfirmed,
    'A registration got a confirmed seat (an accepted offer, or an organiser confirming it).',
  ),
  [EVENT_TYPES.registrationWaitlisted]: registrationContract(
    EVENT_TYPES.registrationWaitlisted,
    'A registration joined the waitlist after its creation (e.g. approved while the event is full).',
  ),
  [EVENT_TYPES.registrationOffered]: registrationContract(
    EVENT_TYPES.registrationOffered,
    'A freed seat is held for the first in line until offerExpiresAt.',
  ),
  [EVENT_TYPES.registrationOfferExpired]: registrationContract(
    EVENT_TYPES.registrationOfferExpired,
    'An offer lapsed unanswered; the seat passes to the next in line.',
  ),
  [EVENT_TYPES.registrationPromoted]: registrationContract(
    EVENT_TYPES.registrationPromoted,
    'The first in line on the waitlist got a freed seat directly.',
  ),
  [EVENT_TYPES.registrationApproved]: registrationContract(
    EVENT_TYPES.registrationApproved,
    'A pending registration was approved; status says whether it got a seat or joined the waitlist.',
  ),
  [EVENT_TYPES.registrationRejected]: registrationContract(
    EVENT_TYPES.registrationRejected,
    'A registration was rejected by an organiser or an authorised integration.',
  ),
  [EVENT_TYPES.registrationCancelled]: registrationContract(
    EVENT_TYPES.registrationCancelled,
    'A registration was cancelled by the participant or an organiser; its seat, if any, is freed.',
  ),
  [EVENT_TYPES.registrationCheckedIn]: registrationContract(
    EVENT_TYPES.registrationCheckedIn,
    'A participant checked in for an event day (checkInDay) or a signed-up session (sessionId).',
  ),
  [EVENT_TYPES.registrationCheckInReverted]: registrationContract(
    EVENT_TYPES.registrationCheckInReverted,
    'A check-in was reverted.',
  ),
  [EVENT_TYPES.registrationUpdated]: registrationContract(
    EVENT_TYPES.registrationUpdated,
    "A registration's data changed (e.g. a re-sent participant from an integration).",
  ),
  [EVENT_TYPES.registrationAnonymised]: registrationContract(
    EVENT_TYPES.registrationAnonymised,
    'Personal fields were erased; region, sex and age band are kept for statistics.',
  ),
  [EVENT_TYPES.registrationSessionSignedUp]: registrationContract(
    EVENT_TYPES.registrationSessionSignedUp,
    'A participant took a seat in a session with its own capacity (sessionId).',
  ),
  [EVENT_TYPES.registrationSessionSignUpCancelled]: registrationContract(
    EVENT_TYPES.registrationSessionSignUpCancelled,
    'A participant gave up a session seat (sessionId).',
  ),
  [EVENT_TYPES.speakerCreated]: {
    type: EVENT_TYPES.speakerCreated,
    topic: TOPICS.speakers,
    payload: SpeakerCreatedV1,
    schema: speakerCreatedV1Schema,
  },
  [EVENT_TYPES.speakerUpdated]: {
    type: EVENT_TYPES.speakerUpdated,
    topic: TOPICS.speakers,
    payload: SpeakerUpdatedV1,
    schema: speakerUpdatedV1Schema,
  },
  [EVENT_TYPES.speakerDeleted]: {
    type: EVENT_TYPES.speakerDeleted,
    topic: TOPICS.speakers,
    payload: SpeakerDeletedV1,
    schema: speakerDeletedV1Schema,
  },
  [EVENT_TYPES.proposalSubmitted]: proposalContract(
    EVENT_TYPES.proposalSubmitted,
    'A proposal was submitted to a call for proposals.',
  ),
  [EVENT_TYPES.proposalWithdrawn]: proposalContract(
    EVENT_TYPES.proposalWithdrawn,
    'A speaker withdrew their proposal.',
  ),
  [EVENT_TYPES.proposalAccepted]: proposalContract(
    EVENT_TYPES.proposalAccepted,
    'A proposal was accepted; the programme turns it into an unscheduled session.',
  ),
  [EVENT_TYPES.proposalRejected]: proposalContract(EVENT_TYPES.proposalRejected, 'A proposal was rejected.'),
  [EVENT_TYPES.speakerAvailabilityChanged]: {
    type: EVENT_TYPES.speakerAvailabilityChanged,
    topic: TOPICS.speakers,
    payload: SpeakerAvailabilityChangedV1,
    schema: speakerAvailabilityChangedV1Schema,
  },
  [EVENT_TYPES.speakerInvitationIssued]: {
    type: EVENT_TYPES.speakerInvitationIssued,
    topic: TOPICS.speakers,
    payload: SpeakerInvitationIssuedV1,
    schema: speakerInvitationIssuedV1Schema,
  },
  [EVENT_TYPES.feedbackSubmitted]: {
    type: EVENT_TYPES.feedbackSubmitted,
    topic: TOPICS.feedback,
    payload: FeedbackSubmittedV1,
    schema: feedbackSubmittedV1Schema,
  },
  [EVENT_TYPES.surveyOpened]: surveyContract(
    EVENT_TYPES.surveyOpened,
    'A published survey or knowledge test opened for answers (at publication, or when its opening time came).',
  ),
  [EVENT_TYPES.surveyClosed]: surveyContract(
    EVENT_TYPES.surveyClosed,
    'A survey or knowledge test closed: an organiser closed it, or its closing time came.',
  ),
  [EVENT_TYPES.feedbackSubmittedV2]: {
    type: EVENT_TYPES.feedbackSubmittedV2,
    topic: TOPICS.feedback,
    payload: FeedbackSubmittedV2,
    schema: feedbackSubmittedV2Schema,
  },
  [EVENT_TYPES.webhookEndpointDisabled]: {
    type: EVENT_TYPES.webhookEndpointDisabled,
    topic: TOPICS.webhookEndpoints,
    payload: WebhookEndpointDisabledV1,
    schema: webhookEndpointDisabledV1Schema,
  },
};

export function contractOf(type: string): EventContract | undefined {
  return (EVENT_CONTRACTS as Record<string, EventContract>)[type];
}

export type PayloadCheck<T> = { ok: true; payload: T } | { ok: false; problems: string[] };

/**
 * How a check treats fields the payload class does not declare: a producer's own tests `refuse`
 * them (it sends exactly its contract); a consumer must `ignore` them (dropped before the handler
 * sees the payload), so a producer can add an optional field without breaking anyone reading.
 */
export type UnknownFields = 'refuse' | 'ignore';

/** Validates event data against its payload class; unknown types are refused, extra fields as told. */
export async function checkEventPayload<T extends object = object>(
  type: string,
  data: unknown,
  unknownFields: UnknownFields = 'refuse',
): Promise<PayloadCheck<T>> {
  const contract = contractOf(type);
  if (!contract) return { ok: false, problems: [`unknown event type ${type}`] };
  return checkPayload(contract.payload as new () => T, data, unknownFields);
}

/** The runtime check of one payload class: what consumers apply before a handler sees the data. */
export async function checkPayload<T extends object>(
  payloadClass: new () => T,
  data: unknown,
  unknownFields: UnknownFields = 'refuse',
): Promise<PayloadCheck<T>> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, problems: ['data must be an object'] };
  const payload = plainToInstance(payloadClass, data);
  const errors = await validate(payload, {
    whitelist: true,
    forbidNonWhitelisted: unknownFields === 'refuse',
  });
  if (errors.length === 0) return { ok: true, payload };
  return {
    ok: false,
    problems: errors.flatMap((error) =>
      Object.values(error.constraints ?? { invalid: `${error.property} is invalid` }),
    ),
  };
}
