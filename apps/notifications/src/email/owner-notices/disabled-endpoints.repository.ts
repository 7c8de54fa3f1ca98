import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import { NOTIFICATIONS_SCHEMA } from '../../database/database';

/** What an owner is told of an endpoint disabled for failing, read when the message is written. */
export interface DisabledEndpointFacts {
  /** The receiver's host name: the rest of the URL may carry a token, and stays in the service. */
  host: string;
  /** False once it is back on (re-enabled by its owner): the message is then not worth sending. */
  stillDisabled: boolean;
  /** The last attempt's error, or its HTTP status; null when no attempt is on record. */
  lastError: string | null;
}

const ERROR_LIMIT = 200;

/** Reads the webhook half's tables of this service's own schema (subscriptions, attempts log). */
@Injectable()
export class DisabledEndpointsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The endpoint's facts, or undefined when it was deleted meanwhile. */
  async facts(endpointId: string): Promise<DisabledEndpointFacts | undefined> {
    const [endpoint] = await queryRows<{ url: string; enabled: boolean }>(
      this.dataSource.manager,
      `SELECT url, enabled FROM ${NOTIFICATIONS_SCHEMA}.webhook_endpoints WHERE id = $1`,
      [endpointId],
    );
    if (!endpoint) return undefined;
    const [attempt] = await queryRows<{ status_code: number | null; error: string | null }>(
      this.dataSource.manager,
      `SELECT a.status_code, a.error
         FROM ${NOTIFICATIONS_SCHEMA}.webhook_attempts a
         JOIN ${NOTIFICATIONS_SCHEMA}.webhook_deliveries d ON d.id = a.delivery_id
        WHERE d.endpoint_id = $1 AND NOT a.succeeded
        ORDER BY a.started_at DESC LIMIT 1`,
      [endpointId],
    );
    const lastError = attempt
      ? (attempt.error ?? (attempt.status_code !== null ? `HTTP ${attempt.status_code}` : null))
      : null;
    return {
      host: hostOf(endpoint.url),
      stillDisabled: !endpoint.enabled,
      lastError:
        lastError && lastError.length > ERROR_LIMIT ? `${lastError.slice(0, ERROR_LIMIT)}…` : lastError,
    };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '?';
  }
}
