import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  applyDecorators,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import {
  AnyCredentialRoute,
  CurrentPrincipal,
  RequiresScope,
  SECURITY_SCHEMES,
  type Principal,
} from '@jiyn/auth';
import { PageOf, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemException, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from '../sign-in/csrf-token-header';
import { LocalCredentialChanges } from '../api-keys/local-credential-changes';
import { JsonBody } from '../json-body.decorator';
import { isBreakGlass, organisationsOf, requireScopeOn } from '../organisation-access';
import { EventOwners } from './event-owners';
import type { Multilingual } from '@jiyn/kz';
import { brandColourProblems } from './brand-colour';
import {
  CreateEventGrantDto,
  CreateOrganisationDto,
  EventGrantListQuery,
  OrganisationListQuery,
  UpdateOrganisationDto,
  type EmailFooterDto,
} from './organisation.dto';
import {
  DuplicateError,
  OrganisationsRepository,
  EventGrant,
  Organisation,
} from './organisations.repository';

/** Any credential: each scheme a caller may present, with no scope asked. */
const AnyCredential = () => applyDecorators(...SECURITY_SCHEMES.map((scheme) => ApiSecurity(scheme)));

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

  @ApiOperation({
    operationId: 'createOrganisation',
    summary: 'Create an organisation (the environment break-glass key only)',
  })
  @ApiBody({ type: CreateOrganisationDto })
  @ApiCreatedResponse({ type: Organisation, description: 'The new organisation' })
  @CsrfTokenHeader()
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

  @ApiOperation({
    operationId: 'listOrganisations',
    summary: "List the caller's organisations (all of them for the break-glass key)",
  })
  @ApiOkResponse({ type: PageOf(Organisation, 'OrganisationPage') })
  @AnyCredentialRoute()
  @AnyCredential()
  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: OrganisationListQuery,
  ): Promise<Page<Organisation>> {
    return this.organisations.page(isBreakGlass(principal) ? undefined : organisationsOf(principal), query);
  }

  @ApiOperation({ operationId: 'getOrganisation', summary: 'Get one organisation the caller belongs to' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: Organisation })
  @AnyCredentialRoute()
  @AnyCredential()
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

  @ApiOperation({
    operationId: 'updateOrganisation',
    summary: "Change the organisation's e-mail branding: colour, logo and signature (its owner)",
    description:
      'Every e-mail about the organisation’s events shows its logo and name on its colour and ends with ' +
      'its signature in the reader’s language. A field left out stays as it is; null clears it. ' +
      'Messages written from then on use it (within five minutes: the e-mail service keeps what it ' +
      'read that long). Name, slug and BIN stay as the platform operator set them.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: UpdateOrganisationDto })
  @ApiOkResponse({ type: Organisation })
  @CsrfTokenHeader()
  @RequiresScope('members:manage')
  @Patch(':id')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @JsonBody(UpdateOrganisationDto) body: UpdateOrganisationDto,
  ): Promise<Organisation> {
    const problems = brandColourProblems(body.brandColour);
    if (problems.length) throw new ProblemException('validation', { errors: problems });
    await this.ownOrganisation(principal, id);
    const updated = await this.organisations.updateBranding(id, {
      brandColour: body.brandColour,
      logoUrl: body.logoUrl,
      emailFooter: body.emailFooter === undefined ? undefined : footerOf(body.emailFooter),
    });
    if (!updated) throw notFound();
    return updated;
  }

  @ApiOperation({
    operationId: 'createOrganisationEventGrant',
    summary: 'Give a partner organisation a role on one of this organisation’s events',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: CreateEventGrantDto })
  @ApiCreatedResponse({ type: EventGrant })
  @ProblemResponses(409)
  @CsrfTokenHeader()
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

  @ApiOperation({
    operationId: 'listOrganisationEventGrants',
    summary: 'List the partner access this organisation gave on its events',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: PageOf(EventGrant, 'OrganisationEventGrantPage') })
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

  @ApiOperation({
    operationId: 'deleteOrganisationEventGrant',
    summary: 'Withdraw a partner’s access (effective on every gateway within a second)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'grantId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The grant is gone' })
  @CsrfTokenHeader()
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

/** The signature as kept: lines trimmed, line breaks as \n, empty languages left out; none at all is null. */
function footerOf(footer: EmailFooterDto | null): Multilingual | null {
  if (!footer) return null;
  const kept: Multilingual = {};
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const text = footer[lang]
      ?.split(/\r\n?|\n/)
      .map((line) => line.trim())
      .join('\n')
      .trim();
    if (text) kept[lang] = text;
  }
  return Object.keys(kept).length ? kept : null;
}
