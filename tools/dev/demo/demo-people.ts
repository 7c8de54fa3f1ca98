import type { Role } from '@jiyn/auth';

/** The demo organisations people belong to; the caller maps each to the id of the organisation it created. */
export type DemoOrganisation = 'ministry' | 'undp' | 'akimat';

export interface DemoPerson {
  organisation: DemoOrganisation;
  email: string;
  displayName: string;
  preferredLanguage: 'kk' | 'ru' | 'en';
  /** `event: true` limits the role to the demo event (when the caller knows its id; else organisation-wide). */
  roles: { role: Role; event?: boolean; personalData?: boolean }[];
}

/**
 * A few people in different roles, so each role can be tried by signing in as it. Their organisations'
 * first owners come from the bootstrap (ensureFirstOwner); these are everybody else.
 */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    organisation: 'ministry',
    email: 'analyst@mci.demo.jiyn.kz',
    displayName: 'Дәурен Қасымов',
    preferredLanguage: 'kk',
    roles: [{ role: 'analyst' }],
  },
  {
    organisation: 'ministry',
    email: 'viewer@mci.demo.jiyn.kz',
    displayName: 'Ольга Ким',
    preferredLanguage: 'ru',
    roles: [{ role: 'viewer' }],
  },
  {
    organisation: 'undp',
    email: 'organiser@undp.demo.jiyn.kz',
    displayName: 'Anna Schmidt',
    preferredLanguage: 'en',
    roles: [{ role: 'organiser', personalData: true }],
  },
  {
    organisation: 'undp',
    email: 'reviewer@undp.demo.jiyn.kz',
    displayName: 'Жанар Әбдірахманова',
    preferredLanguage: 'kk',
    roles: [{ role: 'reviewer', event: true }],
  },
  {
    organisation: 'akimat',
    email: 'registrar@akimat.demo.jiyn.kz',
    displayName: 'Ерлан Нұрланұлы',
    preferredLanguage: 'kk',
    roles: [{ role: 'registrar', event: true, personalData: true }],
  },
  {
    organisation: 'akimat',
    email: 'owner@akimat.demo.jiyn.kz',
    displayName: 'Сәуле Жақсылықова',
    preferredLanguage: 'ru',
    roles: [{ role: 'owner' }],
  },
];
