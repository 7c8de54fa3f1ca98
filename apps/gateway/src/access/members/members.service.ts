import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ROLES, type Principal, type Role } from '@jiyn/auth';
import { decodeCursor, encodeCursor, runInTransaction, type Page } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { requireScopeOn } from '../organisation-access';
import { newToken } from '../people/one-time-tokens';
import { Clock } from '../sign-in/clock';
import type { AddMemberDto, RoleAssignmentDto } from './members.dto';

/** How long a set-password link stays valid. */
export const SET_PASSWORD_TOKEN_HOURS = 72;

/** One role a member holds: on the whole organisation, or on one of its events. */
@ApiSchema({ name: 'OrganisationMemberRole' })
export class MemberRole {
  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  role!: Role;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The event the role is limited to; null: the whole organisation',
  })
  eventId!: string | null;

  @ApiProperty({ description: 'Unmasked IIN, phone, e-mail and birth date on top of the role' })
  personalData!: boolean;
}

/** A person of an organisation with their roles there. */
@ApiSchema({ name: 'OrganisationMember' })
export class Member {
  @ApiProperty({ format: 'uuid' })
  personId!: string;

  @ApiProperty({ format: 'email', example: 'aigerim@mci.gov.kz' })
  email!: string;

  @ApiProperty({ example: 'Айгерім Серікқызы' })
  displayName!: string;

  @ApiProperty({ enum: ['kk', 'ru', 'en'], enumName: 'AccessLanguage' })
  preferredLanguage!: string;

  @ApiProperty({ description: 'False until the person redeems their set-password token' })
  passwordSet!: boolean;

  @ApiProperty({ description: 'Whether sign-in asks for an authenticator code' })
  totpEnabled!: boolean;

  @ApiProperty({ type: MemberRole, isArray: true })
  roles!: MemberRole[];
}

@ApiSchema({ name: 'AddedOrganisationMember' })
export class AddedMember {
  @ApiProperty({ type: Member })
  member!: Member;

  // Inline, not a reference: a nullable reference is not expressible in OpenAPI 3.0's `nullable`.
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['token', 'expiresAt'],
    properties: {
      token: {
        type: 'string',
        description: 'Redeem with POST /api/v1/auth/set-password; shown in this answer only',
      },
      expiresAt: { type: 'string', format: 'date-time' },
    },
    description:
      'Present when the person has no password yet: hand it to them (no e-mail is sent yet); null otherwise',
  })
  setPassword!: { token: string; expiresAt: string } | null;
}

