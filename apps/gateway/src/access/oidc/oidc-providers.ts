import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import { ProblemException } from '@jiyn/problems';
import { SecretBox } from '../people/secret-box';
import { isLoopbackIssuer } from './oidc.dto';

export interface OidcSettings {
  organisationId: string;
  issuer: string;
  clientId: string;
  allowedEmailDomains: string[];
  updatedAt: Date;
}

const DISCOVERY_FRESH_MS = 10 * 60_000;

/** Each organisation's own OpenID Connect provider; the client secret is stored encrypted (it must be sent). */
@Injectable()
export class OidcProviders {
  private readonly configurations = new Map<
    string,
    { updatedAt: number; at: number; config: client.Configuration }
  >();

  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  async settings(organisationId: string): Promise<OidcSettings | undefined> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT organisation_id, issuer, client_id, allowed_email_domains, updated_at
         FROM access.oidc_providers WHERE organisation_id = $1`,
      [organisationId],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      organisationId,
      issuer: row['issuer'] as string,
      clientId: row['client_id'] as string,
      allowedEmailDomains: row['allowed_email_domains'] as string[],
      updatedAt: row['updated_at'] as Date,
    };
  }

  async save(
    organisationId: string,
    input: { issuer: string; clientId: string; clientSecret?: string; allowedEmailDomains: string[] },
  ): Promise<OidcSettings> {
    const domains = [...new Set(input.allowedEmailDomains.map((domain) => domain.toLowerCase()))];
    const sealed = input.clientSecret === undefined ? null : this.secrets.seal(input.clientSecret);
    if (sealed === null && !(await this.settings(organisationId)))
      throw new ProblemException('validation', { errors: [{ field: 'clientSecret', code: 'isDefined' }] });
    // Without a new secret the stored one stays (coalesce); the insert branch always has one.
    await this.db.query(
      `INSERT INTO access.oidc_providers AS p
         (organisation_id, issuer, client_id, client_secret, allowed_email_domains, updated_at)
       VALUES ($1, $2, $3, coalesce($4, ''), $5, now())
       ON CONFLICT (organisation_id) DO UPDATE SET issuer = $2, client_id = $3,
         client_secret = coalesce($4, p.client_secret), allowed_email_domains = $5, updated_at = now()`,
      [organisationId, input.issuer, input.clientId, sealed, domains],
    );
    this.configurations.delete(organisationId);
    const saved = await this.settings(organisationId);
    if (!saved) throw new Error(`OIDC settings of ${organisationId} are missing right after they were saved`);
    return saved;
  }

  /** The provider's discovered configuration, kept for a while; loopback issuers may use plain http. */
  async configuration(
    organisationId: string,
  ): Promise<{ settings: OidcSettings; config: client.Configuration }> {
    const settings = await this.settings(organisationId);
    if (!settings) throw notConfigured();
    const cached = this.configurations.get(organisationId);
    if (
      cached &&
      cached.updatedAt === settings.updatedAt.getTime() &&
      Date.now() - cached.at < DISCOVERY_FRESH_MS
    )
      return { settings, config: cached.config };
    const [row] = (await this.db.query(
      'SELECT client_secret FROM access.oidc_providers WHERE organisation_id = $1',
      [organisationId],
    )) as { client_secret: string }[];
    // Only when the provider was removed since `settings` was read.
    if (!row) throw notConfigured();
    let config: client.Configuration;
    try {
      config = await client.discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        client.ClientSecretPost(this.secrets.open(row.client_secret)),
        isLoopbackIssuer(settings.issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      );
    } catch {
      throw new ProblemException('bad-gateway', {
        detail: {
          en: 'The organisation’s sign-in provider could not be reached',
          ru: 'Не удалось связаться с провайдером входа организации',
          kk: 'Ұйымның кіру провайдерімен байланысу мүмкін болмады',
        },
      });
    }
    this.configurations.set(organisationId, {
      updatedAt: settings.updatedAt.getTime(),
      at: Date.now(),
      config,
    });
    return { settings, config };
  }
}

export function notConfigured(): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: 'This organisation has no sign-in provider of its own',
      ru: 'У этой организации нет собственного провайдера входа',
      kk: 'Бұл ұйымның өз кіру провайдері жоқ',
    },
  });
}
