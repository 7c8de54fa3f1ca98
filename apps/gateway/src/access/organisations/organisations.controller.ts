import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyCredentialRoute, CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { LocalCredentialChanges } from '../api-keys/local-credential-changes';
import { JsonBody } from '../json-body.decorator';
import { isBreakGlass, organisationsOf, requireScopeOn } from '../organisation-access';
import { EventOwners } from './event-owners';
import {
  CreateEventGrantDto,
  CreateOrganisationDto,
  EventGrantListQuery,
  OrganisationListQuery,
} from './organisation.dto';
import {
  DuplicateError,
  OrganisationsRepository,
  type EventGrant,
  type Organisation,
} from './organisations.repository';

const notFound = () =>
  new ProblemException('not-found', {
    detail: { en: 'No such organisation', ru: 'Организация не найдена', kk: 'Ұйым табылмады' },
  });

/** Organisations (the Ministry, UNDP, an akimat…) and the partner access they give on their events. */
@ApiTags('organisations')
@Controller('api/v1/organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly eventOwners: EventOwners,
    private readonly changes: LocalCredentialChanges,
  ) {}

  @ApiOperation({ summary: 'Create an organisation (the environment break-glass key only)' })
  @ApiBody({ type: CreateOrganisationDto })
  @RequiresScope('members:manage')
  @Post()
  async create(
    @CurrentPrincipal() principal: Principal,
    @JsonBody(CreateOrganisationDto) body: CreateOrganisationDto,
  ): Promise<Organisation> {
    if (!isBreakGlass(principal))
      throw new ProblemException('forbidden', {
        detail: {
          en: 'Only the platform operator (the break-glass key) creates organisations',
          ru: 'Организации создаёт только оператор платформы (аварийный ключ)',
          kk: 'Ұйымдарды тек платформа операторы (апаттық кілт) құрады',
        },
      });
    const name = { ...body.name };
    if (!name.kk && !name.ru && !name.en)
      throw new ProblemException('validation', {
        errors: [{ field: 'name', code: 'multilingualRequired', args: [['kk', 'ru', 'en'].join(' / ')] }],
      });
    try {
      return await this.organisations.create({ slug: body.slug, name, bin: body.bin });
    } catch (error) {
      if (error instanceof DuplicateError)
        throw new ProblemException('validation', {
          errors: [{ field: error.constraint?.includes('bin') ? 'bin' : 'slug', code: 'taken' }],
        });
      throw error;
    }
  }

  @ApiOperation({ summary: "The caller's organisations (all of them for the break-glass key)" })
  @AnyCredentialRoute()
  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OrganisationListQuery,
  ): Promise<Page<Organisation>> {
    return this.organisations.page(isBreakGlass(principal) ? undefined : organisationsOf(principal), query);
  }

  @ApiOperation({ summary: 'One organisation the caller belongs to' })
  @AnyCredentialRoute()
  @Get(':id')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<Organisation> {
    if (!isBreakGlass(principal) && !organisationsOf(principal).includes(id)) throw notFound();
    const organisation = await this.organisations.find(id);
    if (!organisation) throw notFound();
    return organisation;
  }

  @ApiOperation({ summary: 'Give a partner organisation a role on one of this organisation’s events' })
  @ApiBody({ type: CreateEventGrantDto })
  @RequiresScope('members:manage')
  @Post(':id/event-grants')
  async grant(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @JsonBody(CreateEventGrantDto) body: CreateEventGrantDto,
  ): Promise<EventGrant> {
    await this.ownOrganisation(principal, id);
    const partnerId = body.partnerOrganisationId.toLowerCase();
    if (partnerId === id || !(await this.organisations.find(partnerId)))
      throw new ProblemException('validation', {
        errors: [{ field: 'partnerOrganisationId', code: 'unknownOrganisation' }],
      });
    const eventId = body.eventId.toLowerCase();
    const ownership = await this.eventOwners.ownerOf(eventId);
    if (!ownership.found || ownership.organisationId !== id)
      throw new ProblemException('validation', { errors: [{ field: 'eventId', code: 'notOwnEvent' }] });
    try {
      const grant = await this.organisations.createEventGrant({
        organisationId: id,
        eventId,
        partnerOrganisationId: partnerId,
        role: body.role,
        personalData: body.personalData ?? false,
        createdBy: principal.id,
      });
      this.changes.announce(`organisation:${partnerId}`);
      return grant;
    } catch (error) {
      if (error instanceof DuplicateError)
        throw new ProblemException('conflict', {
          detail: {
            en: 'This partner already has a grant on this event; delete it first to change it',
            ru: 'У партнёра уже есть доступ к этому мероприятию; чтобы изменить, сначала удалите его',
            kk: 'Серіктестің бұл іс-шараға рұқсаты бар; өзгерту үшін алдымен оны жойыңыз',
          },
        });
      throw error;
    }
  }

  @ApiOperation({ summary: 'Partner access this organisation gave on its events' })
  @RequiresScope('members:manage')
  @Get(':id/event-grants')
  async grants(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: EventGrantListQuery,
  ): Promise<Page<EventGrant>> {
    await this.ownOrganisation(principal, id);
    return this.organisations.eventGrants(id, query);
  }

  @ApiOperation({ summary: 'Withdraw a partner’s access (effective on every gateway within a second)' })
  @RequiresScope('members:manage')
  @HttpCode(204)
  @Delete(':id/event-grants/:grantId')
  async revokeGrant(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('grantId', ParseIdPipe) grantId: string,
  ): Promise<void> {
    await this.ownOrganisation(principal, id);
    const partnerId = await this.organisations.deleteEventGrant(id, grantId);
    if (!partnerId)
      throw new ProblemException('not-found', {
        detail: { en: 'No such grant', ru: 'Доступ не найден', kk: 'Рұқсат табылмады' },
      });
    this.changes.announce(`organisation:${partnerId}`);
  }

  /** The organisation exists and the caller manages its members (owner), else 404/403. */
  private async ownOrganisation(principal: Principal, id: string): Promise<void> {
    if (!isBreakGlass(principal) && !organisationsOf(principal).includes(id)) throw notFound();
    requireScopeOn(principal, 'members:manage', id);
    if (!(await this.organisations.find(id))) throw notFound();
  }
}
