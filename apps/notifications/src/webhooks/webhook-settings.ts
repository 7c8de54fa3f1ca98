import { parseDurations } from './delivery/retry-schedule';

export interface WebhookSettings {
  /** For the workers' LISTEN connection. */
  databaseUrl: string;
  encryptionKey: string;
  allowedNetworks: string[];
  allowHttp: boolean;
  retryDelaysMs: number[];
  disableAfterMs: number;
  timeoutMs: number;
  workerConcurrency: number;
  endpointConcurrency: number;
  eventRetentionDays: number;
}

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');

/** The environment's webhook settings (NotificationsEnvironment, "webhooks" section). */
export interface WebhookEnvironment {
  DATABASE_URL: string;
  WEBHOOK_SECRET_ENCRYPTION_KEY: string;
  WEBHOOK_ALLOWED_NETWORKS: string[];
  WEBHOOK_ALLOW_HTTP: boolean;
  WEBHOOK_RETRY_SCHEDULE: string;
  WEBHOOK_DISABLE_AFTER: string;
  WEBHOOK_TIMEOUT_MS: number;
  WEBHOOK_WORKER_CONCURRENCY: number;
  WEBHOOK_ENDPOINT_CONCURRENCY: number;
  WEBHOOK_EVENT_RETENTION_DAYS: number;
}

export function webhookSettingsOf(env: WebhookEnvironment): WebhookSettings {
  return {
    databaseUrl: env.DATABASE_URL,
    encryptionKey: env.WEBHOOK_SECRET_ENCRYPTION_KEY,
    allowedNetworks: env.WEBHOOK_ALLOWED_NETWORKS,
    allowHttp: env.WEBHOOK_ALLOW_HTTP,
    retryDelaysMs: parseDurations(env.WEBHOOK_RETRY_SCHEDULE),
    disableAfterMs: parseDurations(env.WEBHOOK_DISABLE_AFTER)[0] as number,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    workerConcurrency: env.WEBHOOK_WORKER_CONCURRENCY,
    endpointConcurrency: env.WEBHOOK_ENDPOINT_CONCURRENCY,
    eventRetentionDays: env.WEBHOOK_EVENT_RETENTION_DAYS,
  };
}
