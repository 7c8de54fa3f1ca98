import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiExtraModels, ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ROLES, type Role } from '@jiyn/auth';
import type { Lang, Multilingual } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';
import { decodeTimestampCursor, isUniqueViolation, toPage, type Page } from '@jiyn/persistence';
import { announceCredentialChange } from '../api-keys/credential-changes';
import { EmailFooterDto, NULLABLE_EMAIL_FOOTER, SLUG_PATTERN } from './organisation.dto';

/** An organisation as answered (a class so the OpenAPI document describes it). */
@ApiSchema({ name: 'Organisation' })
@ApiExtraModels(EmailFooterDto)
export class Organisation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ pattern: SLUG_PATTERN.source, example: 'mci' })
  slug!: string;

  @ApiProperty({ type: MultilingualTextDto, description: 'The name in Kazakh, Russian and English' })
  name!: Multilingual;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^\\d{12}$',
    example: '990340005977',
    description: 'Business identification number (БИН)',
  })
  bin!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^#[0-9a-f]{6}$',
    example: '#0b5cad',
    description: "The e-mail header band's and buttons' colour; null: the platform's",
  })
  brandColour!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uri',
    example: 'https://www.gov.kz/uploads/mci/logo-320x96.png',
    description: 'The logo above every e-mail; null: none',
  })
  logoUrl!: string | null;

  @ApiProperty({
    ...NULLABLE_EMAIL_FOOTER,
    description: 'The signature under every e-mail, per language; null: none',
  } as never)
  emailFooter!: Multilingual | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** An organisation's e-mail branding as changed: a field left out stays, null clears it. */
export interface BrandingChange {
  brandColour?: string | null;
  logoUrl?: string | null;
  emailFooter?: Multilingual | null;
}

/** A partner organisation's role on one event of the granting organisation. */
@ApiSchema({ name: 'OrganisationEventGrant' })
export class EventGrant {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'The granting organisation (owner of the event)' })
  organisationId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ format: 'uuid', description: 'The partner organisation given access' })
  partnerOrganisationId!: string;

  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  role!: Role;

  @ApiProperty({ description: 'Unmasked IIN, phone, e-mail and birth date' })
  personalData!: boolean;

  @ApiProperty({ example: 'api-key:3f0c2d3e-8f5b-4a57-9d6e-2b1c0a9e7f41', description: 'Principal id' })
  createdBy!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

interface OrganisationRow {
  id: string;
  slug: string;
  name: Multilingual;
  bin: string | null;
  brand_colour: string | null;
  logo_url: string | null;
  email_footer: Multilingual | null;
  created_at: Date;
}

interface EventGrantRow {
  id: string;
  organisation_id: string;
  event_id: string;
  partner_organisation_id: string;
  role: Role;
  personal_data: boolean;
  created_by: string;
  created_at: Date;
}

/** An owner of an organisation as the notifications service writes to them (read at send time, kept nowhere). */
export interface OwnerContact {
  personId: string;
  email: string;
  displayName: string;
  preferredLanguage: Lang;
}

export class DuplicateError extends Error {
  constructor(readonly constraint: string | undefined) {
    super('duplicate');
  }
}

/** Organisations and the partner access they give on their events (schema `access`). */
@Injectable()
export class OrganisationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: { slug: string; name: Multilingual; bin?: string }): Promise<Organisation> {
    try {
      const rows = (await this.dataSource.query(
        `INSERT INTO access.organisations (id, slug, name, bin, created_at)
         VALUES ($1, $2, $3, $4, date_trunc('milliseconds', clock_timestamp())) RETURNING *`,
        [randomUUID(), input.slug, JSON.stringify(input.name), input.bin ?? null],
      )) as OrganisationRow[];
      const [row] = rows;
      if (!row) throw new Error('INSERT … RETURNING gave no organisation row');
      return toOrganisation(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateError((error as { constraint?: string }).constraint);
      throw error;
    }
  }

  async find(id: string): Promise<Organisation | undefined> {
    const rows = (await this.dataSource.query('SELECT * FROM access.organisations WHERE id = $1', [
      id,
    ])) as OrganisationRow[];
    return rows[0] && toOrganisation(rows[0]);
  }

