import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scopesOfRole, type Grant, type Principal, type Role } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';

export const ORGANISATION_HEADER = 'x-jiyn-organisation';

export interface MembershipOfPerson {
  organisationId: string;
  organisationSlug: string;
  organisationName: unknown;
  role: Role;
  eventId: string | null;
  personalData: boolean;
}

/** A role in the organisation reaches all its events; a role in one event reaches that event only. */
export function grantOf(
  membership: Pick<MembershipOfPerson, 'organisationId' | 'role' | 'eventId' | 'personalData'>,
): Grant {
  const scopes = scopesOfRole(membership.role, membership.personalData);
  return membership.eventId === null
    ? { organisationId: membership.organisationId, scopes }
    : { eventId: membership.eventId, scopes };
}

/** Builds a signed-in person's principal from their memberships, as of this request. */
@Injectable()
export class PersonPrincipals {
  constructor(private readonly db: DataSource) {}

  async membershipsOf(personId: string): Promise<MembershipOfPerson[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT m.organisation_id, o.slug, o.name, m.role, m.event_id, m.personal_data
         FROM access.memberships m JOIN access.organisations o ON o.id = m.organisation_id
        WHERE m.person_id = $1 ORDER BY o.slug, m.role, m.event_id NULLS FIRST`,
      [personId],
    );
    return rows.map((row) => ({
      organisationId: row['organisation_id'] as string,
      organisationSlug: row['slug'] as string,
      organisationName: row['name'],
      role: row['role'] as Role,
      eventId: (row['event_id'] as string | null) ?? null,
      personalData: row['personal_data'] as boolean,
    }));
  }

  /**
   * The current organisation is the one `X-Jiyn-Organisation` names (id or slug), or the person's only
   * one. Grants then come from that organisation's memberships; a person in several organisations who
   * names none gets the grants of all of them and no current organisation (reads work, creating does not).
   */
  async principalOf(personId: string, chosen: string | undefined): Promise<Principal> {
    return principalFrom(personId, await this.membershipsOf(personId), chosen);
  }
}

/** See PersonPrincipals.principalOf. */
export function principalFrom(
  personId: string,
  memberships: MembershipOfPerson[],
  chosen: string | undefined,
): Principal {
  const organisationIds = [...new Set(memberships.map((m) => m.organisationId))];
  let current: string | undefined;
  if (chosen) {
    current = memberships.find(
      (m) => m.organisationId === chosen || m.organisationSlug === chosen,
    )?.organisationId;
    if (!current)
      throw new ProblemException('forbidden', {
        detail: {
          en: `You are not a member of the organisation "${chosen}" named in X-Jiyn-Organisation`,
          ru: `Вы не состоите в организации «${chosen}», указанной в X-Jiyn-Organisation`,
          kk: `Сіз X-Jiyn-Organisation тақырыбында көрсетілген «${chosen}» ұйымының мүшесі емессіз`,
        },
      });
  } else if (organisationIds.length === 1) current = organisationIds[0];
  const relevant = current ? memberships.filter((m) => m.organisationId === current) : memberships;
  return {
    id: `person:${personId}`,
    kind: 'person',
    ...(current ? { organisationId: current } : {}),
    grants: relevant.map(grantOf),
  };
}
