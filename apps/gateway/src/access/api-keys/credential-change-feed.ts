import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { CREDENTIAL_CHANGES_CHANNEL, parseCredentialChange } from './credential-changes';

export interface CredentialChangeFeedOptions {
  databaseUrl: string;
  /** How often the change counter is read, in case a NOTIFY was missed. */
  pollIntervalMs?: number;
  /** Wait before reconnecting a lost LISTEN connection. */
  reconnectDelayMs?: number;
}

/**
 * Tells this gateway when cached credentials changed anywhere: LISTEN on the change channel (a
 * targeted, near-instant signal) plus a poll of the change counter (a few hundred ms) that catches
 * whatever a lost LISTEN connection missed. `onChange(subject)` forgets one subject's entries;
 * `onChange(undefined)` forgets everything.
 */
export class CredentialChangeFeed {
  private listener: pg.Client | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private seenVersion: bigint | undefined;
  private stopped = false;
  private polling = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: CredentialChangeFeedOptions,
    private readonly onChange: (subject: string | undefined) => void,
    private readonly logger?: Logger,
  ) {}

  async start(): Promise<void> {
    this.seenVersion = await this.readVersion();
    await this.listen().catch((error: unknown) => this.listenLost(error));
    this.pollTimer = setInterval(() => void this.poll(), this.options.pollIntervalMs ?? 500);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Whether the LISTEN connection is up (for tests and diagnostics). */
  get listening(): boolean {
    return this.listener !== undefined;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: 'jiyn-gateway-credential-changes',
    });
    client.on('notification', (message) => {
      const change = parseCredentialChange(message.payload);
      if (!change) return this.onChange(undefined);
      if (this.seenVersion === undefined || change.version > this.seenVersion)
        this.seenVersion = change.version;
      this.onChange(change.subject);
    });
    client.on('error', (error) => this.listenLost(error));
    client.on('end', () => this.listenLost(new Error('LISTEN connection ended')));
    await client.connect();
    await client.query(`LISTEN ${CREDENTIAL_CHANGES_CHANNEL}`);
    this.listener = client;
  }

  private listenLost(error: unknown): void {
    if (this.stopped) return;
    const lost = this.listener;
    this.listener = undefined;
    void lost?.end().catch(() => undefined);
    if (this.reconnectTimer) return;
    this.logger?.warn({ err: error }, 'credential change LISTEN lost; polling until it is back');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.stopped) return;
      // What was missed while disconnected is caught by the poll; reconnecting only restores speed.
      this.listen().catch((retryError: unknown) => this.listenLost(retryError));
    }, this.options.reconnectDelayMs ?? 1_000);
    this.reconnectTimer.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      const version = await this.readVersion();
      if (this.seenVersion === undefined || version > this.seenVersion) {
        this.seenVersion = version;
        this.onChange(undefined);
      }
    } catch (error) {
      // The database is away: nothing can be validated anew either; try again on the next tick.
      this.logger?.debug({ err: error }, 'credential change poll failed');
    } finally {
      this.polling = false;
    }
  }

  private async readVersion(): Promise<bigint> {
    const rows = (await this.dataSource.query('SELECT version FROM access.credential_changes')) as {
      version: string;
    }[];
    return BigInt(rows[0]?.version ?? 0);
  }
}
