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
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { OrganiserOnlyGuard, type IssuedInvitation } from '../speaker-access';
import { SetAvailabilityDto } from './dto/availability.dto';
import { CreateInvitationDto } from './dto/create-invitation.dto';
import { CreateSpeakerDto } from './dto/create-speaker.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { speakerViewFor, toPublicSpeaker, type OrganiserSpeaker, type PublicSpeaker } from './speaker.view';
import { SpeakersService } from './speakers.service';
import type { AvailabilityRange } from './speakers.repository';

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
  @RequiresScope('speakers:write')
  async create(
    @Body() dto: CreateSpeakerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.create(dto, principal), principal);
  }

  /** Unmasked e-mail and phone (personal data granted) are recorded by the gateway's audit log. */
  @Get()
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
  @RequiresScope('speakers:read')
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.get(id), principal);
  }

  @Patch(':id')
  @RequiresScope('speakers:write')
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSpeakerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserSpeaker> {
    return speakerViewFor(await this.speakers.update(id, dto), principal);
  }

  @Delete(':id')
  @RequiresScope('speakers:write')
  @HttpCode(204)
  async delete(@Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.speakers.delete(id);
  }

  /** The link is in this answer only: send it to the speaker. Issuing again invalidates unused older links. */
  @Post(':id/invitations')
  @RequiresScope('speakers:write')
  invite(@Param('id', ParseIdPipe) id: string, @Body() dto: CreateInvitationDto): Promise<IssuedInvitation> {
    return this.speakers.invite(id, dto.ttlHours);
  }

  /** For a lost or shared link: every link and token of the speaker stops working; invite again to restore. */
  @Delete(':id/access')
  @RequiresScope('speakers:write')
  revokeAccess(@Param('id', ParseIdPipe) id: string): Promise<{ revokedTokens: number }> {
    return this.speakers.revokeAccess(id);
  }

  @Put(':id/availability/:eventId')
  @RequiresScope('speakers:write')
  async setAvailability(
    @Param('id', ParseIdPipe) id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: SetAvailabilityDto,
  ): Promise<{ ranges: AvailabilityRange[] }> {
    return { ranges: await this.speakers.setAvailability(id, eventId, dto) };
  }

  @Get(':id/availability/:eventId')
  @RequiresScope('speakers:read')
  async availability(
    @Param('id', ParseIdPipe) id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<{ ranges: AvailabilityRange[] }> {
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
  async get(@Param('id', ParseIdPipe) id: string): Promise<PublicSpeaker> {
    return toPublicSpeaker(await this.speakers.get(id));
  }
}
