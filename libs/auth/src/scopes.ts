/**
 * What a caller may do, area by area. API keys carry scopes directly; people get them from their
 * roles (see roles.ts). A route declares the one scope it needs; a service then checks the scope
 * against the event or organisation the request touches (see `allows`).
 */
export const SCOPES = [
  // events and their programme: days, rooms, tracks, sessions, the schedule and its exports
  'events:read',
  'events:write',
  // participants, capacity, waitlist, approval, imports and exports
  'registrations:read',
  'registrations:write',
  // the check-in desk: find a participant and check them in, nothing else
  'check-in',
  // speaker profiles, availability, assignment to sessions
  'speakers:read',
  'speakers:write',
  // speaker proposals: read and review them
  'proposals:review',
  // surveys, tests and their answers
  'feedback:read',
  'feedback:write',
  // aggregates (counts, k-anonymous results) and the event stream: never personal data
  'analytics:read',
  // webhook subscriptions and their delivery log
  'webhooks:read',
  'webhooks:write',
  // unmasked IIN, phone, e-mail and birth date: only on top of a scope that reads them
  'personal-data',
  // the organisation itself: its people, its API keys, its audit log
  'members:manage',
  'api-keys:manage',
  'audit:read',
] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