@Injectable()
export class MembersService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** members:manage on this organisation; the organisation must exist. */
  async authorise(principal: Principal, organisationId: string): Promise<void> {
    requireScopeOn(principal, 'members:manage', organisationId);
    const rows: unknown[] = await this.db.query('SELECT 1 FROM access.organisations WHERE id = $1', [
      organisationId,
    ]);
    if (!rows.length) throw new ProblemException('not-found');
  }

  async list(organisationId: string, limit: number, cursor: string | undefined): Promise<Page<Member>> {
    const after = decodeCursor(cursor);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT p.id, p.email FROM access.people p
        WHERE EXISTS (SELECT 1 FROM access.memberships m WHERE m.person_id = p.id AND m.organisation_id = $1)
          AND ($2::text IS NULL OR p.email > $2)
        ORDER BY p.email LIMIT $3`,
      [organisationId, after?.key ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const members = await this.members(
      this.db.manager,
      organisationId,
      page.map((row) => row['id'] as string),
    );
    const last = page[page.length - 1];
    return {
      items: members,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ key: last['email'] as string, id: last['id'] as string })
          : null,
    };
  }

  async get(organisationId: string, personId: string): Promise<Member> {
    const [member] = await this.members(this.db.manager, organisationId, [personId]);
    if (!member) throw new ProblemException('not-found');
    return member;
  }

  async add(organisationId: string, input: AddMemberDto): Promise<AddedMember> {
    const email = input.email.trim().toLowerCase();
    return runInTransaction(this.db, async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      const existing: Record<string, unknown>[] = await manager.query(
        'SELECT id, password_hash IS NOT NULL AS password_set FROM access.people WHERE email = $1 FOR UPDATE',
        [email],
      );
      let personId = existing[0]?.['id'] as string | undefined;
      if (personId) {
        const already: unknown[] = await manager.query(
          'SELECT 1 FROM access.memberships WHERE organisation_id = $1 AND person_id = $2 LIMIT 1',
          [organisationId, personId],
        );
        if (already.length)
          throw new ProblemException('conflict', {
            detail: {
              en: `${email} is already a member; change their roles with PATCH`,
              ru: `${email} уже состоит в организации; измените роли через PATCH`,
              kk: `${email} ұйымның мүшесі; рөлдерін PATCH арқылы өзгертіңіз`,
            },
            extensions: { personId },
          });
      } else {
        personId = randomUUID();
        await manager.query(
          'INSERT INTO access.people (id, email, display_name, preferred_language) VALUES ($1, $2, $3, $4)',
          [personId, email, input.displayName.trim(), input.preferredLanguage],
        );
      }
      await this.insertRoles(manager, organisationId, personId, input.roles);
      const passwordSet = Boolean(existing[0]?.['password_set']);
      const setPassword = passwordSet ? null : await this.issueSetPasswordToken(manager, personId);
      const [member] = await this.members(manager, organisationId, [personId]);
      if (!member) throw new Error(`member ${personId} is missing right after it was added`);
      return { member, setPassword };
    });
  }

  async replaceRoles(organisationId: string, personId: string, roles: RoleAssignmentDto[]): Promise<Member> {
    return runInTransaction(this.db, async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      await this.removeRoles(manager, organisationId, personId);
      await this.insertRoles(manager, organisationId, personId, roles);
      await this.keepAnOwner(manager, organisationId);
      const [member] = await this.members(manager, organisationId, [personId]);
      if (!member) throw new Error(`member ${personId} is missing right after its roles were changed`);
      return member;
    });
  }

  async remove(organisationId: string, personId: string): Promise<void> {
    await runInTransaction(this.db, async (manager) => {
      await this.lockOrganisation(manager, organisationId);
      await this.removeRoles(manager, organisationId, personId);
      await this.keepAnOwner(manager, organisationId);
    });
  }

  /** A new one-time link token (earlier unused ones stop working); only its hash is kept. */
  async issueSetPasswordToken(
    manager: EntityManager,
    personId: string,
  ): Promise<{ token: string; expiresAt: string }> {
    const { token, hash } = newToken('jiyn_setpw_');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SET_PASSWORD_TOKEN_HOURS * 3_600_000);
    await manager.query(
      'UPDATE access.set_password_tokens SET used_at = $2 WHERE person_id = $1 AND used_at IS NULL',
      [personId, now],
    );
    await manager.query(
      'INSERT INTO access.set_password_tokens (token_hash, person_id, expires_at) VALUES ($1, $2, $3)',
      [hash, personId, expiresAt],
    );
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** Serialises membership changes per organisation, so two concurrent removals cannot both pass the owner check. */
  private async lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM access.organisations WHERE id = $1 FOR UPDATE',
      [organisationId],
    );
    if (!rows.length) throw new ProblemException('not-found');
  }

  private async removeRoles(manager: EntityManager, organisationId: string, personId: string): Promise<void> {
    const [, removed] = (await manager.query(
      'DELETE FROM access.memberships WHERE organisation_id = $1 AND person_id = $2',
      [organisationId, personId],
    )) as [unknown, number];
    if (!removed) throw new ProblemException('not-found');
  }

  private async insertRoles(
    manager: EntityManager,
    organisationId: string,
    personId: string,
    roles: RoleAssignmentDto[],
  ): Promise<void> {
    for (const assignment of roles)
      await manager.query(
        `INSERT INTO access.memberships (id, organisation_id, person_id, role, event_id, personal_data)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          randomUUID(),
          organisationId,
          personId,
          assignment.role,
          assignment.eventId ?? null,
          assignment.personalData ?? false,
        ],
      );
  }

  private async keepAnOwner(manager: EntityManager, organisationId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM access.memberships WHERE organisation_id = $1 AND role = 'owner' AND event_id IS NULL LIMIT 1`,
      [organisationId],
    );
    if (!rows.length)
      throw new ProblemException('conflict', {
        detail: {
          en: 'An organisation must keep at least one owner: make someone else owner first',
          ru: 'У организации должен остаться хотя бы один владелец: сначала назначьте владельцем другого',
          kk: 'Ұйымда кемінде бір иесі қалуы керек: алдымен басқа біреуді иесі етіп тағайындаңыз',
        },
        extensions: { rule: 'last-owner' },
      });
  }

  private async members(
    manager: EntityManager,
    organisationId: string,
    personIds: string[],
  ): Promise<Member[]> {
    if (!personIds.length) return [];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT p.id, p.email, p.display_name, p.preferred_language, p.password_hash IS NOT NULL AS password_set,
              p.totp_enabled, m.role, m.event_id, m.personal_data
         FROM access.people p JOIN access.memberships m ON m.person_id = p.id AND m.organisation_id = $1
        WHERE p.id = ANY($2::uuid[])
        ORDER BY p.email, m.role, m.event_id NULLS FIRST`,
      [organisationId, personIds],
    );
    const members = new Map<string, Member>();
    for (const row of rows) {
      const id = row['id'] as string;
      const member = members.get(id) ?? {
        personId: id,
        email: row['email'] as string,
        displayName: row['display_name'] as string,
        preferredLanguage: row['preferred_language'] as string,
        passwordSet: row['password_set'] as boolean,
        totpEnabled: row['totp_enabled'] as boolean,
        roles: [],
      };
      member.roles.push({
        role: row['role'] as Role,
        eventId: (row['event_id'] as string | null) ?? null,
        personalData: row['personal_data'] as boolean,
      });
      members.set(id, member);
    }
    return [...members.values()];
  }
}
