import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import { WEBHOOKS_SCHEMA } from '../webhooks-schema';

/** Which organisation owns each gathering, as event.published/updated said (newest version wins). */
@Injectable()
export class WebhookEventOwnersRepository {
  private readonly table: string;

  constructor(@Inject(WEBHOOKS_SCHEMA) schema: string) {
    this.table = `${schema}.webhook_event_owners`;
  }

  /** Records the owner; a message without one (older producers) keeps what is known. */
  async apply(
    manager: EntityManager,
    eventId: string,
    organisationId: string | undefined,
    version: number,
  ): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO ${this.table} (event_id, organisation_id, version) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO UPDATE
          SET organisation_id = coalesce(EXCLUDED.organisation_id, ${this.table}.organisation_id),
              version = EXCLUDED.version
        WHERE ${this.table}.version < EXCLUDED.version`,
      [eventId, organisationId ?? null, version],
    );
  }

  async organisationOf(manager: EntityManager, eventId: string): Promise<string | null> {
    const [row] = await queryRows<{ organisation_id: string | null }>(
      manager,
      `SELECT organisation_id FROM ${this.table} WHERE event_id = $1`,
      [eventId],
    );
    return row?.organisation_id ?? null;
  }
}
