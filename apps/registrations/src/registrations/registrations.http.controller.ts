import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { RegistrationAccess } from '../access/registration-access';
import { RegistrationViews } from '../access/registration-views';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { ListRegistrationsQuery } from './dto/list-registrations.query';
import { RejectRegistrationDto } from './dto/reject-registration.dto';
import { RegistrationPage, RegistrationView, RegistrationWithTokenView } from './registration.view';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationsService, channelOf } from './registrations.service';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsHttpController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly lifecycle: RegistrationLifecycleService,
    private readonly access: RegistrationAccess,
    private readonly views: RegistrationViews,
  ) {}

  /**
   * 201 with a new registration (and its management token, shown this once), or 200 when an
   * active registration of the event carries the same `externalReference`: that one is updated.
   */
  @Post()
  @RequiresScope('registrations:write')
  @ApiOperation({
    operationId: 'createRegistration',
    summary: 'Register a participant for an event (or update the one with the same externalReference)',
  })
  @ApiCreatedResponse({
    type: RegistrationWithTokenView,
    description: 'Registered; the management token is shown this once',
  })
  @ApiOkResponse({
    type: RegistrationView,
    description: 'An active registration of the event had the same externalReference and was updated',
  })
  @ProblemResponses(404, 409)
  async register(
    @Body() dto: CreateRegistrationDto,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrationView & { managementToken?: string }> {
    await this.access.assertOnEvent(principal, 'registrations:write', dto.eventId);
    const result = await this.registrations.upsertParticipant(dto, channelOf(principal), {
      matchByIin: false,
    });
    if (result.outcome !== 'created') void reply.status(200);
    const view = await this.views.one(result.registration, principal);
    return result.managementToken ? { ...view, managementToken: result.managementToken } : view;
  }

  @Get()
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'listRegistrations',
    summary: 'List registrations, newest first, a page at a time',
  })
  @ApiOkResponse({ type: RegistrationPage })
  async list(
    @Query() query: ListRegistrationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RegistrationView>> {
    const page = await this.registrations.list(query, principal);
    return {
      items: await this.views.many(page.items, principal),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'getRegistration',
    summary: 'Get a registration with its consent terms and place in line',
  })
  @ApiOkResponse({ type: RegistrationView })
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    const registration = await this.registrations.get(id);
    return this.views.one(registration, principal, {
      consentTerms: true,
      waitlistPosition: await this.registrations.waitlistPosition(registration),
    });
  }

  /** pending → confirmed when a seat is free, else waitlisted (409 when full and no waitlist is kept). */
  @Post(':id/approve')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'approveRegistration', summary: 'Approve a pending registration' })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async approve(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.views.one(await this.lifecycle.approve(id), principal);
  }

  @Post(':id/reject')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'rejectRegistration', summary: 'Reject a registration' })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async reject(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RejectRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.views.one(await this.lifecycle.reject(id, dto.reason), principal);
  }

  /** An organiser may cancel at any time; a seat held passes to the next in line. */
  @Post(':id/cancel')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'cancelRegistration', summary: 'Cancel a registration' })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async cancel(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.views.one(await this.lifecycle.cancel(id), principal);
  }

  @Post(':id/confirm-offer')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'confirmRegistrationOffer',
    summary: 'Confirm the seat offered to a waitlisted registration',
  })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async confirmOffer(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.views.one(await this.lifecycle.confirmOffer(id), principal);
  }
}
