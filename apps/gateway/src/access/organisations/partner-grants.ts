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
}
