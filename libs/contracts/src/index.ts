// Payload classes use decorators that read design-time metadata.
import 'reflect-metadata';
export { ALL_TOPICS, TOPICS, deadLetterTopicOf, type Topic } from './topics';
export { EVENT_TYPES, SESSION_CHANGE_TYPES, type EventType } from './event-types';
export { EventPublishedV1, eventPublishedV1Schema } from './events/event-published.v1';
export { EVENT_LIFECYCLE, EventUpdatedV1, eventUpdatedV1Schema } from './events/event-updated.v1';
export {
  SESSION_KINDS,
  SESSION_STATUSES,
  SessionChangedV1,
  sessionChangedV1Schema,
} from './events/session-changed.v1';
export {
  ScheduleChangesV1,
  SchedulePublishedV1,
  SessionMoveV1,
  SlotV1,
  schedulePublishedV1Schema,
} from './events/schedule-published.v1';
export {
  AGE_BANDS,
  REGISTRATION_CHANNELS,
  REGISTRATION_STATUSES,
  RegistrationCreatedV1,
  registrationCreatedV1Schema,
} from './events/registration-created.v1';
export {
  MultilingualTextV1,
  SpeakerCreatedV1,
  SpeakerUpdatedV1,
  speakerCreatedV1Schema,
  speakerUpdatedV1Schema,
} from './events/speaker-created.v1';
export { SpeakerDeletedV1, speakerDeletedV1Schema } from './events/speaker-deleted.v1';
export { RegistrationChangedV1, registrationChangedV1Schema } from './events/registration-changed.v1';
export {
  PROPOSAL_STATUSES,
  ProposalChangedV1,
  ProposalTextV1,
  proposalChangedV1Schema,
} from './events/proposal-changed.v1';
export {
  AvailabilityRangeV1,
  SpeakerAvailabilityChangedV1,
  speakerAvailabilityChangedV1Schema,
} from './events/speaker-availability-changed.v1';
export {
  SPEAKER_INVITATION_PURPOSES,
  SpeakerInvitationIssuedV1,
  speakerInvitationIssuedV1Schema,
} from './events/speaker-invitation-issued.v1';
export { FeedbackSubmittedV1, feedbackSubmittedV1Schema } from './events/feedback-submitted.v1';
export {
  SURVEY_PURPOSES,
  SURVEY_SCOPES,
  SurveyWindowV1,
  surveyWindowV1Schema,
} from './events/survey-window.v1';
export {
  FeedbackSubmittedV2,
  SubmittedChoiceV2,
  SubmittedRatingV2,
  feedbackSubmittedV2Schema,
} from './events/feedback-submitted.v2';
export {
  WebhookEndpointDisabledV1,
  webhookEndpointDisabledV1Schema,
} from './events/webhook-endpoint-disabled.v1';
export {
  EVENT_CONTRACTS,
  checkEventPayload,
  type UnknownFields,
  contractOf,
  type EventContract,
  type PayloadCheck,
} from './registry';
export { buildAsyncApiDocument } from './asyncapi/asyncapi-document';
