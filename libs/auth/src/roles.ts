import type { Scope } from './scopes';

/** The roles a person holds in an organisation (all its events) or in one event. */
export const ROLES = ['owner', 'organiser', 'registrar', 'reviewer', 'viewer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

const READ_EVERYTHING: Scope[] = [
  'events:read',
  'registrations:read',
  'speakers:read',
  'proposals:review',
  'feedback:read',
  'analytics:read',
  'webhooks:read',
];

/**
 * The scopes each role grants. None of them includes `personal-data`: that needs an explicit grant
 * on top of a role, so a viewer or organiser sees masked IIN, phone, e-mail and birth date until given it.
 */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  owner: [
    ...READ_EVERYTHING,
    'events:write',
    'registrations:write',
    'check-in',
    'speakers:write',
    'feedback:write',
    'webhooks:write',
    'members:manage',
    'api-keys:manage',
    'audit:read',
  ],
  organiser: [
    ...READ_EVERYTHING,
    'events:write',
    'registrations:write',
    'check-in',
    'speakers:write',
    'feedback:write',
    'webhooks:write',
  ],
  registrar: ['registrations:read', 'check-in'],
  reviewer: ['proposals:review'],
  viewer: READ_EVERYTHING.filter((scope) => scope !== 'proposals:review'),
  analyst: ['analytics:read'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The scopes of a role, plus `personal-data` when granted. */
export function scopesOfRole(role: Role, personalData: boolean): Scope[] {
  return personalData ? [...ROLE_SCOPES[role], 'personal-data'] : [...ROLE_SCOPES[role]];
}
