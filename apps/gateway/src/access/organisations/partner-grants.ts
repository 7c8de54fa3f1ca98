import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isRole, scopesOfRole, type Grant } from '@jiyn/auth';

/**
 * The event grants other organisations gave an organisation (partner access): one grant per event,
 * with the scopes of the role given. Principals of the partner's keys and people include them.
 */
@Injectable()
export class PartnerGrants {
  constructor(private readonly dataSource: DataSource) {}

  async grantsOf(organisationId: string): Promise<Grant[]> {
    const rows = (await this.dataSource.query(
      `SELECT event_id, role, personal_data FROM access.event_grants
        WHERE partner_organisation_id = $1 ORDER BY event_id`,
      [organisationId],
    )) as { event_id: string; role: string; personal_data: boolean }[];
    return rows.flatMap((row) =>
      isRole(row.role) ? [{ eventId: row.event_id, scopes: scopesOfRole(row.role, row.personal_data) }] : [],
    );
  }

  /**
   * Whoever acts for an organisation also acts on the events partners granted it, within the scopes
   * it holds on its own organisation and the role given: each organisation-wide grant gains one
   * grant per partner event, with the scopes both allow.
   */
  async shareWithPartnerEvents(grants: Grant[]): Promise<Grant[]> {
    const shared: Grant[] = [];
    for (const grant of grants) {
      if (grant.organisationId === undefined) continue;
      for (const partner of await this.grantsOf(grant.organisationId)) {
        const scopes = partner.scopes.filter((scope) => grant.scopes.includes(scope));
        if (scopes.length && partner.eventId !== undefined) shared.push({ eventId: partner.eventId, scopes });
      }
    }
    return [...grants, ...shared];
  }
}
