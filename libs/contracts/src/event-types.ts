/** CloudEvents `type` values. ⚠️ Never change a published one; add a `.v2` instead. */
export const EVENT_TYPES = {
  eventPublished: 'kz.jiyn.event.published.v1',
  eventUpdated: 'kz.jiyn.event.updated.v1',
  schedulePublished: 'kz.jiyn.schedule.published.v1',
  sessionCreated: 'kz.jiyn.session.created.v1',
  sessionUpdated: 'kz.jiyn.session.updated.v1',
  sessionScheduled: 'kz.jiyn.session.scheduled.v1',
  sessionMoved: 'kz.jiyn.session.moved.v1',
  sessionCancelled: 'kz.jiyn.session.cancelled.v1',
  registrationCreated: 'kz.jiyn.registration.created.v1',
  registrationConfirmed: 'kz.jiyn.registration.confirmed.v1',
  registrationWaitlisted: 'kz.jiyn.registration.waitlisted.v1',
  registrationOffered: 'kz.jiyn.registration.offered.v1',
  registrationOfferExpired: 'kz.jiyn.registration.offer-expired.v1',
  registrationPromoted: 'kz.jiyn.registration.promoted.v1',
  registrationApproved: 'kz.jiyn.registration.approved.v1',
  registrationRejected: 'kz.jiyn.registration.rejected.v1',
  registrationCancelled: 'kz.jiyn.registration.cancelled.v1',
  registrationCheckedIn: 'kz.jiyn.registration.checked-in.v1',
  registrationCheckInReverted: 'kz.jiyn.registration.check-in-reverted.v1',
  registrationUpdated: 'kz.jiyn.registration.updated.v1',
  registrationAnonymised: 'kz.jiyn.registration.anonymised.v1',
  registrationSessionSignedUp: 'kz.jiyn.registration.session-signed-up.v1',
  registrationSessionSignUpCancelled: 'kz.jiyn.registration.session-sign-up-cancelled.v1',
  speakerCreated: 'kz.jiyn.speaker.created.v1',
  speakerUpdated: 'kz.jiyn.speaker.updated.v1',
  speakerDeleted: 'kz.jiyn.speaker.deleted.v1',
  speakerAvailabilityChanged: 'kz.jiyn.speaker.availability.changed.v1',
  speakerInvitationIssued: 'kz.jiyn.speaker.invitation.issued.v1',
  proposalSubmitted: 'kz.jiyn.proposal.submitted.v1',
  proposalWithdrawn: 'kz.jiyn.proposal.withdrawn.v1',
  proposalAccepted: 'kz.jiyn.proposal.accepted.v1',
  proposalRejected: 'kz.jiyn.proposal.rejected.v1',
  feedbackSubmitted: 'kz.jiyn.feedback.submitted.v1',
  surveyOpened: 'kz.jiyn.survey.opened.v1',
  surveyClosed: 'kz.jiyn.survey.closed.v1',
  /** A survey answered (issue 14): per-question ratings and choices, nothing naming an anonymous respondent. */
  feedbackSubmittedV2: 'kz.jiyn.feedback.submitted.v2',
  webhookEndpointDisabled: 'kz.jiyn.webhook.endpoint-disabled.v1',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/** Every change of a programme session: what a projection of the programme's sessions follows. */
export const SESSION_CHANGE_TYPES: readonly EventType[] = [
  EVENT_TYPES.sessionCreated,
  EVENT_TYPES.sessionUpdated,
  EVENT_TYPES.sessionScheduled,
  EVENT_TYPES.sessionMoved,
  EVENT_TYPES.sessionCancelled,
];
