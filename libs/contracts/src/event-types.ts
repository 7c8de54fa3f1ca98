/** CloudEvents `type` values. ⚠️ Never change a published one; add a `.v2` instead. */
export const EVENT_TYPES = {
  eventPublished: 'kz.jiyn.event.published.v1',
  registrationCreated: 'kz.jiyn.registration.created.v1',
  speakerCreated: 'kz.jiyn.speaker.created.v1',
  feedbackSubmitted: 'kz.jiyn.feedback.submitted.v1',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];
