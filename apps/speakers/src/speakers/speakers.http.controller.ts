import { CurrentPrincipal, PublicRoute, RequiresScope, type Principal } from '@jiyn/auth';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PageOf, PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { OrganiserOnlyGuard } from '../speaker-access';
import {
  AccessRevocationResponse,
  IssuedInvitationResponse,
  MailedInvitationResponse,
} from '../speaker-access/invitation.response';
import { UuidParam } from '../openapi-parameters';
import { AvailabilityResponse } from './dto/availability.response';
import { SetAvailabilityDto } from './dto/availability.dto';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { CreateSpeakerDto } from './dto/create-speaker.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { OrganiserSpeaker, PublicSpeaker, speakerViewFor, toPublicSpeaker } from './speaker.view';
import { SpeakersService } from './speakers.service';

const SpeakerPage = PageOf(OrganiserSpeaker, 'SpeakerPage');

/**
 * Organisers: every `:id` here is a speaker of the caller's organisations (SpeakerAccessInterceptor
 * answers 404 for another's); contacts show unmasked only with personal data there.
 */
@ApiTags('speakers')
@Controller('speakers')
@UseGuards(OrganiserOnlyGuard)
export class SpeakersHttpController {
  constructor(private readonly speakers: SpeakersService) {}

  @Post()
  @ApiOperation({ operationId: 'createSpeaker', summary: 'Create a speaker profile' })
  @ApiCreatedResponse({ type: OrganiserSpeaker })
  @RequiresScope('speakers:write')
  async create(
    @Body() dto: CreateSpeakerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.create(dto, principal), principal);
  }

  /** Unmasked e-mail and phone (personal data granted) are recorded by the gateway's audit log. */
  @Get()
  @ApiOperation({ operationId: 'listSpeakers', summary: "List the speakers of the caller's organisations" })
  @ApiOkResponse({ type: SpeakerPage })
  @RequiresScope('speakers:read')
  async list(
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<OrganiserSpeaker>> {
    const page = await this.speakers.list(query, principal);
    return {
      items: page.items.map((speaker) => speakerViewFor(speaker, principal)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @UuidParam('id', 'The speaker')
  @ApiOperation({ operationId: 'getSpeaker', summary: 'Read a speaker profile' })
  @ApiOkResponse({ type: OrganiserSpeaker })
  @RequiresScope('speakers:read')
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.get(id), principal);
  }

  @Patch(':id')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'updateSpeaker',
    summary: 'Change some fields of a speaker profile',
    description: 'Fields left out stay as they are; `null` clears photoUrl, email and phone.',
  })
  @ApiOkResponse({ type: OrganiserSpeaker })
  @RequiresScope('speakers:write')
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSpeakerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.update(id, dto), principal);
  }

  @Delete(':id')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'deleteSpeaker',
    summary: 'Delete a speaker profile',
    description: 'The profile stays as a tombstone without contact details, since proposals may refer to it.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @RequiresScope('speakers:write')
  @HttpCode(204)
  async delete(@Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.speakers.delete(id);
  }

  /**
   * The link is in this answer only (send it to the speaker), or with `delivery: email` in the
   * speaker's mailbox only. Issuing again invalidates unused older links.
   */
  @Post(':id/invitations')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'inviteSpeaker',
    summary: 'Issue an invitation link to a speaker',
    description:
      'The link is in this answer only (201), or, with `delivery: email`, e-mailed to the speaker in ' +
      'their language and shown to nobody (202; 409 when the profile has no e-mail address). Issuing ' +
      'again invalidates unused older links.',
  })
  @ApiCreatedResponse({ type: IssuedInvitationResponse, description: 'The link, to pass on' })
  @ApiAcceptedResponse({ type: MailedInvitationResponse, description: 'The link is on its way by e-mail' })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  async invite(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateInvitationDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IssuedInvitationResponse | MailedInvitationResponse> {
    if (dto.delivery === 'email') {
      const mailed = await this.speakers.inviteByEmail(id, dto.ttlHours);
      reply.status(202);
      return {
        invitationId: mailed.invitationId,
        delivery: 'email',
        expiresAt: mailed.expiresAt.toISOString(),
      };
    }
    const invitation = await this.speakers.invite(id, dto.ttlHours);
    return { ...invitation, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** For a lost or shared link: every link and token of the speaker stops working; invite again to restore. */
  @Delete(':id/access')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'revokeSpeakerAccess',
    summary: 'Revoke every link and token of a speaker',
    description: 'For a lost or shared link; invite the speaker again to restore access.',
  })
  @ApiOkResponse({ type: AccessRevocationResponse })
  @RequiresScope('speakers:write')
  revokeAccess(@Param('id', ParseIdPipe) id: string): Promise<AccessRevocationResponse> {
    return this.speakers.revokeAccess(id);
  }

  @Put(':id/availability/:eventId')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'setSpeakerAvailability',
    summary: 'Replace when a speaker can speak at an event',
  })
  @UuidParam('eventId', 'The event')
  @ApiOkResponse({ type: AvailabilityResponse })
  @RequiresScope('speakers:write')
  async setAvailability(
    @Param('id', ParseIdPipe) id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: SetAvailabilityDto,
  ): Promise<AvailabilityResponse> {
    return { ranges: await this.speakers.setAvailability(id, eventId, dto) };
  }

  @Get(':id/availability/:eventId')
  @UuidParam('id', 'The speaker')
  @ApiOperation({
    operationId: 'getSpeakerAvailability',
    summary: 'Read when a speaker can speak at an event',
  })
  @UuidParam('eventId', 'The event')
  @ApiOkResponse({ type: AvailabilityResponse })
  @RequiresScope('speakers:read')
  async availability(
    @Param('id', ParseIdPipe) id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<AvailabilityResponse> {
    await this.speakers.get(id);
    return { ranges: await this.speakers.availability(id, eventId) };
  }
}

/** Speakers' public profiles: never contact details. */
@ApiTags('public')
@PublicRoute()
@Controller('public/speakers')
export class PublicSpeakersHttpController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get(':id')
  @ApiOperation({ operationId: 'publicGetSpeaker', summary: "Read a speaker's public profile" })
  @UuidParam('id', 'The speaker')
  @ApiOkResponse({ type: PublicSpeaker })
  async get(@Param('id', ParseIdPipe) id: string): Promise<PublicSpeaker> {
    return toPublicSpeaker(await this.speakers.get(id));
  }
}