  /** Changes the branding fields given; undefined when there is no such organisation. */
  async updateBranding(id: string, change: BrandingChange): Promise<Organisation | undefined> {
    const rows = (await this.dataSource.query(
      `UPDATE access.organisations SET
          brand_colour = CASE WHEN $2 THEN $3 ELSE brand_colour END,
          logo_url = CASE WHEN $4 THEN $5 ELSE logo_url END,
          email_footer = CASE WHEN $6 THEN $7::jsonb ELSE email_footer END
        WHERE id = $1 RETURNING *`,
      [
        id,
        change.brandColour !== undefined,
        change.brandColour?.toLowerCase() ?? null,
        change.logoUrl !== undefined,
        change.logoUrl ?? null,
        change.emailFooter !== undefined,
        change.emailFooter ? JSON.stringify(change.emailFooter) : null,
      ],
    )) as [OrganisationRow[], number];
    const [row] = rows[0];
    return row && toOrganisation(row);
  }

  /** The people holding the owner role on the whole organisation, with what it takes to write to them. */
  async owners(id: string): Promise<OwnerContact[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.email, p.display_name, p.preferred_language
         FROM access.memberships m JOIN access.people p ON p.id = m.person_id
        WHERE m.organisation_id = $1 AND m.role = 'owner' AND m.event_id IS NULL
        ORDER BY p.id`,
      [id],
    )) as { id: string; email: string; display_name: string; preferred_language: Lang }[];
    return rows.map((row) => ({
      personId: row.id,
      email: row.email,
      displayName: row.display_name,
      preferredLanguage: row.preferred_language,
    }));
  }

  async findBySlug(slug: string): Promise<Organisation | undefined> {
    const rows = (await this.dataSource.query('SELECT * FROM access.organisations WHERE slug = $1', [
      slug,
    ])) as OrganisationRow[];
    return rows[0] && toOrganisation(rows[0]);
  }

  /** A page in creation order; `onlyIds` limits it to the caller's organisations (undefined: all). */
  async page(
    onlyIds: string[] | undefined,
    page: { cursor?: string; limit?: number; slug?: string },
  ): Promise<Page<Organisation>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const rows = (await this.dataSource.query(
      `SELECT * FROM access.organisations
        WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
          AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
          AND ($5::text IS NULL OR slug = $5)
        ORDER BY created_at, id LIMIT $4`,
      [onlyIds ?? null, after?.key ?? null, after?.id ?? null, limit + 1, page.slug ?? null],
    )) as OrganisationRow[];
    return toPage(rows.map(toOrganisation), limit, (row) => ({ key: row.createdAt, id: row.id }));
  }

  async createEventGrant(input: Omit<EventGrant, 'id' | 'createdAt'>): Promise<EventGrant> {
    return this.dataSource.transaction(async (manager) => {
      try {
        const rows = (await manager.query(
          `INSERT INTO access.event_grants
             (id, organisation_id, event_id, partner_organisation_id, role, personal_data, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, date_trunc('milliseconds', clock_timestamp())) RETURNING *`,
          [
            randomUUID(),
            input.organisationId,
            input.eventId,
            input.partnerOrganisationId,
            input.role,
            input.personalData,
            input.createdBy,
          ],
        )) as EventGrantRow[];
        const [row] = rows;
        if (!row) throw new Error('INSERT … RETURNING gave no event grant row');
        await announceCredentialChange(manager, `organisation:${input.partnerOrganisationId}`);
        return toEventGrant(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateError('event_grants_event_id_partner');
        throw error;
      }
    });
  }

  async eventGrants(
    organisationId: string,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<EventGrant>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const rows = (await this.dataSource.query(
      `SELECT * FROM access.event_grants
        WHERE organisation_id = $1
          AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [organisationId, after?.key ?? null, after?.id ?? null, limit + 1],
    )) as EventGrantRow[];
    return toPage(rows.map(toEventGrant), limit, (row) => ({ key: row.createdAt, id: row.id }));
  }

  /** Removes a grant; every gateway is told. The partner's id, or undefined when there was none. */
  async deleteEventGrant(organisationId: string, grantId: string): Promise<string | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `DELETE FROM access.event_grants WHERE id = $1 AND organisation_id = $2
         RETURNING partner_organisation_id`,
        [grantId, organisationId],
      )) as [{ partner_organisation_id: string }[], number];
      const deleted = rows[0][0];
      if (!deleted) return undefined;
      await announceCredentialChange(manager, `organisation:${deleted.partner_organisation_id}`);
      return deleted.partner_organisation_id;
    });
  }
}

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    bin: row.bin,
    brandColour: row.brand_colour,
    logoUrl: row.logo_url,
    emailFooter: row.email_footer,
    createdAt: row.created_at.toISOString(),
  };
}

function toEventGrant(row: EventGrantRow): EventGrant {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    eventId: row.event_id,
    partnerOrganisationId: row.partner_organisation_id,
    role: row.role,
    personalData: row.personal_data,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
