import { SelfServiceRoute } from '@jiyn/auth';
import { Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '@jiyn/problems';
import { SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { SetAvailabilityDto } from './dto/availability.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { UuidParam } from '../openapi-parameters';
import { AvailabilityResponse } from './dto/availability.response';
import { OrganiserSpeaker, toOrganiserSpeaker } from './speaker.view';
import { SpeakersService } from './speakers.service';

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
  @ApiOperation({ operationId: 'selfGetSpeaker', summary: 'Read my speaker profile, contacts included' })
  @ApiOkResponse({ type: OrganiserSpeaker })
  async get(@SelfServiceSubject() id: string): Promise<OrganiserSpeaker> {
    return toOrganiserSpeaker(await this.speakers.get(id), 'unmasked');
  }

  @Patch()
  @ApiOperation({
    operationId: 'selfUpdateSpeaker',
    summary: 'Change some fields of my speaker profile',
    description: 'Fields left out stay as they are; `null` clears photoUrl, email and phone.',
  })
  @ApiOkResponse({ type: OrganiserSpeaker })
  async update(@SelfServiceSubject() id: string, @Body() dto: UpdateSpeakerDto): Promise<OrganiserSpeaker> {
    return toOrganiserSpeaker(await this.speakers.update(id, dto), 'unmasked');
  }

  @Put('availability/:eventId')
  @ApiOperation({
    operationId: 'selfSetSpeakerAvailability',
    summary: 'Replace when I can speak at an event',
  })
  @UuidParam('eventId', 'The event')
  @ApiOkResponse({ type: AvailabilityResponse })
  async setAvailability(
    @SelfServiceSubject() id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: SetAvailabilityDto,
  ): Promise<AvailabilityResponse> {
    return { ranges: await this.speakers.setAvailability(id, eventId, dto) };
  }

  @Get('availability/:eventId')
  @ApiOperation({ operationId: 'selfGetSpeakerAvailability', summary: 'Read when I can speak at an event' })
  @UuidParam('eventId', 'The event')
  @ApiOkResponse({ type: AvailabilityResponse })
  async availability(
    @SelfServiceSubject() id: string,
    @Param('eventId', ParseIdPipe) eventId: string,
  ): Promise<AvailabilityResponse> {
    return { ranges: await this.speakers.availability(id, eventId) };
  }
}
