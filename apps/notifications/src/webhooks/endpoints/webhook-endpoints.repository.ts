import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeTimestampCursor, queryRows, toPage, type Page } from '@jiyn/persistence';
import { WEBHOOKS_SCHEMA } from '../webhooks-schema';

export interface WebhookEndpoint {
  id: string;
  organisationId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  eventIds: string[] | null;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  maxConcurrency: number;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: 'owner' | 'failing' | null;
  failingSince: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

interface EndpointRow {
  id: string;
  organisation_id: string;
  url: string;
  description: string | null;
  event_types: string[];
  event_ids: string[] | null;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
  max_concurrency: number;
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: 'owner' | 'failing' | null;
  failing_since: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

function endpointOf(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    eventIds: row.event_ids,
    secretSealed: row.secret_sealed,
    previousSecretSealed: row.previous_secret_sealed,
    previousSecretExpiresAt: row.previous_secret_expires_at,
    maxConcurrency: row.max_concurrency,
    enabled: row.enabled,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    failingSince: row.failing_since,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type EndpointChanges = Partial<
  Pick<WebhookEndpoint, 'url' | 'description' | 'eventTypes' | 'eventIds' | 'maxConcurrency' | 'enabled'>
>;

/** Subscriptions, always read and written within one organisation: another's rows are not there. */
@Injectable()
export class WebhookEndpointsRepository {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(WEBHOOKS_SCHEMA) schema: string,
  ) {
    this.table = `${schema}.webhook_endpoints`;
  }

  async insert(endpoint: WebhookEndpoint): Promise<void> {
    await queryRows(
      this.dataSource.manager,
      `INSERT INTO ${this.table} (id, organisation_id, url, description, event_types, event_ids, secret_sealed,
         max_concurrency, enabled, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, 1, $9, $9)`,
      [
        endpoint.id,
        endpoint.organisationId,
        endpoint.url,
        endpoint.description,
        endpoint.eventTypes,
        endpoint.eventIds,
        endpoint.secretSealed,
        endpoint.maxConcurrency,
        endpoint.createdAt,
      ],
    );
  }

  async find(
    organisationId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<WebhookEndpoint | undefined> {
    const [row] = await queryRows<EndpointRow>(
      manager ?? this.dataSource.manager,
      `SELECT * FROM ${this.table} WHERE organisation_id = $1 AND id = $2${manager ? ' FOR UPDATE' : ''}`,
      [organisationId, id],
    );
    return row ? endpointOf(row) : undefined;
  }

  async page(
    organisationId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<WebhookEndpoint>> {
    const after = decodeTimestampCursor(cursor);
    const rows = await queryRows<EndpointRow>(
      this.dataSource.manager,
      `SELECT * FROM ${this.table}
        WHERE organisation_id = $1 ${after ? 'AND (created_at, id) > ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY created_at, id LIMIT $2`,
      after ? [organisationId, limit + 1, after.key, after.id] : [organisationId, limit + 1],
    );
    return toPage(rows.map(endpointOf), limit, (endpoint) => ({
      key: endpoint.createdAt.toISOString(),
      id: endpoint.id,
    }));
  }

  /**
   * Applies the changes and bumps the version. Enabling clears the failure record (the owner says
   * the receiver is fixed); disabling through the API is `owner`'s doing.
   */
  async update(
    manager: EntityManager,
    organisationId: string,
    id: string,
    changes: EndpointChanges,
  ): Promise<WebhookEndpoint | undefined> {
    const sets: string[] = [];
    const params: unknown[] = [organisationId, id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.url !== undefined) set('url', changes.url);
    if (changes.description !== undefined) set('description', changes.description);
    if (changes.eventTypes !== undefined) set('event_types', changes.eventTypes);
    if (changes.eventIds !== undefined) set('event_ids', changes.eventIds);
    if (changes.maxConcurrency !== undefined) set('max_concurrency', changes.maxConcurrency);
    if (changes.enabled === true) {
      sets.push(`enabled = true, disabled_at = NULL, disabled_reason = NULL, failing_since = NULL`);
    } else if (changes.enabled === false) {
      sets.push(
        `enabled = false, disabled_at = coalesce(disabled_at, now()), disabled_reason = coalesce(disabled_reason, 'owner')`,
      );
    }
    const [row] = await queryRows<EndpointRow>(
      manager,
      `UPDATE ${this.table} SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE organisation_id = $1 AND id = $2 RETURNING *`,
      params,
    );
    return row ? endpointOf(row) : undefined;
  }

  async rotateSecret(
    manager: EntityManager,
    organisationId: string,
    id: string,
    sealed: { current: string; previous: string | null; previousExpiresAt: Date | null },
  ): Promise<WebhookEndpoint | undefined> {
    const [row] = await queryRows<EndpointRow>(
      manager,
      `UPDATE ${this.table}
          SET secret_sealed = $3, previous_secret_sealed = $4, previous_secret_expires_at = $5,
              version = version + 1, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 RETURNING *`,
      [organisationId, id, sealed.current, sealed.previous, sealed.previousExpiresAt],
    );
    return row ? endpointOf(row) : undefined;
  }

  /** Deletes the endpoint with its deliveries and attempts log. */
  async delete(organisationId: string, id: string): Promise<boolean> {
    const rows = await queryRows(
      this.dataSource.manager,
      `DELETE FROM ${this.table} WHERE organisation_id = $1 AND id = $2 RETURNING id`,
      [organisationId, id],
    );
    return rows.length > 0;
  }
}
