import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequiresScope, allows, type Principal, type Scope } from '@jiyn/auth';
import { PageOf, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemException, ProblemResponses, type FieldProblem } from '@jiyn/problems';
import { CsrfTokenHeader } from '../sign-in/csrf-token-header';
import { JsonBody } from '../json-body.decorator';
import { isBreakGlass, organisationsOf, requireScopeOn } from '../organisation-access';
import { EventOwners } from '../organisations/event-owners';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { ApiKeyListQuery, CreateApiKeyDto, DEFAULT_OVERLAP_SECONDS, RotateApiKeyDto } from './api-key.dto';
import { ApiKeyView, ApiKeysRepository, IssuedApiKey } from './api-keys.repository';
import { LocalCredentialChanges } from './local-credential-changes';

const MANAGE: Scope = 'api-keys:manage';

const notFound = () =>
  new ProblemException('not-found', {
    detail: { en: 'No such API key', ru: 'API-ключ не найден', kk: 'API кілті табылмады' },
  });

/**
 * API keys for systems (a ministry's integration, a check-in app): created by an organisation's
 * owner with at most the owner's own scopes, optionally limited to events, shown once, rotated with
 * an overlap, revoked at once on every gateway.
 */
@ApiTags('api-keys')
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly eventOwners: EventOwners,
    private readonly changes: LocalCredentialChanges,
  ) {}

  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create a key; its secret is in this answer and never shown again',
  })
  @ApiBody({ type: CreateApiKeyDto })
  @ApiCreatedResponse({ type: IssuedApiKey, description: 'The key and its secret, shown this once' })
  @CsrfTokenHeader()
  @RequiresScope(MANAGE)
  @Post()
  async create(
    @CurrentPrincipal() principal: Principal,
    @JsonBody(CreateApiKeyDto) body: CreateApiKeyDto,
  ): Promise<IssuedApiKey> {
    const organisationId = (body.organisationId ?? principal.organisationId)?.toLowerCase();
    if (!organisationId)
      throw new ProblemException('validation', { errors: [{ field: 'organisationId', code: 'isDefined' }] });
    requireScopeOn(principal, MANAGE, organisationId);
    if (!(await this.organisations.find(organisationId)))
      throw new ProblemException('validation', {
        errors: [{ field: 'organisationId', code: 'unknownOrganisation' }],
      });
    // No escalation: a key never holds a scope its creator lacks on that organisation. The break-glass
    // key is the operator bootstrapping (or recovering) an organisation's first owner key: it holds no
    // scope of its own on any organisation, and reaches nothing else.
    const beyond =
      principal.kind === 'break-glass'
        ? []
        : body.scopes.filter((scope) => !allows(principal, scope, { organisationId }));
    if (beyond.length)
      throw new ProblemException('forbidden', {
        detail: {
          en: `A key cannot have scopes its creator does not hold: ${beyond.join(', ')}`,
          ru: `Ключ не может получить области доступа, которых нет у создателя: ${beyond.join(', ')}`,
          kk: `Кілтке жасаушыда жоқ рұқсат аялары берілмейді: ${beyond.join(', ')}`,
        },
        extensions: { requiredScope: beyond[0], scopesNotHeld: beyond },
      });
    const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now())
      throw new ProblemException('validation', {
        errors: [{ field: 'expiresAt', code: 'minDate', args: [new Date().toISOString()] }],
      });
    const eventIds = body.eventIds?.map((id) => id.toLowerCase()) ?? null;
    if (eventIds) await this.assertOwnEvents(eventIds, organisationId);
    return this.keys.create({
      organisationId,
      name: body.name,
      scopes: body.scopes,
      eventIds,
      expiresAt,
      createdBy: principal.id,
    });
  }

  @ApiOperation({
    operationId: 'listApiKeys',
    summary: "List the keys of the caller's organisation (any organisation's for break-glass)",
  })
  @ApiOkResponse({ type: PageOf(ApiKeyView, 'ApiKeyPage') })
  @RequiresScope(MANAGE)
  @Get()
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ApiKeyListQuery,
  ): Promise<Page<ApiKeyView>> {
    const organisationId = query.organisationId?.toLowerCase() ?? principal.organisationId;
    if (organisationId) requireScopeOn(principal, MANAGE, organisationId);
    else if (!isBreakGlass(principal))
      throw new ProblemException('validation', { errors: [{ field: 'organisationId', code: 'isDefined' }] });
    return this.keys.page(organisationId, query);
  }

  @ApiOperation({
    operationId: 'getApiKey',
    summary: 'Get one key: scopes, events, expiry, last use, secret hints (never the secret)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ApiKeyView })
  @RequiresScope(MANAGE)
  @Get(':id')
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ApiKeyView> {
    return this.manageable(principal, id);
  }

  @ApiOperation({
    operationId: 'rotateApiKey',
    summary: 'Issue a new secret; the old one stays valid for the overlap (default one hour)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiBody({ type: RotateApiKeyDto, required: false })
  @ApiCreatedResponse({ type: IssuedApiKey, description: 'The key and its new secret, shown this once' })
  @ProblemResponses(409)
  @CsrfTokenHeader()
  @RequiresScope(MANAGE)
  @Post(':id/rotate')
  async rotate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
    @JsonBody(RotateApiKeyDto) body: RotateApiKeyDto,
  ): Promise<IssuedApiKey> {
    const key = await this.manageable(principal, id);
    const rotated = await this.keys.rotate(id, body.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS);
    this.changes.announce(`api-key:${id}`);
    if (!rotated)
      throw new ProblemException('conflict', {
        detail: {
          en: `A ${key.status} key cannot be rotated; create a new one`,
          ru: `Ключ в состоянии ${key.status} нельзя ротировать; создайте новый`,
          kk: `${key.status} күйіндегі кілтті ауыстыруға болмайды; жаңасын жасаңыз`,
        },
      });
    return rotated;
  }

  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke a key (effective on every gateway within a second)',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ApiKeyView, description: 'The key, now revoked' })
  @CsrfTokenHeader()
  @RequiresScope(MANAGE)
  @Post(':id/revoke')
  @HttpCode(200)
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ApiKeyView> {
    await this.manageable(principal, id);
    await this.keys.revoke(id);
    this.changes.announce(`api-key:${id}`);
    const revoked = await this.keys.find(id);
    if (!revoked) throw new Error(`API key ${id} disappeared while it was being revoked`);
    return revoked;
  }

  @ApiOperation({ operationId: 'deleteApiKey', summary: 'Revoke a key (the same as POST …/revoke)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The key is revoked' })
  @CsrfTokenHeader()
  @RequiresScope(MANAGE)
  @Delete(':id')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<void> {
    await this.manageable(principal, id);
    await this.keys.revoke(id);
    this.changes.announce(`api-key:${id}`);
  }

  /** The key, if the caller manages keys of its organisation; another organisation's key is a 404. */
  private async manageable(principal: Principal, id: string): Promise<ApiKeyView> {
    const key = await this.keys.find(id);
    if (!key) throw notFound();
    if (!isBreakGlass(principal) && !organisationsOf(principal).includes(key.organisationId))
      throw notFound();
    requireScopeOn(principal, MANAGE, key.organisationId);
    return key;
  }

  /** A key may only be limited to its own organisation's events. */
  private async assertOwnEvents(eventIds: string[], organisationId: string): Promise<void> {
    const errors: FieldProblem[] = [];
    for (const [index, eventId] of eventIds.entries()) {
      const ownership = await this.eventOwners.ownerOf(eventId);
      if (!ownership.found || ownership.organisationId !== organisationId)
        errors.push({ field: `eventIds[${index}]`, code: 'notOwnEvent' });
    }
    if (errors.length) throw new ProblemException('validation', { errors });
  }
}
