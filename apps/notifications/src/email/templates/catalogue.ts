/**
 * Every message the service writes, who receives it, and whether it is transactional (the answer
 * to something the recipient did or is owed: never unsubscribable) or not (reminders and
 * invitations: `List-Unsubscribe`, and the recipient may stop them).
 */
export const EMAIL_TEMPLATES = {
  'registration-received': { audience: 'participant', transactional: true },
  'registration-confirmed': { audience: 'participant', transactional: true },
  'registration-waitlisted': { audience: 'participant', transactional: true },
  'seat-offered': { audience: 'participant', transactional: true },
  'registration-approved': { audience: 'participant', transactional: true },
  'registration-rejected': { audience: 'participant', transactional: true },
  'registration-cancelled': { audience: 'participant', transactional: true },
  'event-reminder': { audience: 'participant', transactional: false },
  'feedback-invitation': { audience: 'participant', transactional: false },
  'proposal-received': { audience: 'speaker', transactional: true },
  'proposal-accepted': { audience: 'speaker', transactional: true },
  'proposal-rejected': { audience: 'speaker', transactional: true },
  // About a sign-up the participant made: a reminder's unsubscribe must not stop them.
  'session-changed': { audience: 'participant', transactional: true },
  'session-cancelled': { audience: 'participant', transactional: true },
  'speaker-invitation': { audience: 'speaker', transactional: true },
  'co-speaker-invitation': { audience: 'speaker', transactional: true },
  'webhook-endpoint-disabled': { audience: 'organisation-owner', transactional: true },
} as const satisfies Record<
  string,
  { audience: 'participant' | 'speaker' | 'organisation-owner'; transactional: boolean }
>;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;

export const EMAIL_TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

export function isEmailTemplateName(value: unknown): value is EmailTemplateName {
  return typeof value === 'string' && Object.hasOwn(EMAIL_TEMPLATES, value);
}

/** Messages that carry the check-in code, its QR image and the event's .ics. */
export const WITH_TICKET: ReadonlySet<EmailTemplateName> = new Set([
  'registration-confirmed',
  'registration-approved',
  'event-reminder',
]);

/**
 * Messages that carry a link minted by the speakers service when the mail is written (a one-time
 * sign-in): never kept, never logged, in this mail only.
 */
export const WITH_INVITATION_LINK: ReadonlySet<EmailTemplateName> = new Set([
  'speaker-invitation',
  'co-speaker-invitation',
]);

/**
 * Messages about no event (an invitation to sign in, a word to an organisation's owners): no
 * per-event words for them.
 */
export const WITHOUT_EVENT: ReadonlySet<EmailTemplateName> = new Set([
  'speaker-invitation',
  'webhook-endpoint-disabled',
]);
