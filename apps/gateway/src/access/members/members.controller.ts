import { Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import { PageOf, PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from '../sign-in/csrf-token-header';
import { invalid, parseJsonBody } from '../sign-in/json-body';
import { AddMemberDto, UpdateMemberDto, roleProblems } from './members.dto';
import { AddedMember, Member, MembersService } from './members.service';

/** People of an organisation and their roles; an organisation always keeps at least one owner. */
@ApiTags('members')
@ApiParam({ name: 'organisationId', format: 'uuid' })
@Controller('api/v1/organisations/:organisationId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @ApiOperation({ operationId: 'listOrganisationMembers', summary: "List the organisation's members" })
  @ApiOkResponse({ type: PageOf(Member, 'OrganisationMemberPage') })
  @RequiresScope('members:manage')
  @Get()
  async list(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<Member>> {
    await this.members.authorise(principal, organisationId);
    return this.members.list(organisationId, query.limit ?? 50, query.cursor);
  }

  @ApiOperation({ operationId: 'getOrganisationMember', summary: 'Get one member and their roles' })
  @ApiParam({ name: 'personId', format: 'uuid' })
  @ApiOkResponse({ type: Member })
  @RequiresScope('members:manage')
  @Get(':personId')
  async get(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('personId', ParseIdPipe) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Member> {
    await this.members.authorise(principal, organisationId);
    return this.members.get(organisationId, personId);
  }

  /** Adds a person by e-mail (creating them if new) and answers a one-time set-password token for a new account. */
  @ApiOperation({
    operationId: 'addOrganisationMember',
    summary: 'Add a person by e-mail with roles (creating their account if new)',
  })
  @ApiBody({ type: AddMemberDto })
  @ApiCreatedResponse({ type: AddedMember })
  @ProblemResponses(409)
  @CsrfTokenHeader()
  @RequiresScope('members:manage')
  @Post()
  async add(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<AddedMember> {
    const body = parseJsonBody(AddMemberDto, request);
    const problems = roleProblems(body.roles);
    if (problems.length) throw invalid(problems);
    await this.members.authorise(principal, organisationId);
    return this.members.add(organisationId, body);
  }

  @ApiOperation({
    operationId: 'updateOrganisationMember',
    summary: "Replace a member's roles in this organisation",
  })
  @ApiParam({ name: 'personId', format: 'uuid' })
  @ApiBody({ type: UpdateMemberDto })
  @ApiOkResponse({ type: Member })
  @ProblemResponses(409)
  @CsrfTokenHeader()
  @RequiresScope('members:manage')
  @Patch(':personId')
  async update(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('personId', ParseIdPipe) personId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Member> {
    const body = parseJsonBody(UpdateMemberDto, request);
    const problems = roleProblems(body.roles);
    if (problems.length) throw invalid(problems);
    await this.members.authorise(principal, organisationId);
    return this.members.replaceRoles(organisationId, personId, body.roles);
  }

  @ApiOperation({
    operationId: 'removeOrganisationMember',
    summary: 'Remove a person from the organisation (never its last owner)',
  })
  @ApiParam({ name: 'personId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The person holds no role here any more' })
  @ProblemResponses(409)
  @CsrfTokenHeader()
  @RequiresScope('members:manage')
  @Delete(':personId')
  @HttpCode(204)
  async remove(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('personId', ParseIdPipe) personId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.members.authorise(principal, organisationId);
    await this.members.remove(organisationId, personId);
  }
}
