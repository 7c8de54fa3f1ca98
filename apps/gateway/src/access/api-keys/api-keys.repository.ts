import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SCOPES, type Scope } from '@jiyn/auth';
import { decodeTimestampCursor, toPage, type Page } from '@jiyn/persistence';
import { digestApiKey, generateApiKey, hintOf } from './api-key-format';
import { announceCredentialChange } from './credential-changes';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** A valid secret of a key, by its hint: the secret itself is never shown again. */
@ApiSchema({ name: 'ApiKeySecretHint' })
export class ApiKeySecretHint {
  @ApiProperty({ example: 'jiyn_…x7Qa', description: 'The prefix and the last four characters' })
  hint!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When a rotated-out secret stops working; null for the current one',
  })
  validUntil!: string | null;
}

/** What is shown of a key: never its secret, only the hints of its valid secrets. */
@ApiSchema({ name: 'ApiKey' })
export class ApiKeyView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty({ example: 'Ministry registrations sync' })
  name!: string;

  @ApiProperty({ enum: SCOPES, enumName: 'AccessScope', isArray: true })
  scopes!: Scope[];

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    nullable: true,
    description: 'The events the key is limited to; null: every event of the organisation',
  })
  eventIds!: string[] | null;

  @ApiProperty({ enum: ['active', 'expired', 'revoked'], enumName: 'ApiKeyStatus' })
  status!: ApiKeyStatus;

  @ApiProperty({
    type: ApiKeySecretHint,
    isArray: true,
    description: "Valid secrets, newest first; an older one is valid until the end of its rotation's overlap",
  })
  secrets!: ApiKeySecretHint[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt!: string | null;

  @ApiProperty({ description: 'Principal id of the creator' })
  createdBy!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** The answer to creating or rotating a key: the only time its secret is shown. */
@ApiSchema({ name: 'IssuedApiKey' })
export class IssuedApiKey {
  @ApiProperty({ type: ApiKeyView })
  apiKey!: ApiKeyView;

  @ApiProperty({
    pattern: '^jiyn_[0-9A-Za-z]{38}$',
    example: 'jiyn_4Fq9ZbT0kLmN2pQrS7uVwXyZ1a3B5c7D9eGh2K',
    description: 'The key to send (`Authorization: Bearer …` or `X-Api-Key`); shown in this answer only',
  })
  secret!: string;
}

/** What the resolver needs of a presented secret's key. */
export interface StoredCredential {
  keyId: string;
  organisationId: string;
  scopes: Scope[];
  eventIds: string[] | null;
  expiresAt: number | null;
  revokedAt: number | null;
  /** When this secret stops (end of a rotation's overlap); null while it is the current one. */
  secretValidUntil: number | null;
}

interface KeyRow {
  id: string;
  organisation_id: string;
  name: string;
  scopes: Scope[];
  event_ids: string[] | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
  created_by: string;
  created_at: Date;
  secrets: { hint: string; created_at: string; valid_until: string | null }[];
}

const SELECT_KEY = `
  SELECT k.*, coalesce((
    SELECT json_agg(json_build_object('hint', s.hint, 'created_at', s.created_at, 'valid_until', s.valid_until)
                    ORDER BY s.created_at DESC)
      FROM access.api_key_secrets s
     WHERE s.api_key_id = k.id AND (s.valid_until IS NULL OR s.valid_until > now())
  ), '[]') AS secrets
  FROM access.api_keys k`;

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates a key and its first secret; the secret is returned here and never again. */
  async create(input: {
    organisationId: string;
    name: string;
    scopes: Scope[];
    eventIds: string[] | null;
    expiresAt: Date | null;
    createdBy: string;
  }): Promise<IssuedApiKey> {
    const id = randomUUID();
    const secret = generateApiKey();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO access.api_keys (id, organisation_id, name, scopes, event_ids, expires_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, date_trunc('milliseconds', clock_timestamp()))`,
        [
          id,
          input.organisationId,
          input.name,
          input.scopes,
          input.eventIds,
          input.expiresAt,
          input.createdBy,
        ],
      );
      await insertSecret(manager.query.bind(manager), id, secret);
    });
    return { apiKey: await this.written(id), secret };
  }

  /** A key this repository has just written (and committed), so it must be there. */
  private async written(id: string): Promise<ApiKeyView> {
    const apiKey = await this.find(id);
    if (!apiKey) throw new Error(`API key ${id} is missing right after it was written`);
    return apiKey;
  }

  async find(id: string): Promise<ApiKeyView | undefined> {
    const rows = (await this.dataSource.query(`${SELECT_KEY} WHERE k.id = $1`, [id])) as KeyRow[];
    return rows[0] && toView(rows[0]);
  }

  /** A page in creation order; `organisationId` undefined lists every organisation's (break-glass). */
  async page(
    organisationId: string | undefined,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<ApiKeyView>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const rows = (await this.dataSource.query(
      `${SELECT_KEY}
        WHERE ($1::uuid IS NULL OR k.organisation_id = $1)
          AND ($2::timestamptz IS NULL OR (k.created_at, k.id) > ($2::timestamptz, $3::uuid))
        ORDER BY k.created_at, k.id LIMIT $4`,
      [organisationId ?? null, after?.key ?? null, after?.id ?? null, limit + 1],
    )) as KeyRow[];
    return toPage(rows.map(toView), limit, (row) => ({ key: row.createdAt, id: row.id }));
  }

  /**
   * A new secret; every older one stays valid for the overlap (never longer than it already was).
   * Undefined when the key is unknown, revoked or expired.
   */
  async rotate(id: string, overlapSeconds: number): Promise<IssuedApiKey | undefined> {
    const secret = generateApiKey();
    const rotated = await this.dataSource.transaction(async (manager) => {
      const locked = (await manager.query(
        `SELECT id FROM access.api_keys
          WHERE id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) FOR UPDATE`,
        [id],
      )) as { id: string }[];
      if (!locked.length) return false;
      await manager.query(
        `UPDATE access.api_key_secrets
            SET valid_until = least(coalesce(valid_until, 'infinity'), now() + make_interval(secs => $2))
          WHERE api_key_id = $1`,
        [id, overlapSeconds],
      );
      await insertSecret(manager.query.bind(manager), id, secret);
      await announceCredentialChange(manager, `api-key:${id}`);
      return true;
    });
    return rotated ? { apiKey: await this.written(id), secret } : undefined;
  }

  /** Revokes at once on every gateway; false when the key is unknown (revoking twice is a no-op). */
  async revoke(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE access.api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id`,
        [id],
      )) as [unknown[], number];
      if (!rows[0].length) return false;
      await announceCredentialChange(manager, `api-key:${id}`);
      return true;
    });
  }

  /** The key a secret's digest belongs to, valid or not (the resolver says which refusal applies). */
  async lookup(digest: Buffer): Promise<StoredCredential | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT k.id, k.organisation_id, k.scopes, k.event_ids, k.expires_at, k.revoked_at, s.valid_until
         FROM access.api_key_secrets s JOIN access.api_keys k ON k.id = s.api_key_id
        WHERE s.digest = $1`,
      [digest],
    )) as {
      id: string;
      organisation_id: string;
      scopes: Scope[];
      event_ids: string[] | null;
      expires_at: Date | null;
      revoked_at: Date | null;
      valid_until: Date | null;
    }[];
    const row = rows[0];
    if (!row) return undefined;
    return {
      keyId: row.id,
      organisationId: row.organisation_id,
      scopes: row.scopes,
      eventIds: row.event_ids,
      expiresAt: row.expires_at?.getTime() ?? null,
      revokedAt: row.revoked_at?.getTime() ?? null,
      secretValidUntil: row.valid_until?.getTime() ?? null,
    };
  }

  /** One statement for a batch of uses; never moves lastUsedAt backwards. */
  async recordUses(uses: Map<string, number>): Promise<void> {
    if (!uses.size) return;
    await this.dataSource.query(
      `UPDATE access.api_keys k SET last_used_at = greatest(k.last_used_at, u.at)
         FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, at) WHERE k.id = u.id`,
      [[...uses.keys()], [...uses.values()].map((at) => new Date(at))],
    );
  }
}

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

async function insertSecret(query: Query, keyId: string, secret: string): Promise<void> {
  await query(
    `INSERT INTO access.api_key_secrets (digest, api_key_id, hint, created_at)
     VALUES ($1, $2, $3, date_trunc('milliseconds', clock_timestamp()))`,
    [digestApiKey(secret), keyId, hintOf(secret)],
  );
}

function toView(row: KeyRow): ApiKeyView {
  const now = Date.now();
  const status: ApiKeyStatus = row.revoked_at
    ? 'revoked'
    : row.expires_at && row.expires_at.getTime() <= now
      ? 'expired'
      : 'active';
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    scopes: row.scopes,
    eventIds: row.event_ids,
    status,
    secrets: row.secrets.map((secret) => ({
      hint: secret.hint,
      createdAt: new Date(secret.created_at).toISOString(),
      validUntil: secret.valid_until ? new Date(secret.valid_until).toISOString() : null,
    })),
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
