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
  speakerCreated: 'kz.jiyn.speaker.created.v1',
  speakerAvailabilityChanged: 'kz.jiyn.speaker.availability.changed.v1',
  feedbackSubmitted: 'kz.jiyn.feedback.submitted.v1',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];
