import { SelfServiceRoute } from '@jiyn/auth';
import { Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '@jiyn/problems';
import { SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { SetAvailabilityDto } from './dto/availability.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { toOrganiserSpeaker, type OrganiserSpeaker } from './speaker.view';
import { SpeakersService } from './speakers.service';
import type { AvailabilityRange } from './speakers.repository';

/**
 * An invited speaker's own profile and availability, reached without an API key through
 * `/api/v1/self/speakers/me…` with the access token from their invitation. The token alone says
 * which speaker: no id in the path, so nobody can name someone else's profile here.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/me')
@SelfServiceAccess('speaker')
export class SelfSpeakersHttpController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  async get(@SelfServiceSubject() id: string): Promise<OrganiserSpeaker> {
    return toOrganiserSpeaker(await this.speakers.get(id), 'unmasked');
  }

  @Patch()
  async update(@SelfServiceSubject() id: string, @Body() dto: UpdateSpeakerDto): Promise<OrganiserSpeaker> {
    return toOrganiserSpeaker(await this.speakers.update(id, dto), 'unmasked');
  }

  @Put('availability/:eventId')
  async setAvailability(
    @SelfServiceSubject() id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: SetAvailabilityDto,
  ): Promise<{ ranges: AvailabilityRange[] }> {
    return { ranges: await this.speakers.setAvailability(id, eventId, dto) };
  }

  @Get('availability/:eventId')
  async availability(
    @SelfServiceSubject() id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<{ ranges: AvailabilityRange[] }> {
    return { ranges: await this.speakers.availability(id, eventId) };
  }
}
